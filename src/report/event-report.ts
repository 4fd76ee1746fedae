/**
 * The whole event report `capgap report` (and the server's /api/report) publishes: the first look
 * (src/findings/event-snapshot.ts) as findings, plus, where the data allow, the event against every earlier
 * event of its set (elections), the small-cap index's week in its history, and small-cap fund flows.
 * Pure: callers load the data (src/queries/report-inputs.ts) and pass it in.
 */
import { TradingCalendar } from '../calendar/trading-days.ts';
import { compareEvents } from '../events/compare-events.ts';
import { type MarketEvent, midtermElections, presidentialElections } from '../events/event-sets.ts';
import { eventShortName } from '../findings/event-words.ts';
import type { Finding } from '../findings/finding.ts';
import type { EventSnapshot, SnapshotData } from '../findings/snapshot-types.ts';
import type { WeeklyFlowsData } from './charts/weekly-flows.ts';
import { eventFromCompare } from './from-compare.ts';
import { returnFromRecord } from './from-records.ts';
import { snapshotReport } from './from-snapshot.ts';
import type { Report } from './report.ts';
import { dataRef } from './snapshot-options.ts';

/** The event set an event date belongs to, with how sentences name it. */
export interface EventSetMatch {
  setName: string;
  eventName: string;
  short: string;
  events: MarketEvent[];
}

/**
 * Finds the built-in set holding `date`: US presidential elections 1928–2024, then midterms 1930–2022.
 * @example eventSetFor('2016-11-08')?.eventName // '2016 US presidential election'
 */
export function eventSetFor(date: string): EventSetMatch | null {
  const year = date.slice(0, 4);
  const pres = presidentialElections();
  if (pres.some((e) => e.date === date)) {
    return {
      setName: 'US presidential elections',
      eventName: `${year} US presidential election`,
      short: 'the election',
      events: pres,
    };
  }
  const mid = midtermElections();
  if (mid.some((e) => e.date === date)) {
    return {
      setName: 'US midterm elections',
      eventName: `${year} US midterm elections`,
      short: 'the midterms',
      events: mid,
    };
  }
  return null;
}

/** A period return with its record context, as `returnFromRecord` takes it (io's ReturnRecord fits). */
export interface WeekRecordInput {
  id: string;
  sessions: { from: string; to: string };
  value: number;
  basis: 'total' | 'price' | 'price index';
  dataset: { name: string; vintage: string | null };
  record: {
    periodEnd: string;
    value: number;
    rank: number;
    of: number;
    historyStart: string;
    largestSince: { periodEnd: string; value: number } | null;
    provisional: boolean;
  };
}

/** Options of `buildEventReport`. */
export interface EventReportOptions {
  /** The command that reproduces the report (footer and provenance). */
  command?: string;
  /** The small-cap index's week containing t0, ranked in its history. */
  week?: WeekRecordInput;
  /** Weekly small-cap category flows with the finding for the event week (from flowsFromCategory). */
  flows?: { finding: Finding; chart: WeeklyFlowsData };
  /** Notes to add (e.g. 'no flow data in the store'). */
  notes?: string[];
  /** The event's name when it belongs to no built-in set (e.g. 'Brexit vote'). */
  eventName?: string;
}

/**
 * Builds the report: the snapshot's findings first, then the event's rank in its set (when it belongs to one),
 * the index week's record and the flows.
 * @example renderReport(buildEventReport(snapshot, inputs), 'article')
 */
export function buildEventReport(
  snapshot: EventSnapshot,
  data: SnapshotData,
  options: EventReportOptions = {},
): Report {
  const match = eventSetFor(snapshot.eventDate);
  const extra: Finding[] = [];
  const notes = [...(options.notes ?? [])];
  let eventSet: ReturnType<typeof eventFromCompare>['chart'] | undefined;
  const event = {
    date: snapshot.eventDate,
    name: match?.eventName ?? options.eventName ?? `event of ${snapshot.eventDate}`,
    short: match?.short ?? eventShortName(snapshot.eventDate),
    timing: snapshot.timing,
  };
  if (match && snapshot.size) {
    const d = data.dailyVW;
    try {
      const cmp = compareEvents(
        [
          { name: 'Lo 10', returns: d.returns['Lo 10'], sign: 1 },
          { name: 'Hi 10', returns: d.returns['Hi 10'], sign: -1 },
        ],
        new TradingCalendar(d.days),
        match.events,
        { window: [snapshot.size.window.from, snapshot.size.window.to] },
      );
      const set = eventFromCompare(
        { ...cmp, metric: 'Lo 10 − Hi 10' },
        { event, setName: match.setName, data: [dataRef(d.provenance)] },
      );
      extra.push(set.finding);
      eventSet = set.chart;
    } catch (err) {
      notes.push(`${match.setName}: ${(err as Error).message}`);
    }
  }
  if (options.week) {
    const w = options.week;
    extra.push(
      returnFromRecord(w.record, {
        id: w.id,
        from: w.sessions.from,
        frequency: 'weekly',
        basis: w.basis,
        data: [w.dataset],
        event,
        command: `capgap records --series returns --id ${w.id} --period week --end ${w.record.periodEnd}${w.value < 0 ? ' --direction low' : ''}`,
      }),
    );
  }
  if (options.flows) extra.push(options.flows.finding);
  const report = snapshotReport(snapshot, {
    eventName: event.name,
    short: event.short,
    data,
    eventSet,
    flows: options.flows?.chart,
    extra,
    command: options.command,
  });
  report.notes.push(...notes);
  return report;
}
