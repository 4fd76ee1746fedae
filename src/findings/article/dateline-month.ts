/**
 * A document dated by its month alone: a fund's letter ("Annual Letter to Shareholders, January 2026"), a
 * monthly commentary ("Market Commentary | December 2025"), a line that is only "November 2024". It speaks as
 * of that month's end, the last day it can have been written on: "last month" is the month before, "on
 * Thursday" the last Thursday of the month, and a dated claim ("on April 8", "December 11") its latest
 * such day before then. Only the first three lines are looked at, each short, with no figure but the year, the
 * month after a separator (a comma, a dash, a bar, a colon, a parenthesis) or alone on its line.
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import { MONTH_RE, monthNumber } from './dates.ts';

const MONTH_LINE = new RegExp(
  `^[\\s*_]*(?:[^\\n%\\d]{0,80}?(?:,|\\s[-\u2013\u2014|:·]|\\())?\\s*(${MONTH_RE})\\s+((?:19|20)\\d\\d)\\)?[\\s*_]*$`,
  'i',
);

/**
 * The month a document's top lines date it by, as its last day and the words; undefined when none does.
 * @example monthDateline('Annual Letter to Shareholders, January 2026\n\nDear …') // { date: '2026-01-31', source: 'Annual Letter to Shareholders, January 2026', month: '2026-01' }
 */
export function monthDateline(text: string): { date: string; source: string; month: string } | undefined {
  const top = text
    .slice(0, 1500)
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 3);
  for (const line of top) {
    const m = line.length <= 100 ? MONTH_LINE.exec(line) : null;
    if (!m) continue;
    const month = `${m[2]}-${String(monthNumber(m[1])).padStart(2, '0')}`;
    return {
      date: fromDay(monthEnd(toDay(`${month}-01`))),
      source: unmark(line.trim()),
      month,
    };
  }
  return undefined;
}

/** A dateline's words without Markdown's emphasis marks; a handle's underscore stays ("Posted by u/rut_bull"). */
export function unmark(s: string): string;
export function unmark(s: string | undefined): string | undefined;
export function unmark(s: string | undefined): string | undefined {
  return s?.replace(/(?<!\w)[*_]+|[*_]+(?!\w)/g, '');
}
