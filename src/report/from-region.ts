/**
 * The regional report (`capgap report --event D --region R --format md|html|json`, `/api/report?region=R`):
 * the regional snapshot (../findings/region-snapshot.ts) as findings (../findings/region-findings.ts), so
 * Markdown, HTML and JSON print the same numbers as the text report, with the findings' sentences, one chart
 * of SMB and the market since the event, and the sources and conventions as data notes. Pure.
 */
import type { RegionId } from '../calendar/regions.ts';
import { BREXIT, builtInEvent } from '../events/event-sets.ts';
import { REGIONAL_SETS } from '../events/event-sets-regional.ts';
import type { ReportEvent } from '../findings/build.ts';
import { windowLabel } from '../findings/build.ts';
import { eventShortName } from '../findings/event-words.ts';
import type { Finding } from '../findings/finding.ts';
import {
  regionMarketFinding,
  regionMonthFindings,
  regionSmbFinding,
  SMB_MEASURE,
} from '../findings/region-findings.ts';
import type { RegionSnapshot } from '../findings/region-snapshot.ts';
import { eventSetChart } from './charts/event-set.ts';
import { sinceEventChart } from './charts/since-event.ts';
import { eventSetFor } from './event-report.ts';
import type { Report } from './report.ts';

/**
 * How sentences name an event: Brexit, a regional set's member, a US set's member, else "the event".
 * @example regionalEventName('2016-06-23') // { name: 'Brexit referendum', short: 'the Brexit vote' }
 */
export function regionalEventName(date: string): { name: string; short: string } {
  if (date === BREXIT.date) return { name: BREXIT.label, short: 'the Brexit vote' };
  for (const set of Object.values(REGIONAL_SETS)) {
    const e = set.events.find((x) => x.date === date);
    if (e) return { name: e.label, short: 'the election' };
  }
  const us = eventSetFor(date);
  if (us) return { name: us.eventName, short: us.short };
  // A Fed decision: "the Fed's rate cut of Dec. 18, 2024" (else 'the event').
  const short = eventShortName(date);
  return { name: short === 'the event' ? `event of ${date}` : (builtInEvent(date)?.label ?? date), short };
}

/** Options of `regionReport`. */
export interface RegionReportOptions {
  /** The region's id ('europe'); the snapshot carries its label. */
  region: RegionId;
  /** The command that reproduces the report. */
  command?: string;
  /** The event's name when it is in no set. */
  eventName?: string;
}

/**
 * The report of a regional snapshot.
 * @example renderReport(buildRegionReport(await regionReport(store, 'europe', '2016-06-23'), { region: 'europe' }), 'html')
 */
export function buildRegionReport(s: RegionSnapshot, o: RegionReportOptions): Report {
  const region = { id: o.region, label: s.region };
  const named = regionalEventName(s.eventDate);
  const event: ReportEvent = {
    date: s.eventDate,
    name: o.eventName && named.short === 'the event' ? o.eventName : named.name,
    short: named.short,
    timing: s.timing,
    t0Date: s.t0,
    baseDate: s.baseDate,
  };
  const command = o.command ?? `capgap report --event ${s.eventDate} --region ${o.region}`;
  const data = s.data;
  const windows: Finding[] = [];
  for (const w of s.windows) {
    const window = {
      from: w.baseDate,
      to: w.endDate,
      label: windowLabel(event, w.sessions),
      sessions: w.sessions,
      relative: [0, w.sessions - 1] as [number, number],
      frequency: 'daily',
    };
    // The first three sessions carry the event's rank in its set (as the US report's event-window finding).
    const t = w.sessions === 3 && s.set ? s.set : null;
    const record = t
      ? { rank: t.value < 0 ? t.shortfallRank : t.rank, of: t.of, among: t.name, historyStart: t.since }
      : undefined;
    windows.push(regionSmbFinding({ region, window, value: w.smb, data, event, command, record }));
    windows.push(regionMarketFinding({ region, window, value: w.market, data, event, command }));
  }
  const month = s.month ? regionMonthFindings(region, s.month, data, command) : [];
  const findings = [...windows, ...month];
  const chart = sinceEventChart(
    {
      id: 'region-since',
      title: `${s.region}: SMB and the market since ${event.short}`,
      series: [
        {
          label: `${s.region} SMB (small minus big)`,
          dates: s.path.dates,
          values: s.path.smb.map((x) => 1 + x),
        },
        { label: `${s.region} market`, dates: s.path.dates, values: s.path.market.map((x) => 1 + x) },
      ],
      baseDate: s.baseDate,
      eventLabel: event.short ?? 'the event',
    },
    {
      source: `Source: ${data.map((d) => `${d.name}${d.vintage ? ` (${d.vintage})` : ''}`).join('; ')}. ${SMB_MEASURE}; ${s.region}'s trading days. Chart: capgap.`,
    },
  );
  chart.findings = windows.map((f) => f.id);
  const charts = [chart];
  if (s.set) {
    const set = eventSetChart(
      {
        events: s.set.rows.map((r) => ({ label: r.date.slice(0, 4), date: r.date, value: r.value })),
        highlight: s.eventDate,
        metricLabel: `${s.region} SMB, days 0 to 2 on ${s.region}'s trading days (percentage points, in US dollars)`,
        setName: s.set.name,
      },
      {
        source: `Source: ${data.map((d) => `${d.name}${d.vintage ? ` (${d.vintage})` : ''}`).join('; ')}. ${SMB_MEASURE}. Chart: capgap.`,
      },
    );
    set.findings = windows.filter((f) => f.record).map((f) => f.id);
    charts.push(set);
  }
  const notes = [
    `Every return is in US dollars (French's regional files); SMB uses French regional breakpoints (big = the top 90% of ${s.region}'s market cap).`,
    ...s.sources.map((x) => `Source: ${x}.`),
    ...s.conventions.map((c) => `Convention: ${c}.`),
  ];
  if (!s.month) notes.push(`No ${s.region} factor data for the event's month.`);
  return {
    title: `${event.name}: small caps vs large caps in ${s.region} (SMB, French regional breakpoints, in US dollars)`,
    event,
    findings,
    charts,
    notes,
    sections: [
      {
        title: `SMB and the ${s.region} market after ${event.short}`,
        intro: `Windows count ${s.region}'s own trading days from t0 = ${s.t0}; the base is the close of ${s.baseDate}.`,
        findings: windows.map((f) => f.id),
        charts: charts.map((c) => c.id),
      },
      ...(month.length
        ? [{ title: `The month in ${s.region}'s history`, findings: month.map((f) => f.id) }]
        : []),
    ],
    command,
  };
}
