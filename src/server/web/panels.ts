/**
 * The page's panels for one answer: headline, findings, charts, sources and conventions; the download
 * links of the current query; the same figure for every preset event.
 */
import { type SinceSeries, sinceChart, spreadChart } from './charts.ts';
import { $, fmt, fmtPp, getJson, list } from './dom.ts';

/** A returns-since answer as the page reads it. */
export interface Since {
  event: { date: string; timing: string; t0: string; base: string };
  scheme: { id: string; small: string; large: string; weighting: string; label: string };
  window: { from: number; to: number; firstDate: string; lastDate: string };
  series: SinceSeries;
  summary: { small: number | null; large: number | null; spread: number | null };
  sources: { dataset: string; vintage: string | null }[];
  conventions: Record<string, string>;
  findings: string[];
}

/** Fills the headline, findings, charts, sources and conventions from an answer. */
export function render(r: Since): void {
  $('small-label').textContent = `Small: ${r.scheme.small}`;
  $('large-label').textContent = `Large: ${r.scheme.large}`;
  $('small-value').textContent = fmt(r.summary.small);
  $('large-value').textContent = fmt(r.summary.large);
  $('spread-value').textContent = fmtPp(r.summary.spread);
  $('period').textContent =
    `From the close of ${r.event.base} (base) to the close of ${r.window.lastDate} (day ${r.window.to}); t0 = ${r.event.t0}, news ${r.event.timing}.`;
  list('findings', r.findings);
  const width = Math.min(940, $('chart-since').clientWidth || 900);
  $('chart-since').replaceChildren(sinceChart(r.series, r.scheme.small, r.scheme.large, width));
  $('chart-spread').replaceChildren(spreadChart(r.series, width));
  list(
    'sources',
    r.sources.map((s) => `Source: ${s.dataset}${s.vintage ? ` (vintage ${s.vintage})` : ''}`),
  );
  list(
    'conventions',
    Object.entries(r.conventions).map(([k, v]) => `${k}: ${v}`),
  );
}

/** Points the download links at the current query. */
export function links(q: URLSearchParams): void {
  const csv = new URLSearchParams(q);
  csv.set('format', 'csv');
  $<HTMLAnchorElement>('dl-csv').href = `/api/returns-since?${csv}`;
  $<HTMLAnchorElement>('dl-json').href = `/api/returns-since?${q}`;
  const rep = new URLSearchParams({ event: q.get('event') ?? '', timing: q.get('timing') ?? '' });
  for (const [id, format] of [
    ['dl-report', 'html'],
    ['dl-report-md', 'md'],
    ['dl-report-text', 'text'],
    ['dl-report-json', 'report-json'],
  ]) {
    $<HTMLAnchorElement>(id).href = `/api/report?${rep}&format=${format}`;
  }
}

/** Fills the comparison table for the preset events, marking the current one. */
export async function compare(
  presets: { date: string }[],
  q: URLSearchParams,
  current: string,
): Promise<void> {
  const cq = new URLSearchParams({
    events: presets.map((p) => p.date).join(','),
    scheme: q.get('scheme') ?? '',
    weighting: q.get('weighting') ?? '',
    from: '0',
    to: String(Math.max(0, Number(q.get('to')))),
  });
  const r = await getJson<{
    events: {
      event: string;
      label: string | null;
      base: string | null;
      lastDate: string | null;
      small: number | null;
      large: number | null;
      spread: number | null;
      error: string | null;
    }[];
  }>(`/api/compare-events?${cq}`);
  const rows = r.events.map((e) => {
    const tr = document.createElement('tr');
    if (e.event === current) tr.className = 'current';
    const cells = [
      e.label ?? e.event,
      e.base ?? '',
      e.lastDate ?? '',
      fmt(e.small),
      fmt(e.large),
      fmtPp(e.spread),
    ];
    if (e.error) cells.splice(1, 5, '', '', '', '', 'no data');
    tr.replaceChildren(...cells.map((t) => Object.assign(document.createElement('td'), { textContent: t })));
    return tr;
  });
  document.querySelector('#compare tbody')?.replaceChildren(...rows);
}
