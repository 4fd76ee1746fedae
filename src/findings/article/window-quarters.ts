/**
 * Quarters (./window-rules.ts applies the rule; conventions in ./windows.ts): "Q4", "4Q", "the fourth
 * quarter", "Q4 2016", "the third quarter of 2016", "the first quarter of that year" (the year named last
 * before it: "… faded by early 2017: … in the first quarter of that year"), "of the following year" (the one
 * after), "this quarter", "quarter to date" ("for the quarter" in a quarter's first week: the one just
 * ended): from the last calendar day of the quarter before (its close, or the last close before it) to the
 * quarter's last day, or to the article's date while the quarter is running. "Since quarter-end", "since the
 * end of the third quarter" run from that end to the article's date (`PERIOD_END_RULE`).
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import { NUMBER_WORDS } from './number-words.ts';
import type { Rule } from './window-rules.ts';

const NUM_WORD = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')}`;

/** A quarter's ordinal in words (./window-month-end.ts too). */
export const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** The last month of a quarter named ("fourth", "4th", "4") of `year`: "since the fourth quarter of 2020" → 2020-12. */
export function quarterMonth(year: string, q: string): string {
  return quarterEnd(Number(year), ORDINAL[q.toLowerCase()] ?? Number.parseInt(q, 10)).slice(0, 7);
}

/** The last calendar day of quarter `q` (0 is the previous year's fourth) of year `y`. */
export function quarterEnd(y: number, q: number): string {
  if (q === 0) return `${y - 1}-12-31`;
  return ['', `${y}-03-31`, `${y}-06-30`, `${y}-09-30`, `${y}-12-31`][q];
}

/** The year a quarter's words name: written, that of the year named before it, else the article's. */
function quarterYear(m: RegExpExecArray, ref: string | undefined): number | undefined {
  if (m[4]) return Number(m[4]);
  const before = m.input.slice(0, m.index);
  // "3% in the third quarter of 2016 and 2% in Q4": the year a quarter before it named.
  const quarter = [...before.matchAll(QUARTER_YEAR)].pop()?.[1];
  if (!m[5]) return quarter ? Number(quarter) : ref ? Number(ref.slice(0, 4)) : undefined;
  const last = [...before.matchAll(YEAR)].pop()?.[0];
  return last ? Number(last) + (/that/i.test(m[5]) ? 0 : 1) : undefined;
}

/** A year, not an index's number ("the Russell 2000", "the FTSE 100"). */
const YEAR = /(?<!\b(?:russell|s&p|ftse|nikkei|stoxx|msci\s+\w+)\s)\b(?:19|20)\d\d\b/gi;
const QUARTER_YEAR =
  /\b(?:q[1-4]|[1-4]q|(?:first|second|third|fourth)\s+quarter)\s+(?:of\s+)?((?:19|20)\d\d)\b/gi;

export const QUARTER_RULE: Rule = {
  re: /\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:(?:q([1-4])|([1-4])q)|(first|second|third|fourth)(?:\s+|-)quarter(?![- ]point))(?:\s+(?:of\s+)?(\d{4})|\s+of\s+(that|the\s+following|the\s+next)\s+year)?\b|\b(?:so\s+far\s+)?(?:this|the\s+current|(?:in|during|for|over)\s+the)\s+quarter\b(?![- ]point)|\bquarter[- ]to[- ]date\b/gi,
  make: (m, o) => {
    const ref = o.to ?? o.event;
    const named = m[1] ?? m[2] ?? (m[3] ? String(ORDINAL[m[3].toLowerCase()]) : undefined);
    // "The smallest quintile (Q1) returned 12%": a research note's quintile label, not a quarter.
    if (m[1] && !m[4] && /\bquintiles?\b/i.test(m.input)) return null;
    let y = quarterYear(m, ref);
    // "this quarter" in an undated article, after "Q4 2016" gave a year: which quarter is unknown.
    if (y === undefined || (!named && !ref)) return null;
    let q = named ? Number(named) : Math.ceil(Number((ref as string).slice(5, 7)) / 3);
    // "returned 9.2% for the quarter" in a review of Oct. 1: the quarter just ended (its first week).
    const ended = !named && /^(?:for|over)\s+the\s+quarter$/i.test(m[0]) && o.to && o.to.slice(8) <= '07';
    if (ended && (q - 1) * 3 + 1 === Number(o.to!.slice(5, 7))) [y, q] = q === 1 ? [y - 1, 4] : [y, q - 1];
    // "gained 25% in the second quarter" in a review of Jan. 4, 2021: a quarter named without a year that has not
    // begun, or began within the week, is last year's (not "this quarter", not a year named before it).
    const yearless = named && !m[4] && !m[5] && !/\bso\s+far\s+$/i.test(m.input.slice(0, m.index));
    if (
      yearless &&
      o.to &&
      toDay(o.to) - toDay(quarterEnd(y, q - 1)) <= 7 &&
      m.input.search(QUARTER_YEAR) < 0
    )
      y--;
    const from = quarterEnd(y, q - 1);
    let to = quarterEnd(y, q);
    if (o.to && o.to <= from) return null;
    if (o.to && o.to < to) to = o.to;
    return { window: { kind: 'dates', from, to } };
  },
};

