/**
 * The bridge from `capgap report`'s computation (src/findings/event-snapshot.ts, plain results) to a
 * renderable Report: every number becomes a finding (with conventions and provenance), ranked for the
 * article, grouped in sections, with the charts the data allow.
 *
 * Finding order (the article's headline and lede come first): the event-window smallest-minus-largest
 * decile spread (with its rank in an event set when given), the event month's value-weighted spread with
 * 'widest since', the small-cap index against the large-cap index to the last date, the smallest and
 * largest deciles against the market, fund pairs, then the remaining horizons, buckets and the EW spread.
 */
import {
  type DataRef,
  excessReturnFinding,
  type ReportEvent,
  returnFinding,
  spreadFinding,
  windowLabel,
} from '../findings/build.ts';
import type { Finding } from '../findings/finding.ts';
import type { EventSnapshot, SnapshotData } from '../findings/snapshot-types.ts';
import type { EventSetData } from './charts/event-set.ts';
import type { WeeklyFlowsData } from './charts/weekly-flows.ts';
import type { Report, ReportSection } from './report.ts';
import { snapshotCharts } from './snapshot-charts.ts';

/** Small-cap subject → the large-cap subject it is compared with in sentences. */
export const PAIRS: Record<string, string> = {
  '^RUT': '^GSPC',
  IWM: 'SPY',
  IJR: 'IVV',
  VB: 'VTI',
  VTWO: 'VOO',
};

/** Options of `snapshotReport`. */
export interface SnapshotReportOptions {
  /** The event's full name; defaults to 'event of DATE'. */
  eventName?: string;
  /** How sentences refer to it: 'the election' (default 'the event'). */
  short?: string;
  title?: string;
  /** The command that reproduces the report; defaults to `capgap report --event DATE [--to DATE]`. */
  command?: string;
  /** The series the snapshot was computed from: enables the since-event and size-cumulative charts. */
  data?: SnapshotData;
  /** This event against its set (e.g. from compareEvents), values as decimals: enables the ranked chart and rank. */
  eventSet?: EventSetData;
  /** Weekly category flows with the week to highlight: enables the flows chart. */
  flows?: WeeklyFlowsData;
  /**
   * More findings from other engines (eventFromCompare, spreadFromRecord, returnFromRecord, flowsFromCategory),
   * placed after the lead finding, in this order, under a 'Records and comparisons' section.
   */
  extra?: Finding[];
}

function ref(source: string): DataRef {
  // event-snapshot writes sources as 'dataset, frequency, weighting, vintage'.
  const parts = source.split(', ');
  return { name: parts[0], vintage: parts.length > 1 ? parts[parts.length - 1] : null };
}

/**
 * Builds the report from a snapshot.
 * @example renderReport(snapshotReport(eventSnapshot(inputs, { event: '2016-11-08', to: '2016-11-15' }), { eventName: '2016 US presidential election', short: 'the election', data: inputs }), 'html')
 */
