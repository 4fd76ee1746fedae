/**
 * The page's answer first: one sentence for an event and a window [0, to] (small minus large, compounded from
 * the base close to the close of t0 + to, so "the first three sessions" = [0, 2], as `capgap report`), the
 * event's rank in its set (US presidential or midterm elections, Fed rate decisions) written out, the event month's record with
 * its direction (month-standing.ts) and the date each series shown runs through.
 * The sentence is the findings' own (src/findings/sentences.ts `sentenceFor` on a spread finding), so the
 * claim checker reads the same words the page prints. Pure: the caller passes the loaded series.
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import { anchorEvent, type NewsTiming, TradingCalendar } from '../../calendar/trading-days.ts';
import { compareEvents, type MetricLeg } from '../../events/compare-events.ts';
import { builtInEvent, eventSet } from '../../events/event-sets.ts';
import { type ReportEvent, spreadFinding, windowLabel } from '../../findings/build.ts';
import { eventShortName } from '../../findings/event-words.ts';
import type { Finding } from '../../findings/finding.ts';
import { type FindingJson, findingJson } from '../../findings/finding-json.ts';
import { sentenceFor } from '../../findings/sentences.ts';
import { compound } from '../../math/compound.ts';
import type { SnapshotInputs } from '../../queries/snapshot-inputs.ts';
import { eventSetFor } from '../../report/event-report.ts';
import { eventFromCompare } from '../../report/from-engines.ts';
import { UNIT } from '../../report/json-vocabulary.ts';
import { legsOf, type SeriesShown } from './lead-legs.ts';
import { type LeadMonthJson, leadMonth, leadMonthJson } from './lead-month.ts';
import { type LeadRank, leadRank } from './lead-rank.ts';

export type { SeriesShown } from './lead-legs.ts';

import type { SizeScheme, Weighting } from './schemes.ts';

/** What the lead is asked for. */
export interface LeadQuery {
  event: string;
  timing: NewsTiming;
  scheme: SizeScheme;
  weighting: Weighting;
  /** Last session relative to t0 (t0 = 0); the lead covers [0, to]. */
  to: number;
  /** The event's name when it is in no set (a preset's label). */
  name?: string;
}

/** The lead answer, in the JSON vocabulary (docs/json.md). */
export interface Lead {
  event: {
    eventDate: string;
    name: string;
    timing: NewsTiming;
    t0: string;
    baseDate: string;
    set: string | null;
  };
  /** Days [0, to] from t0: `to` is `requestedTo` cut at the data's end (then `cut` says so). */
  window: { from: 0; to: number };
  requestedTo: number;
  /** The session of day `to`: the close the lead's returns run to. */
  endDate: string;
  /** How many sessions the window holds (to + 1). */
  sessions: number;
  cut: string | null;
  /** Every return in the answer (the finding's, the month's) is a decimal. */
  unit: typeof UNIT;
  sentence: string;
  finding: FindingJson;
  rank: LeadRank | null;
  month: LeadMonthJson;
  series: SeriesShown[];
  conventions: Record<string, string>;
}

/** Small minus large, as `compareEvents` reads a metric. */
const smallMinusLarge = (legs: ReturnType<typeof legsOf>): MetricLeg[] => [
  { name: legs.series[0].id, returns: legs.small, sign: 1 },
  { name: legs.series[1].id, returns: legs.large, sign: -1 },
];

/**
 * Builds the lead for one event and window from the report's inputs.
 * @example buildLead(inputs, { event: '2016-11-08', timing: 'after-close', scheme: schemeById('deciles'), weighting: 'value', to: 2 }).sentence
 */
