/**
 * The page's panels for one answer: the lead (answer first), the figures of the window with their charts,
 * the download links of the whole query, and the sources (every dataset and vintage used).
 */
import { articleDate } from '../../findings/format.ts';
import { status } from './card.ts';
import { $, fmt, fmtPp, list } from './dom.ts';

/** A returns-since answer as the page reads it. */
export interface Since {
  event: { date: string; timing: string; t0: string; base: string };
  scheme: { id: string; small: string; large: string; weighting: string; label: string };
  window: {
    from: number;
    to: number;
    requestedTo: number;
    firstDate: string;
    lastDate: string;
    cut: string | null;
    /** The data's end (the last date both legs have), or null. */
    dataThrough: string | null;
  };
  series: {
    day: number[];
    date: string[];
    small: (number | null)[];
    large: (number | null)[];
    spread: (number | null)[];
  };
  summary: { small: number | null; large: number | null; spread: number | null };
  sources: { dataset: string; vintage: string | null }[];
  conventions: Record<string, string>;
  findings: string[];
}

/** A /api/lead answer as the page reads it. */
export interface Lead {
  event: { date: string; name: string; timing: string; t0: string; base: string; set: string | null };
  window: { to: number; requestedTo: number; lastDate: string; sessions: number; cut: string | null };
  sentence: string;
  rank: { text: string; skipped: string[] } | null;
  month: { text: string; rankText: string; source: string } | { error: string };
  series: {
    id: string;
    name: string;
    detail: string;
    dataset: string;
    vintage: string | null;
    through: string;
  }[];
  conventions: Record<string, string>;
}

/** Plain names of a scheme's legs (tickers and French labels go to the details). */
export function plainNames(scheme: { id: string; small: string; large: string }): {
  small: string;
  large: string;
} {
  if (scheme.id === 'indexes') return { small: 'Russell 2000', large: 'S&P 500' };
  const n = (id: string) => `${id.startsWith('Lo') ? 'Smallest' : 'Largest'} ${id.slice(3)}%`;
  return { small: `${n(scheme.small)} (NYSE breakpoints)`, large: `${n(scheme.large)} (NYSE breakpoints)` };
}

/** Fills the lead panel. */
export function showLead(l: Lead): void {
  status('lead', null);
  $('lead-kicker').textContent =
    `${l.event.name} · first ${l.window.sessions === 1 ? 'session' : `${l.window.sessions} sessions`} (days 0 to ${l.window.to}, through ${articleDate(l.window.lastDate)})`;
  $('lead-sentence').textContent = l.sentence;
  const facts: string[] = [];
  if (l.rank) facts.push(l.rank.text);
  if (l.window.cut) facts.push(l.window.cut);
  if ('error' in l.month) facts.push(`Month record not available: ${l.month.error}`);
  else facts.push(l.month.text, l.month.rankText);
  list('lead-facts', facts);
  $('lead-through').textContent =
    `Data through: ${l.series.map((s) => `${s.name}, ${articleDate(s.through)}`).join('; ')}.`;
  list('lead-series', [
    ...l.series.map(
      (s) => `${s.name}: ${s.detail}${s.vintage ? `, vintage ${s.vintage}` : ''}; through ${s.through}`,
    ),
    ...Object.entries(l.conventions).map(([k, v]) => `${k}: ${v}`),
    ...(l.rank?.skipped.length ? [`Not ranked (outside the data): ${l.rank.skipped.join('; ')}`] : []),
  ]);
}

/** Clears the lead and says why. */
export function clearLead(reason: string, kind: 'error' | 'stale' = 'error'): void {
  if (kind === 'error') {
    $('lead-sentence').textContent = 'No answer for this choice.';
    $('lead-kicker').textContent = '';
    list('lead-facts', []);
    $('lead-through').textContent = '';
    list('lead-series', []);
  }
  status('lead', { kind, text: reason });
}

