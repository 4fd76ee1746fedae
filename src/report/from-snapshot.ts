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
import type { ReportEvent } from '../findings/build.ts';
import type { Finding } from '../findings/finding.ts';
import type { EventSnapshot } from '../findings/snapshot-types.ts';
import type { Report, ReportSection } from './report.ts';
import { snapshotCharts } from './snapshot-charts.ts';
import type { FindingSink, SnapshotReportOptions } from './snapshot-options.ts';
import { indexFindings, monthFindings } from './snapshot-period-findings.ts';
import { sizeFindings } from './snapshot-size-findings.ts';

/**
 * Builds the report from a snapshot.
 * @example renderReport(snapshotReport(eventSnapshot(inputs, { event: '2016-11-08', to: '2016-11-15' }), { eventName: '2016 US presidential election', short: 'the election', data: inputs }), 'html')
 */
export function snapshotReport(s: EventSnapshot, o: SnapshotReportOptions = {}): Report {
  const first = s.indices[0];
  const event: ReportEvent = {
    date: s.eventDate,
    name: o.eventName ?? `event of ${s.eventDate}`,
    short: o.short ?? 'the event',
    timing: s.timing,
    t0Date: s.t0 || first?.t0,
    baseDate: s.baseDate || first?.baseDate,
  };
  const toArg = first?.returns.find((r) => r.days === null)?.endDate;
  const command = o.command ?? `capgap report --event ${s.eventDate}${toArg ? ` --to ${toArg}` : ''}`;
  const leftOut: string[] = [];
  const out: FindingSink = {
    event,
    command,
    top: [],
    rest: [],
    safe: (build) => {
      try {
        return build();
      } catch (err) {
        leftOut.push(`Left out: ${(err as Error).message}`);
        return null;
      }
    },
  };
  const { top, rest } = out;
  const sections: ReportSection[] = [];
  const sizeIds = s.size ? sizeFindings(s.size, o, out) : [];
  const monthIds = monthFindings(s.spreads, out);
  const idxIds = indexFindings(s.indices, out);
  const byId = new Map(s.indices.map((i) => [i.id, i]));

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
      title: `Size buckets over [t0+${s.size.window.from}, t0+${s.size.window.to}]`,
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
    ...(s.flags?.length ? { flags: s.flags } : {}),
    sections,
    command,
  };
}
