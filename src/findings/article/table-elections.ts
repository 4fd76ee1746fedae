/**
 * A table of elections: rows labelled by year under a first column that names them ("Election", "Vote",
 * "Midterm"), columns naming a series and a window after the vote ("Russell 2000, month after", "S&P 500 (week
 * after)"). Each cell says "Russell 2000 rose 11.0% in the month after the 2016 election." (./tables.ts reads
 * it like a sentence; ./windows.ts finds the window after that year's election); a caption above the table
 * ("Returns in the month after each election") gives its window to every column; a calendar month the caption
 * or the column names ("November returns after the election", "Russell 2000, November") is that month of each
 * row's year; a caption spanning from the vote to an end ("Election Day to Dec. 31") is that span after each row's
 * election. A column with no window anywhere cannot be read (the year is the election's, not the calendar year's).
 */
import { MONTH_RE } from './dates.ts';
import type { TableColumn, TextTable } from './tables.ts';

/** A row label that is a year. */
export const YEAR_LABEL = /^(?:19|20)\d\d$/;
/** The first column names elections. */
export const ELECTIONS = /\b(?:elections?|votes?|midterms?|presidential)\b/i;
/** "Russell 2000, month after", "S&P 500 (3 months after)", "IWM: week after vote". */
const AFTER =
  /^(.*?)[\s,;:(–—-]*\b(?:in\s+the\s+)?((?:\d{1,2}|one|two|three|four|five|six)[- ]?)?(day|session|week|month|year)s?\s+after(?:\s+(?:the\s+)?(?:vote|election))?\)?\s*$/i;
/** "Russell 2000, 1 month", "S&P 500 (1M)", "IWM, 3-mo": a performance label; under elections, that long after each. */
const SPAN_LABEL =
  /^(.*?)[\s,;:(–—-]+(\d{1,2}|one|two|three|six|twelve)[- ]?(d|days?|sessions?|w|wks?|weeks?|m|mos?|months?|y|yrs?|years?)\)?\s*$/i;
const UNITS: Record<string, string> = { d: 'day', s: 'session', w: 'week', m: 'month', y: 'year' };
/**
 * A column's performance label as AFTER's groups ([words, name, count or '' for one, unit]), or null.
 * @example spanLabel('Russell 2000, 1 month') // ['Russell 2000, 1 month', 'Russell 2000', '', 'month']
 */
export function spanLabel(header: string): string[] | null {
  const m = SPAN_LABEL.exec(header);
  if (!m?.[1].trim()) return null;
  return [m[0], m[1], /^(?:1|one)$/i.test(m[2]) ? '' : m[2], UNITS[m[3][0].toLowerCase()]];
}

/** A calendar month, dates.ts's `MONTH_RE` ("May" left out: a verb as often as a month). */
const MONTHS = `(?!may\\b)${MONTH_RE}(?!\\w)`;
const MONTH_NAME = new RegExp(`\\b(${MONTHS})`, 'i');

/** A caption's span from each vote to an end: "Election Day to Dec. 31", "from the election to year-end". */
const SPAN_END = new RegExp(
  `\\b(?:from\\s+)?(?:election\\s+day|(?:the\\s+)?(?:election|vote))(?:['’]s\\s+close)?\\s+(?:to|through|until|till)\\s+((?:the\\s+)?(?:year[- ]end|end\\s+of\\s+(?:the\\s+year|${MONTHS}))|${MONTHS}\\.?\\s+\\d{1,2}|inauguration\\s+day)(?![\\w-])`,
  'i',
);

/** The caption's window after each election ("… in the month after each election"), with the column's name. */
const CAPTION_AFTER =
  /\b(?:in|over|during|for)\s+the\s+((?:\d{1,2}|one|two|three|four|five|six)[- ]?)?(?:trading\s+)?(day|session|week|month|year)s?\s+(?:after|following)\b/i;
function captionWindow(table: TextTable, name: string): string[] | null {
  // The caption, a list's lead-in, else a title a few lines above ("How 2024 stacks up: small caps in the month
  // after each election" over a dateline).
  const texts = [table.caption?.text, table.lead, table.above];
  const c = texts.map((x) => CAPTION_AFTER.exec(x ?? '')).find((x) => x);
  return c ? [c[0], name, c[1], c[2]] : null;
}

