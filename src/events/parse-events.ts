/**
 * User event sets from text: CSV with a header `date[,timing][,label][,tags]` (tags separated by `;`,
 * timing one of after-close | before-open | intraday, default after-close), or JSON (an array of
 * `{date, timing?, label?, tags?}` or `{ "events": [...] }`). Errors name the file and line (CSV) or index.
 */
import { parse } from 'csv-parse/sync';
import { type MarketEvent, makeEvent } from './event-sets.ts';

/**
 * Parses a CSV event set.
 * @example parseEventsCsv('date,label\n2016-11-08,election\n')[0].timing // 'after-close'
 */
export function parseEventsCsv(text: string, options: { file?: string } = {}): MarketEvent[] {
  const file = options.file ?? 'events.csv';
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
    }) as Record<string, string>[];
  } catch (err) {
    throw new Error(`${file}: not a readable CSV event set (${(err as Error).message})`, { cause: err });
  }
  if (rows.length === 0) throw new Error(`${file}: no events`);
  if (!('date' in rows[0])) throw new Error(`${file}: missing column "date"`);
  return rows.map((r, i) => makeEvent(r, `${file}, line ${i + 2}`));
}

/**
 * Parses a JSON event set.
 * @example parseEventsJson('[{"date":"2016-06-23","label":"Brexit"}]')[0].label // 'Brexit'
 */
export function parseEventsJson(text: string, options: { file?: string } = {}): MarketEvent[] {
  const file = options.file ?? 'events.json';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  const list = Array.isArray(data) ? data : (data as { events?: unknown })?.events;
  if (!Array.isArray(list) || list.length === 0)
    throw new Error(`${file}: expected a non-empty array of events`);
  return list.map((r, i) => makeEvent(r as Record<string, unknown>, `${file}, event ${i}`));
}
