/**
 * A table of elections: rows labelled by year under a first column that names them ("Election", "Vote",
 * "Midterm"), columns naming a series and a window after the vote ("Russell 2000, month after", "S&P 500 (week
 * after)"). Each cell says "Russell 2000 rose 11.0% in the month after the 2016 election." (./tables.ts reads
 * it like a sentence; ./windows.ts finds the window after that year's election); a caption above the table
 * ("Returns in the month after each election") gives its window to every column. A column with no window
 * after the vote anywhere cannot be read (the year is the election's, not the calendar year's).
 */
import type { TableColumn, TextTable } from './tables.ts';

/** A row label that is a year. */
export const YEAR_LABEL = /^(?:19|20)\d\d$/;
/** The first column names elections. */
export const ELECTIONS = /\b(?:elections?|votes?|midterms?|presidential)\b/i;
/** "Russell 2000, month after", "S&P 500 (3 months after)", "IWM: week after vote". */
const AFTER =
  /^(.*?)[\s,;:(–—-]*\b(?:in\s+the\s+)?((?:\d{1,2}|one|two|three|four|five|six)[- ]?)?(day|session|week|month|year)s?\s+after(?:\s+(?:the\s+)?(?:vote|election))?\)?\s*$/i;

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
  const m = AFTER.exec(column.header) ?? captionWindow(table, column.header);
  if (!m?.[1].trim())
    return {
      why: `a table of elections whose column names no window after the vote (${JSON.stringify(column.header)}): say "month after", "week after"`,
    };
  const n = m[2] ? `${m[2].replace(/[- ]$/, '')} ${m[3]}s` : m[3];
  const kind = /midterm/i.test(table.columns[0].header) ? 'midterm election' : 'election';
  return { sentence: `${m[1].trim()} ${verb} ${value} in the ${n} after the ${label} ${kind}.` };
}
