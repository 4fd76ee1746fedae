/**
 * User event sets from text: CSV with a header `date[,timing][,label][,tags]` (tags separated by `;`,
 * timing one of after-close | before-open | intraday, default after-close), or JSON (an array of
 * `{date, timing?, label?, tags?}` or `{ "events": [...] }`). Errors name the file and line (CSV) or index.
 * The CSV is read by the one CSV reader (src/formats/csv.ts: its limits, and the file's own line numbers
 * across blank lines and quoted newlines). A set lists each date once (a date twice would count one event
 * twice in every average and test) and its dates fall within 1900-01-01 .. one year after today, the rule of
 * every imported file (src/formats/validate.ts).
 */
import { toDay } from '../calendar/dates.ts';
import { readCsv } from '../formats/csv.ts';
import { ImportError } from '../formats/errors.ts';
import { EARLIEST_DAY, isoDay, latestDay } from '../formats/validate.ts';
import { type MarketEvent, makeEvent } from './event-sets.ts';

/** Refuses a date given twice or outside 1900-01-01 .. one year after today; `where(i)` names entry i. */
function checkDates(events: MarketEvent[], where: (i: number) => string): MarketEvent[] {
  const seen = new Map<string, number>();
  const last = latestDay();
  events.forEach((e, i) => {
    const day = toDay(e.date);
    if (day < EARLIEST_DAY || day > last)
      throw new Error(
        `${where(i)}: column "date": ${e.date} is outside ${isoDay(EARLIEST_DAY)} .. ${isoDay(last)} (one year after today)`,
      );
    const first = seen.get(e.date);
    if (first !== undefined)
      throw new Error(
        `${where(i)}: column "date": ${e.date} is already the date of ${where(first)}; an event set lists each date once`,
      );
    seen.set(e.date, i);
  });
  return events;
}

/**
 * Parses a CSV event set.
 * @example parseEventsCsv('date,label\n2016-11-08,election\n')[0].timing // 'after-close'
 */
export function parseEventsCsv(text: string, options: { file?: string } = {}): MarketEvent[] {
  const file = options.file ?? 'events.csv';
  let records: ReturnType<typeof readCsv>;
  try {
    records = readCsv(text, { file }).filter((r) => r.cells.some((c) => c.trim() !== ''));
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    const at = err.line > 0 ? `, line ${err.line}` : '';
    throw new Error(`${file}${at}: not a readable CSV event set (${err.reason})`, { cause: err });
  }
  if (records.length === 0) throw new Error(`${file}: no events`);
  const header = records[0].cells.map((c) => c.trim().toLowerCase());
  if (!header.includes('date')) throw new Error(`${file}: missing column "date"`);
  const twice = header.find((h, i) => h !== '' && header.indexOf(h) !== i);
  if (twice !== undefined)
    throw new Error(`${file}, line ${records[0].line}: column "${twice}" is named twice`);
  const rows = records.slice(1);
  if (rows.length === 0) throw new Error(`${file}: no events`);
  const where = (i: number) => `${file}, line ${rows[i].line}`;
  const events = rows.map((r, i) => {
    if (r.cells.length !== header.length)
      throw new Error(`${where(i)}: ${r.cells.length} cells; the header has ${header.length}`);
    return makeEvent(Object.fromEntries(header.map((h, j) => [h, r.cells[j].trim()])), where(i));
  });
  return checkDates(events, where);
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
  const where = (i: number) => `${file}, event ${i}`;
  return checkDates(
    list.map((r, i) => makeEvent(r as Record<string, unknown>, where(i))),
    where,
  );
}