export function buildLead(inputs: SnapshotInputs, q: LeadQuery): Lead {
  if (q.to < 0)
    throw new Error(`the window ends before the news (to = ${q.to}); the lead covers sessions 0 to "to"`);
  const legs = legsOf(inputs, q.scheme, q.weighting);
  const cal = new TradingCalendar(legs.days);
  const last = fromDay(cal.last);
  if (toDay(q.event) >= cal.last)
    throw new Error(
      `${q.event} is after the data: ${legs.series.map((s) => `${s.name} runs through ${s.through}`).join('; ')}`,
    );
  const anchor = anchorEvent(cal, q.event, q.timing);
  const to = Math.min(q.to, cal.days.length - 1 - anchor.t0);
  const cut =
    to < q.to
      ? `The window is cut at ${last}, the last day of the data (day ${to}; day ${q.to} was asked for).`
      : null;
  const match = eventSetFor(q.event);
  const event: ReportEvent = {
    date: q.event,
    name: match?.eventName ?? q.name ?? `event of ${q.event}`,
    short: match?.short ?? eventShortName(q.event),
    timing: q.timing,
    t0Date: anchor.t0Date,
    baseDate: anchor.baseDate,
  };
  const metric = `${legs.series[0].id} − ${legs.series[1].id}`;
  // The set ranks each event under its own news timing: the event asked with another timing (an election
  // read as news before the open) has other closes than its row in the set, so it is answered unranked, from
  // the closes of the timing asked (the figures' own), never with the set's number.
  const ranked = match?.events.find((e) => e.date === q.event)?.timing === q.timing ? match : null;
  let finding: Finding;
  let rank: Lead['rank'] = null;
  if (ranked) {
    const cmp = compareEvents(smallMinusLarge(legs), cal, ranked.events, { window: [0, to] });
    finding = eventFromCompare(
      { ...cmp, metric },
      { event, setName: ranked.setName, data: legs.data },
    ).finding;
    finding.window.label = windowLabel(event, to + 1); // 'the first two sessions', as the report's snapshot
    // The legs' weighting, said in the sentence as the unranked branch's spreadFinding says it.
    finding.conventions.weighting = q.weighting;
    rank = leadRank(cmp, q.event, ranked.setName);
    // The sentence ranks a shortfall among shortfalls too (1 = small caps' worst).
    const r = finding.record;
    if (r && finding.value < 0) finding.record = { ...r, rank: r.of - r.rank + 1 };
  } else {
    // Close to close: from the base close (anchor.base) to the close of t0 + to.
    const i1 = anchor.t0 + to;
    const s = compound(legs.small, anchor.base, i1);
    const l = compound(legs.large, anchor.base, i1);
    if (Number.isNaN(s - l))
      throw new Error(`a return is missing between ${anchor.baseDate} and ${fromDay(cal.days[i1])}`);
    finding = spreadFinding({
      small: legs.series[0].id,
      large: legs.series[1].id,
      smallValue: s,
      largeValue: l,
      window: {
        from: anchor.baseDate,
        to: fromDay(cal.days[i1]),
        label: windowLabel(event, to + 1),
        relative: [0, to],
      },
      weighting: q.weighting,
      data: legs.data,
      event,
    });
    // A Fed decision read at its own time is ranked among the Fed's decisions beside the sentence (the
    // findings' sentences rank elections only).
    const fed = builtInEvent(q.event);
    if (fed?.set === 'fomc' && fed.timing === q.timing)
      rank = leadRank(
        compareEvents(smallMinusLarge(legs), cal, eventSet('fomc'), { window: [0, to] }),
        q.event,
        'Fed rate decisions',
      );
  }
  const { month, monthly } = leadMonth(inputs, q.event);
  return {
    event: {
      eventDate: q.event,
      name: event.name,
      timing: q.timing,
      t0: anchor.t0Date,
      baseDate: anchor.baseDate,
      set: ranked?.setName ?? rank?.among ?? null,
    },
    window: { from: 0, to },
    requestedTo: q.to,
    endDate: fromDay(cal.days[anchor.t0 + to]),
    sessions: to + 1,
    cut,
    unit: UNIT,
    sentence: sentenceFor(finding),
    finding: findingJson(finding),
    rank,
    month: leadMonthJson(month),
    series: [...legs.series, monthly],
    conventions: {
      days: 'day d is the session t0 + d; "the first N sessions" = days [0, N−1], from the base close (the last close before the news) to the close of t0 + N − 1, as capgap report',
      spread: `${metric}: each leg compounded over the window, then differenced (percentage points)`,
      month:
        'the month of the event date; ranked in the direction of its sign among months up to it ("as it stood at the time", as capgap report) and among all months in the file',
    },
  };
}
