/**
 * A record among one month of the year: "the widest for any November since 1980", "the best November on
 * record", "its strongest of any November": the ranked periods are months, only that month of each year.
 */
import { monthNumber } from './dates.ts';
import type { RecordHit } from './records.ts';

const NAME = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const OF_ANY = new RegExp(
  `\\b(?:for|of)\\s+(?:any|a|every)\\s+${NAME}\\b|\\b(?:best|worst|strongest|weakest|biggest|widest)\\s+${NAME}\\b`,
  'i',
);

/**
 * The hit with its month of the year when its words name one ("for any November"), else unchanged.
 * @example forAnyMonth(hit).record // { …, period: 'month', ofMonth: 11 }
 */
export function forAnyMonth(h: RecordHit): RecordHit {
  const m = OF_ANY.exec(h.record.words);
  if (!m) return h;
  const ofMonth = monthNumber(m[1] ?? m[2]);
  return { ...h, record: { ...h.record, period: 'month', ofMonth } };
}
