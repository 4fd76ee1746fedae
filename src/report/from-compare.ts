/**
 * A finding from the event-set comparison (src/events/compare-events.ts): an event against its set, with the
 * set's exact sign test, and the data of the event-set chart.
 */
import { type DataRef, type ReportEvent, t0RuleText } from '../findings/build.ts';
import { findingProvenance } from '../findings/data-ref.ts';
import { type Finding, validateFinding } from '../findings/finding.ts';
import { subjectName } from '../findings/names.ts';
import type { EventSetData } from './charts/event-set.ts';

/** What `eventFromCompare` needs of a CompareResult (src/events/compare-events.ts). */
export interface CompareLike {
  metric: string;
  window: [number, number];
  rows: {
    label: string;
    eventDate: string;
    fromDate: string;
    toDate: string;
    value: number;
    rank: number;
    percentile: number;
  }[];
  signTest: { above: number; below: number; p: number };
}

/**
 * This event's value on a compared metric, ranked in its set, with the set's exact sign test, plus the data
 * for `eventSetChart`. A metric named 'A − B' (or 'A - B', 'A minus B') reads as a spread of A over B.
 * @example eventFromCompare(compareEvents(legs, cal, presidentialElections()), { event, setName: 'US presidential elections', data })
 */
export function eventFromCompare(
  c: CompareLike,
  o: { event: ReportEvent; setName: string; data: DataRef[]; metricLabel?: string; command?: string },
): { finding: Finding; chart: EventSetData } {
  const row = c.rows.find((r) => r.eventDate === o.event.date);
  if (!row)
    throw new Error(
      `event ${o.event.date} is not among the compared events (${c.rows.map((r) => r.eventDate).join(', ')})`,
    );
  const legs = /^(.+?)\s+(?:\u2212|-|minus)\s+(.+)$/.exec(c.metric);
  const subjects = legs ? [legs[1], legs[2]] : [c.metric];
  const first = [...c.rows].map((r) => r.eventDate).sort()[0];
  const [a, b] = c.window;
  const finding = validateFinding({
    // Same id as snapshotReport's event-window finding, so passing this one in `extra` replaces it.
    id: `${legs ? 'spread' : 'excess'}-${subjects.join('-')}-${o.event.date}-${a}-${b}`,
    metric: legs ? 'spread' : 'excess-return',
    subjects: subjects.map((s) => ({ id: s, name: subjectName(s) })),
    window: {
      from: row.fromDate,
      to: row.toDate,
      label:
        a === 0
          ? `over the first ${b + 1 === 3 ? 'three' : b + 1} sessions after ${o.event.short ?? 'the event'}`
          : `over sessions ${a} to ${b} after ${o.event.short ?? 'the event'}`,
      relative: [a, b],
      sessions: a === 0 ? b + 1 : undefined,
      frequency: 'daily',
    },
    value: row.value,
    unit: 'pp',
    conventions: { t0Rule: t0RuleText(o.event), method: `${c.metric}, each leg compounded over the window` },
    record: { rank: row.rank, of: c.rows.length, among: o.setName, historyStart: first.slice(0, 4) },
    significance: {
      test: `exact two-sided sign test of the set's values about 0 (${c.signTest.above} above, ${c.signTest.below} below)`,
      pValue: c.signTest.p,
      n: c.signTest.above + c.signTest.below,
    },
    provenance: findingProvenance(o.data, o.command),
  });
  // Bar labels: the year, or the date where two events share a year (long labels would not fit the axis).
  const years = c.rows.map((r) => r.eventDate.slice(0, 4));
  const shortLabel = (date: string) =>
    years.filter((y) => y === date.slice(0, 4)).length > 1 ? date : date.slice(0, 4);
  const chart: EventSetData = {
    events: c.rows.map((r) => ({ label: shortLabel(r.eventDate), date: r.eventDate, value: r.value })),
    highlight: o.event.date,
    metricLabel: o.metricLabel ?? `${c.metric}, days ${a} to ${b} (percentage points)`,
    setName: o.setName,
  };
  return { finding, chart };
}