export function snapshotReport(s: EventSnapshot, o: SnapshotReportOptions = {}): Report {
  const first = s.indices[0];
  const event: ReportEvent = {
    date: s.event.date,
    name: o.eventName ?? `event of ${s.event.date}`,
    short: o.short ?? 'the event',
    timing: s.event.timing,
    t0Date: first?.t0,
    baseDate: first?.base,
  };
  const toArg = first?.returns.find((r) => r.days === null)?.to;
  const command = o.command ?? `capgap report --event ${s.event.date}${toArg ? ` --to ${toArg}` : ''}`;
  const top: Finding[] = [];
  const rest: Finding[] = [];
  const leftOut: string[] = [];
  /** Builds a finding, or notes why it was left out (a missing value never becomes a number). */
  const safe = (build: () => Finding): Finding | null => {
    try {
      return build();
    } catch (err) {
      leftOut.push(`Left out: ${(err as Error).message}`);
      return null;
    }
  };
  const sections: ReportSection[] = [];

  // Size buckets over the window.
  const sizeIds: string[] = [];
  const deciles = s.size?.groups.deciles;
  const size = s.size;
  if (size) {
    const data = [ref(size.source), ref(size.market.replace(/^Mkt-RF \+ RF, /, ''))];
    if (!event.t0Date) event.t0Date = size.sessions[0];
    const lo = deciles?.find((b) => b.portfolio === 'Lo 10');
    const hi = deciles?.find((b) => b.portfolio === 'Hi 10');
    if (lo && hi) {
      let record: Finding['record'];
      if (o.eventSet) {
        const sorted = o.eventSet.events
          .filter((e) => Number.isFinite(e.value))
          .sort((a, b) => b.value - a.value);
        const at = sorted.findIndex((e) => e.date === o.eventSet?.highlight);
        const years = sorted.map((e) => e.date).sort();
        if (at >= 0)
          record = {
            rank: at + 1,
            of: sorted.length,
            among: o.eventSet.setName,
            historyStart: years[0].slice(0, 4),
          };
      }
      const f0 = safe(() =>
        spreadFinding({
          small: 'Lo 10',
          large: 'Hi 10',
          smallValue: lo.value,
          largeValue: hi.value,
          window: {
            from: size.from,
            to: size.to,
            label: windowLabel(event, size.window[1] - size.window[0] + 1),
            relative: size.window,
          },
          weighting: 'value',
          data: [data[0]],
          event,
          record,
          command,
        }),
      );
      if (f0) {
        f0.id = `spread-Lo 10-Hi 10-${event.date}-${size.window[0]}-${size.window[1]}`; // = eventFromCompare's id
        top.push(f0);
      }
    }
    for (const [group, buckets] of Object.entries(size.groups)) {
      for (const b of buckets) {
        const f = safe(() =>
          excessReturnFinding({
            portfolio: b.portfolio,
            value: b.value,
            market: b.market,
            window: size.window,
            from: size.from,
            to: size.to,
            weighting: 'value',
            data,
            event,
            command,
          }),
        );
        if (!f) continue;
        f.id = `${f.id}-${group}`;
        (b.portfolio === 'Lo 10' || b.portfolio === 'Hi 10' ? top : rest).push(f);
        sizeIds.push(f.id);
      }
    }
  }

  // The event month's spreads.
  const monthIds: string[] = [];
  for (const sp of s.spreads) {
    const r = sp.result;
    const f = safe(() =>
      spreadFinding({
        small: 'Lo 10',
        large: 'Hi 10',
        smallValue: r.small,
        largeValue: r.large,
        month: r.month,
        weighting: sp.weighting,
        data: [ref(sp.source)],
        record: {
          rank: r.rank,
          of: r.months,
          among: 'months',
          historyStart: r.historyStart,
          since: r.widestSince ? { period: r.widestSince.month, value: r.widestSince.spread } : null,
          provisional: false,
        },
        command,
      }),
    );
    if (!f) continue;
    (sp.weighting === 'value' ? top : rest).push(f);
    monthIds.push(f.id);
  }

  // Indices and funds since the event, paired small vs large where both are present.
  const idxIds: string[] = [];
  const byId = new Map(s.indices.map((i) => [i.id, i]));
  const paired = new Set(Object.values(PAIRS));
  for (const i of s.indices) {
    if (paired.has(i.id) && [...Object.entries(PAIRS)].some(([a, b]) => b === i.id && byId.has(a))) continue;
    const other = byId.get(PAIRS[i.id] ?? '');
    for (const r of i.returns) {
      const o2 = other?.returns.find((x) => x.days === r.days && x.to === r.to);
      const f = safe(() =>
        returnFinding({
          id: i.id,
          value: r.value,
          from: r.from,
          to: r.to,
          days: r.days,
          basis: i.basis as 'total' | 'price' | 'price index',
          data: [{ name: i.dataset, vintage: i.vintage }],
          event,
          against:
            other && o2
              ? { id: other.id, value: o2.value, data: [{ name: other.dataset, vintage: other.vintage }] }
              : undefined,
          command,
        }),
      );
      if (!f) continue;
      const last = r.days === null || r === i.returns[i.returns.length - 1];
      (last && top.length < 8 ? top : rest).push(f);
      idxIds.push(f.id);
    }
  }

  // An extra finding with the id of one computed here takes its place (e.g. the events engine's version of the
  // event-window spread, which carries the set's sign test); the others follow the lead finding.
  const extra = o.extra ?? [];
  const byExtraId = new Map(extra.map((f) => [f.id, f]));
  const swap = (f: Finding) => byExtraId.get(f.id) ?? f;
  const own = new Set([...top, ...rest].map((f) => f.id));
  const added = extra.filter((f) => !own.has(f.id));
  const findings = [...top.slice(0, 1).map(swap), ...added, ...top.slice(1).map(swap), ...rest.map(swap)];
  const headline = findings.slice(0, 4).map((f) => f.id);
  sections.push({ title: 'Headline findings', findings: headline });
  if (added.length) sections.push({ title: 'Records and comparisons', findings: added.map((f) => f.id) });
  const charts = snapshotCharts(s, event, o, new Set(byId.keys()), toArg);
  const has = (id: string) => charts.some((c) => c.id === id);
  if (s.size) {
    sections.push({
      title: `Size buckets over [t0+${s.size.window[0]}, t0+${s.size.window[1]}]`,
      findings: [
        ...(top[0]?.metric === 'spread' && top[0].window.frequency === 'daily' ? [top[0].id] : []),
        ...sizeIds,
      ],
      charts: ['bucket-window', 'size-cumulative', 'event-set'].filter(has),
    });
  }
  if (monthIds.length) sections.push({ title: 'The event month', findings: monthIds });
  if (idxIds.length)
    sections.push({
      title: `Indices and funds since ${event.short}`,
      findings: idxIds,
      charts: ['indices-since'].filter(has),
    });
  if (has('weekly-flows')) sections.push({ title: 'Flows', findings: [], charts: ['weekly-flows'] });
  const notes = [
    ...s.notes,
    ...leftOut,
    ...Object.entries(s.conventions).map(([k, v]) => `Convention (${k}): ${v}.`),
  ];
  return {
    title: o.title ?? `The size effect after ${/^the /i.test(event.name) ? '' : 'the '}${event.name}`,
    event,
    findings,
    charts,
    notes,
    sections,
    command,
  };
}
