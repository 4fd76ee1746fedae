/**
 * A headline closing on a numeric date, as AP's daily table runs: "How major US stock indexes fared Wednesday,
 * 11/6/2024" (./dateline.ts). Month first, as American papers write it; the day first when the month-first
 * reading is no date ("25/11/2024") or falls on another weekday than the line names ("fared Friday, 8/11/2024":
 * Aug. 11, 2024 was a Sunday, so Nov. 8).
 */
import { isIsoDate, toDay, weekday } from '../../calendar/dates.ts';
import { MONTH_RE } from './dates.ts';

const HEADLINE_DATE =
  /^[^\n%]{1,100}?(?:\b(mon|tues|wednes|thurs|fri|satur|sun)day\b)?[^\n%\d]{0,3}[\s,(](\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\)?[\s*_.]*$/im;
const DAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

/**
 * The ISO date a headline line of `head` closes on, with the words, or undefined.
 * @example headlineNumericDate('How major US stock indexes fared Wednesday, 11/6/2024') // { date: '2024-11-06', source: 'Wednesday, 11/6/2024' }
 */
export function headlineNumericDate(head: string): { date: string; source: string } | undefined {
  const m = HEADLINE_DATE.exec(head);
  if (!m) return undefined;
  const [a, b, y] = [Number(m[2]), Number(m[3]), m[4]];
  const iso = (mo: number, d: number) => `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const valid = (mo: number, d: number) => isIsoDate(iso(mo, d));
  const named = m[1] ? DAYS.indexOf(m[1].toLowerCase()) : -1;
  const fits = (mo: number, d: number) => valid(mo, d) && (named < 0 || weekday(toDay(iso(mo, d))) === named);
  const pick = fits(a, b) ? iso(a, b) : fits(b, a) ? iso(b, a) : undefined;
  if (!pick) return undefined;
  const source = head.slice(m.index, m.index + m[0].length).trim();
  return { date: pick, source: source.slice(Math.max(0, source.search(/\b\w+day\b|\d{1,2}\/\d/i))) };
}

/**
 * A dateline's date in figures or a desk's shorthand, unambiguous with its year in full: "2024/11/07" (year
 * first), "07.11.2024" (day first: dots are Europe's), "07-Nov-2024", "7-Nov-24" (for ./dateline.ts `FULL`).
 */
export const NUMERIC_FULL = `(?:(?:19|20)\\d\\d/\\d{1,2}/\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d\\d|\\d{1,2}-${MONTH_RE}-(?:\\d{4}|\\d{2}))`;

/**
 * Those dates as words `resolveDate` reads: "2024/11/07" → "2024-11-07", "07.11.2024" → "2024-11-07",
 * "7-Nov-24" → "7 Nov 2024"; any other phrase as it is.
 * @example numericWords('07-Nov-2024') // '07 Nov 2024'
 */
export function numericWords(phrase: string): string {
  const p2 = (n: string) => n.padStart(2, '0');
  const ymd = /^((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})$/.exec(phrase);
  if (ymd) return `${ymd[1]}-${p2(ymd[2])}-${p2(ymd[3])}`;
  const dmy = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)$/.exec(phrase);
  if (dmy) return `${dmy[3]}-${p2(dmy[2])}-${p2(dmy[1])}`;
  const desk = /^(\d{1,2})-([a-z]+)\.?-(\d{4}|\d{2})$/i.exec(phrase);
  return desk ? `${desk[1]} ${desk[2]} ${desk[3].length === 2 ? `20${desk[3]}` : desk[3]}` : phrase;
}