/**
 * "rose 2% last quarter", "in the previous quarter", "in the latest quarter": the last calendar quarter ended
 * before the article's date (not "the last quarter of 2020", "since last quarter").
 */
export const LAST_QUARTER_RULE: Rule = {
  re: /(?<!\b(?:since|from|until|through|before|after)\s+)\b(?:last\s+quarter|(?:in|during|over|for)\s+the\s+(?:previous|prior|latest|most\s+recent)\s+quarter)\b(?!\s+of\b|['’])/gi,
  make: (_m, o) => {
    if (!o.to) return null;
    const [y, q] = [Number(o.to.slice(0, 4)), Math.ceil(Number(o.to.slice(5, 7)) / 3)];
    const [yy, qq] = q === 1 ? [y - 1, 4] : [y, q - 1];
    return { window: { kind: 'dates', from: quarterEnd(yy, qq - 1), to: quarterEnd(yy, qq) } };
  },
};

/**
 * "since quarter-end", "since month-end", "since year-end", "since the end of the third quarter", "since the end
 * of Q3 2024": from the last such end on or before the article's date (a quarter named: that quarter's end, in
 * the article's year, else the year before) to the article's date.
 */
export const PERIOD_END_RULE: Rule = {
  re: /\bsince\s+(?:the\s+)?(?:(quarter|month|year)[- ]end\b|end\s+of\s+(?:the\s+)?(?:(?:(first|second|third|fourth)\s+quarter|q([1-4]))(?:\s+(?:of\s+)?((?:19|20)\d\d))?|(last|previous|prior)\s+quarter)\b)/gi,
  make: (m, o) => {
    if (!o.to) return { needsEvent: m[0] };
    const y = Number(o.to.slice(0, 4));
    const [mo, day] = [Number(o.to.slice(5, 7)), o.to.slice(5)];
    let from: string;
    if (m[1]?.toLowerCase() === 'year') from = `${y - 1}-12-31`;
    else if (m[1]?.toLowerCase() === 'month')
      from = fromDay(toDay(`${o.to.slice(0, 8)}01`) - 1); // the day before the month's first
    else if (m[1] || m[5]) from = quarterEnd(y, Math.ceil(mo / 3) - 1);
    else {
      const q = ORDINAL[(m[2] ?? '').toLowerCase()] ?? Number(m[3]);
      from = m[4] ? quarterEnd(Number(m[4]), q) : quarterEnd(y, q);
      if (!m[4] && from.slice(5) > day) from = quarterEnd(y - 1, q);
    }
    return from < o.to ? { window: { kind: 'dates', from, to: o.to } } : null;
  },
};

/** The quarters' rules in their order: an end before a quarter named, "last quarter" before "the quarter". */
export const QUARTER_RULES: Rule[] = [PERIOD_END_RULE, LAST_QUARTER_RULE, QUARTER_RULE];

/**
 * "in the first three months of 2020", "the first nine months of the year", "the last three months of 2020":
 * from the close before the first month named to the last one's end (or the article's date while it runs).
 * A year not written is the article's; one whose span has not begun, last year's.
 */
export const MONTHS_OF_RULE: Rule = {
  re: new RegExp(
    `\\b(?:the\\s+)?(first|last|final)\\s+(${NUM_WORD})\\s+months\\s+of\\s+(?:(?:the|this)\\s+year|((?:19|20)\\d\\d))\\b`,
    'gi',
  ),
  make: (m, o) => {
    const n = NUMBER_WORDS[m[2].toLowerCase()] ?? Number(m[2]);
    if (!(n >= 1 && n <= 11) || !(m[3] || o.to)) return null;
    let y = Number(m[3] ?? o.to!.slice(0, 4));
    const span = (yy: number) =>
      /^first$/i.test(m[1]) ? [`${yy - 1}-12-31`, monthLast(yy, n)] : [monthLast(yy, 12 - n), `${yy}-12-31`];
    if (!m[3] && span(y)[0] >= o.to!) y--;
    const [from, to] = span(y);
    if (o.to && from >= o.to) return null;
    return { window: { kind: 'dates', from, to: o.to && o.to < to ? o.to : to } };
  },
};

/** The last calendar day of month `k` (1–12) of year `y`. */
function monthLast(y: number, k: number): string {
  return fromDay(monthEnd(toDay(`${y}-${String(k).padStart(2, '0')}-01`)));
}