/**
 * The sentence a cell of an election table says, or undefined when the table is no such table.
 * @example electionCell(table, '2016', { header: 'Russell 2000, month after', phrase: null }, 'rose', '11.0%') // { sentence: 'Russell 2000 rose 11.0% in the month after the 2016 election.' }
 */
export function electionCell(
  table: TextTable,
  label: string,
  column: TableColumn,
  verb: string,
  value: string,
): { sentence?: string; why?: string } | undefined {
  if (!YEAR_LABEL.test(label) || !ELECTIONS.test(table.columns[0]?.header ?? '')) return undefined;
  // "Returns in the month after each election" above the table: every column's window.
  const m =
    AFTER.exec(column.header) ??
    spanLabel(column.header) ??
    captionWindow(table, column.header) ??
    othersWindow(table, column.header);
  // "November returns after the election" over the table, or "Russell 2000, November": that month of each year.
  const month = m?.[1].trim() ? null : namedMonth(table, column.header);
  if (month) return { sentence: `${month.name} ${verb} ${value} in ${month.month} ${label}.` };
  const kind = /midterm/i.test(table.columns[0].header) ? 'midterm election' : 'election';
  // "Election Day to Dec. 31, Russell 2000 vs S&P 500:": from each election to that end (./window-event-span.ts).
  const end = m
    ? undefined
    : [table.caption?.text, table.lead].map((x) => SPAN_END.exec(x ?? '')?.[1]).find((x) => x);
  if (end) return { sentence: `${column.header} ${verb} ${value} from the ${label} ${kind} to ${end}.` };
  if (!m?.[1].trim())
    return {
      why: `a table of elections whose column names no window after the vote (${JSON.stringify(column.header)}): say "month after", "week after"`,
    };
  const n = m[2] ? `${m[2].replace(/[- ]$/, '')} ${m[3]}s` : m[3];
  // "Small minus large: +2.9": "Small caps beat large caps by 2.9 percentage points in the month after …".
  const pair = / by$/.test(verb) ? PAIR.exec(m[1].trim()) : null;
  const [a, b] = pair ? [pair[1], pair[2]].map((x) => (SIZE_WORD.test(x) ? `${x} caps` : x)) : [];
  const what = pair ? `${a} ${/^led/.test(verb) ? 'beat' : 'trailed'} ${b} by` : `${m[1].trim()} ${verb}`;
  return { sentence: `${what} ${value} in the ${n} after the ${label} ${kind}.` };
}

/** A caption's month as a period: "November returns", "Returns in November" (not "since the November election"). */
const MONTH_PERIOD = new RegExp(
  `\\b(?:(${MONTHS})\\s+(?:returns?|performance|gains?|moves?|changes?)|in\\s+(${MONTHS}))\\b`,
  'i',
);

/** The month a column's header or, else, the table's caption names, and the column's series without it. */
function namedMonth(table: TextTable, header: string): { month: string; name: string } | null {
  const own = MONTH_NAME.exec(header);
  const name = own ? header.replace(/[\s,;:(–—-]*\b[A-Z][a-z]+\.?\)?\s*$/, '').trim() : header.trim();
  const month =
    own?.[1] ??
    [table.caption?.text, table.lead]
      .map((x) => MONTH_PERIOD.exec(x ?? ''))
      .map((x) => x?.[1] ?? x?.[2])
      .find((x) => x);
  return month && name && !MONTH_NAME.test(name) ? { month, name } : null;
}

/** A difference's two sides in a column's name: "Small minus large", "Russell 2000 vs S&P 500". */
const PAIR = /^(.+?)\s+(?:minus|less|over|vs\.?|versus)\s+(.+)$/i;
const SIZE_WORD = /^(?:small|mid|large|big|mega|micro)$/i;

/** A column with no window of its own ("Small minus large") beside columns that all name one ("…, 1 month"). */
function othersWindow(table: TextTable, header: string): string[] | null {
  const all = table.columns.slice(1).map((c) => AFTER.exec(c.header) ?? spanLabel(c.header));
  const [w] = all.filter((x) => x);
  const same = w && all.every((x) => !x || ((x[2] ?? '') === (w[2] ?? '') && x[3] === w[3]));
  return same ? [header, header, w[2], w[3]] : null;
}
