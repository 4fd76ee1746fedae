/**
 * Findings from the other engines' plain results, so a report can carry them: a month's size spread
 * with its record context (src/records/size-spread.ts), an event against its set with the set's exact
 * sign test (src/events/compare-events.ts), and a category's weekly flows (src/flows/category-flows.ts).
 */
import { type DataRef, flowFinding, type ReportEvent, spreadFinding, t0RuleText } from '../findings/build.ts';
import type { Finding } from '../findings/finding.ts';
import { validateFinding } from '../findings/finding.ts';
import { articleDate } from '../findings/format.ts';
import { subjectName } from '../findings/names.ts';
import type { EventSetData } from './charts/event-set.ts';
import type { WeeklyFlowsData } from './charts/weekly-flows.ts';

/** What `spreadFromRecord` needs of a SpreadRecord (src/records/size-spread.ts). */
export interface SpreadRecordLike {
  month: string;
  weighting: 'value' | 'equal';
  small: number;
  large: number;
  spread: number;
  record: {
    rank: number;
    of: number;
    historyStart: string;
    largestSince: { periodEnd: string; value: number } | null;
    provisional: boolean;
    summary?: string;
  };
}

/**
 * A month's Lo 10 − Hi 10 spread finding from the records engine, with 'widest since' and rank.
 * @example spreadFromRecord(sizeSpreadRecord(pair, { month: '2016-11', weighting: 'value' }), { data: [{ name: 'french/Portfolios_Formed_on_ME', vintage: 'CRSP 202602' }] })
 */
export function spreadFromRecord(r: SpreadRecordLike, o: { data: DataRef[]; command?: string }): Finding {
  const rec = r.record;
  return spreadFinding({
    small: 'Lo 10',
    large: 'Hi 10',
    smallValue: r.small,
    largeValue: r.large,
    month: r.month,
    weighting: r.weighting,
    data: o.data,
    command: o.command,
    record: {
      rank: rec.rank,
      of: rec.of,
      among: 'months',
      historyStart: /^[A-Z][a-z]{2} \d{4}$/.test(rec.historyStart)
        ? rec.historyStart
        : rec.historyStart.slice(0, 7),
      since: rec.largestSince
        ? { period: rec.largestSince.periodEnd.slice(0, 7), value: rec.largestSince.value }
        : null,
      provisional: rec.provisional,
    },
  });
}

/** What `returnFromRecord` needs of a records-engine RecordContext (src/records/record.ts). */
export interface PeriodRecordLike {
  periodEnd: string;
  value: number;
  rank: number;
  of: number;
  historyStart: string;
  largestSince: { periodEnd: string; value: number } | null;
  provisional: boolean;
}

/**
 * A subject's return over one week or month with its record context ('the largest weekly gain since the
 * week ended Dec. 2, 2011'), from the records engine run on that subject's period returns.
 * @example returnFromRecord(describeRecord({ ends, values, frequency: 'weekly' }, '2016-11-11'), { id: '^RUT', from: '2016-11-04', frequency: 'weekly', basis: 'price index', data })
 */
export function returnFromRecord(
  r: PeriodRecordLike,
  o: {
    id: string;
    from: string;
    frequency: 'weekly' | 'monthly';
    basis: 'total' | 'price' | 'price index';
    data: DataRef[];
    event?: ReportEvent;
    command?: string;
  },
): Finding {
  const weekly = o.frequency === 'weekly';
  const when = (iso: string) =>
    weekly ? `the week ended ${articleDate(iso)}` : articleDate(iso.slice(0, 7));
  return validateFinding({
    id: `return-${o.id}-${o.frequency}-${r.periodEnd}`,
    metric: 'return',
    subjects: [{ id: o.id, name: subjectName(o.id) }],
    window: { from: o.from, to: r.periodEnd, label: `in ${when(r.periodEnd)}`, frequency: o.frequency },
    value: r.value,
    unit: 'return',
    conventions: {
      returnType: o.basis,
      t0Rule: o.event ? t0RuleText(o.event) : undefined,
      other: weekly ? { 'week end': 'Friday (the last close of each week)' } : undefined,
    },
    record: {
      rank: r.rank,
      of: r.of,
      among: weekly ? 'weeks' : 'months',
      historyStart: r.historyStart,
      since: r.largestSince ? { period: when(r.largestSince.periodEnd), value: r.largestSince.value } : null,
      provisional: r.provisional,
    },
    provenance: {
      datasets: o.data.map((d) => ({ name: d.name, vintage: d.vintage ?? null })),
      command: o.command,
    },
  });
}

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
    provenance: {
      datasets: o.data.map((d) => ({ name: d.name, vintage: d.vintage ?? null })),
      command: o.command,
    },
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

/** What `flowsFromCategory` needs of CategoryFlows (src/flows/category-flows.ts). */
export interface CategoryFlowsLike {
  rows: { category: string; periodStart: string; periodEnd: string; flow: number; provisional: boolean }[];
  methods: Record<string, number>;
}

/**
 * A category's flow in one week as a finding (with an optional record context from the records engine) and
 * the weekly series for `weeklyFlowsChart`.
 * @example flowsFromCategory(categoryFlows(inputs, registry, { period: 'week' }), { category: 'US small cap', weekEnd: '2016-11-11', data })
 */
export function flowsFromCategory(
  f: CategoryFlowsLike,
  o: { category: string; weekEnd: string; data: DataRef[]; record?: Finding['record']; command?: string },
): { finding: Finding; chart: WeeklyFlowsData } {
  const rows = f.rows.filter((r) => r.category === o.category);
  const week = rows.find((r) => r.periodEnd === o.weekEnd);
  if (!week) throw new Error(`no ${o.category} flows for the week ended ${o.weekEnd}`);
  const method = Object.keys(f.methods).join(', ') || 'as imported';
  const finding = flowFinding({
    category: o.category,
    value: week.flow,
    from: week.periodStart,
    weekEnd: week.periodEnd,
    method,
    data: o.data,
    record: o.record,
    command: o.command,
  });
  return {
    finding,
    chart: {
      weeks: rows.map((r) => ({ weekEnd: r.periodEnd, flow: r.flow })),
      highlight: o.weekEnd,
      category: o.category,
      method,
    },
  };
}
