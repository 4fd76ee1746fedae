/**
 * The download links: every one carries the whole current query.
 */
import { $ } from './dom.ts';

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
  // the lead's own link to the query behind its numbers, beside them
  $<HTMLAnchorElement>('lead-query').href = `/api/lead?${lead}`;
  $('lead-query').textContent = `GET /api/lead?${lead}`;
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
