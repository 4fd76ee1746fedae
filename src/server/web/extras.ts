/**
 * The page's second row of findings, from the other engines: the event study (CAR of the small leg against
 * the market, with the default test). (The month's record is in the lead; the claim check is checker.ts.)
 * Each loads on its own; when the store lacks the inputs the panel says so instead of failing the page.
 */
import { articleDate, signedPct } from '../../findings/format.ts';
import { getJson } from './dom.ts';
import type { QueryRef } from './query-line.ts';

interface Study {
  model: string;
  window: { from: number; to: number };
  estimation: { from: number; to: number };
  events: { t0: string; dates: string[]; car: (number | null)[] }[];
  tests: { label: string; cumulative: (number | null)[]; pCumulative: (number | null)[] }[];
  series: { name: string; source?: string };
  benchmark: { name: string; source?: string } | null;
}
/**
 * Why the event study cannot be run with these data, or null: it needs the market's daily returns (French's
 * daily file, whose end `marketThrough` is that of the daily size portfolios, same vintage) through the
 * window's last session `endDate`, and 250 sessions (about a year) of the series before the event for its
 * estimation window. The page asks only when the data hold both, so a question the API must refuse is not sent.
 * @example studyGap({ event: '2025-05-29', endDate: '2025-06-03', seriesFrom: '1926-07-01', marketThrough: '2025-05-30' })
 * // "not computed: it needs the market's daily returns through June 3, 2025, and they end on May 30, 2025"
 */
export function studyGap(o: {
  event: string;
  endDate: string;
  seriesFrom: string | null | undefined;
  marketThrough: string | null | undefined;
}): string | null {
  if (o.marketThrough && o.endDate > o.marketThrough)
    return `not computed: it needs the market's daily returns through ${articleDate(o.endDate)}, and they end on ${articleDate(o.marketThrough)}`;
  if (o.seriesFrom) {
    const yearAfter = new Date(Date.parse(`${o.seriesFrom}T00:00:00Z`) + 366 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    if (o.event < yearAfter)
      return `not computed: its estimation window (250 sessions before the event, about a year) starts before the data, which begin on ${articleDate(o.seriesFrom)}`;
  }
  return null;
}

/** The event-study series spec for a scheme's small leg ('french:Lo 10', '^RUT'). */
export function studySeries(scheme: { id: string; small: string }): string {
  return scheme.id === 'indexes' ? scheme.small : `french:${scheme.small}`;
}

/**
 * One sentence on the event study of the small leg over [0, to] (market model on Mkt-RF + RF).
 * @example await studySentence({ event: '2016-11-08', timing: 'after-close', series: 'french:Lo 10', to: 2 })
 */
export async function studySentence(o: {
  event: string;
  timing: string;
  series: string;
  /** The small leg's plain name ('Smallest 10% (NYSE breakpoints)'), printed before its label. */
  name?: string;
  to: number;
  /** Receives the sources the study read (series and benchmark), for the page's source list. */
  sources?: (s: string[]) => void;
  /** Receives the API URL that returns the study and the dates it covers (the page's query line). */
  query?: (q: QueryRef) => void;
}): Promise<string> {
  const to = Math.max(0, Math.min(250, o.to));
  const q = new URLSearchParams({
    event: o.event,
    timing: o.timing,
    series: o.series,
    benchmark: 'market',
    from: '0',
    to: String(to),
  });
  try {
    const r = await getJson<Study>(`/api/event-study?${q}`);
    o.sources?.([r.series.source, r.benchmark?.source].filter((x): x is string => !!x));
    const e = r.events[0];
    if (e) o.query?.({ url: `/api/event-study?${q}`, range: `${e.dates[0]} to ${e.dates.at(-1)}` });
    const car = e?.car.at(-1) ?? null;
    const t = r.tests[0];
    const stat = t?.cumulative.at(-1);
    const p = t?.pCumulative.at(-1);
    if (!e || car === null) return 'Event study: no abnormal return could be computed for this window.';
    const tail =
      stat != null && p != null
        ? `; ${t.label}: t = ${stat.toFixed(2)}, p = ${p < 0.001 ? p.toExponential(1) : p.toFixed(3)}`
        : '';
    return `Event study (${r.model}, estimation [${r.estimation.from}, ${r.estimation.to}]): cumulative abnormal return of ${o.name ? `${o.name} (${r.series.name})` : r.series.name} against ${r.benchmark?.name ?? 'its mean'} over days [0, ${to}] (${e.dates[0]} .. ${e.dates.at(-1)}): ${signedPct(car)}${tail}.`;
  } catch (err) {
    return `Event study not available: ${(err as Error).message}`;
  }
}