/** Fills the figures of the window (the charts are drawn by the caller). */
export function showFigures(r: Since): void {
  status('figures', r.window.cut ? { kind: 'info', text: `Cut at the data's end: ${r.window.cut}.` } : null);
  const names = plainNames(r.scheme);
  $('small-label').textContent = names.small;
  $('large-label').textContent = names.large;
  $('small-value').textContent = fmt(r.summary.small);
  $('large-value').textContent = fmt(r.summary.large);
  $('spread-value').textContent = fmtPp(r.summary.spread);
  const n = r.window.to + 1;
  $('period').textContent =
    r.window.to >= 0
      ? `From the close of ${r.event.base} (the last close before the news) to the close of ${r.window.lastDate}: day ${r.window.to}, the ${n === 1 ? 'first session' : `first ${n} sessions`} after the news (t0 = day 0 = ${r.event.t0}; news ${r.event.timing}).`
      : `At the close of ${r.window.lastDate} (day ${r.window.to}), before the news, relative to the close of ${r.event.base}.`;
}

/** Empties the figures and says why. */
export function clearFigures(reason: string, kind: 'error' | 'stale' = 'error'): void {
  if (kind === 'error') {
    for (const id of ['small-value', 'large-value', 'spread-value']) $(id).textContent = '–';
    $('period').textContent = '';
  }
  status('figures', { kind, text: reason });
}

/** Points every download at the whole current query (scheme, weighting, timing and window included). */
export function links(q: URLSearchParams, lastDate: string | null): void {
  const since = new URLSearchParams(q);
  since.delete('compare');
  const csv = new URLSearchParams(since);
  csv.set('format', 'csv');
  $<HTMLAnchorElement>('dl-csv').href = `/api/returns-since?${csv}`;
  $<HTMLAnchorElement>('dl-json').href = `/api/returns-since?${since}`;
  const lead = new URLSearchParams(since);
  lead.delete('from');
  if (Number(lead.get('to')) < 0) lead.set('to', '0');
  $<HTMLAnchorElement>('dl-lead').href = `/api/lead?${lead}`;
  const rep = new URLSearchParams({ event: q.get('event') ?? '', timing: q.get('timing') ?? '' });
  const region = q.get('region') ?? 'us';
  // A regional report has its own windows (1, 3, 5, 20 sessions) and the month: no "to".
  if (region !== 'us') rep.set('region', region);
  else if (lastDate && lastDate > (q.get('event') ?? '')) rep.set('to', lastDate);
  for (const [id, format] of [
    ['dl-report', 'html'],
    ['dl-report-md', 'md'],
    ['dl-report-text', 'text'],
    ['dl-report-json', 'report-json'],
  ]) {
    $<HTMLAnchorElement>(id).href = `/api/report?${rep}&format=${format}`;
  }
}

/** Lists every dataset and vintage the panels used, once each, and the conventions. */
export function sources(
  used: { dataset: string; vintage: string | null; through?: string }[],
  conventions: Record<string, string>,
): void {
  const seen = new Map<string, string>();
  for (const s of used) {
    const key = `${s.dataset}|${s.vintage ?? ''}`;
    if (!seen.has(key) || s.through)
      seen.set(
        key,
        `${s.dataset}${s.vintage ? `, vintage ${s.vintage}` : ''}${s.through ? `, through ${s.through}` : ''}`,
      );
  }
  list(
    'sources',
    [...seen.values()].map((t) => `Source: ${t}`),
  );
  list(
    'conventions',
    Object.entries(conventions).map(([k, v]) => `${k}: ${v}`),
  );
}

/** Fills the comparison table, marking the current event. */
export function compareTable(
  rows: {
    eventDate: string;
    label: string | null;
    baseDate: string | null;
    endDate: string | null;
    small: number | null;
    large: number | null;
    spread: number | null;
    error: string | null;
  }[],
  current: string,
): void {
  const trs = rows.map((e) => {
    const tr = document.createElement('tr');
    if (e.eventDate === current) tr.className = 'current';
    const cells = e.error
      ? [e.label ?? e.eventDate, '', '', '', '', `no data: ${e.error}`]
      : [
          e.label ?? e.eventDate,
          e.baseDate ?? '',
          e.endDate ?? '',
          fmt(e.small),
          fmt(e.large),
          fmtPp(e.spread),
        ];
    tr.replaceChildren(...cells.map((t) => Object.assign(document.createElement('td'), { textContent: t })));
    return tr;
  });
  document.querySelector('#compare tbody')?.replaceChildren(...trs);
}
