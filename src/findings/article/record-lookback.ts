/**
 * Records over a short look-back: "its biggest inflow in a month", "the worst day in two weeks", "the index's
 * best day in a month" (a possessive before), "the most
 * in six months", "its best weekly showing in more than a year". The phrase says nothing about the whole
 * history, only that no period of the last month (weeks, days) was as large: a rank 1 among the periods
 * ending on or after the claimed period's end less the look-back (`kind: 'rank'`, `from`; read from the
 * article's date, then counted again from the claim's day by `rebaseLookback`), never "on record". Longer
 * look-backs in years ("the widest gap in eight years") stay "since YEAR" (./records.ts). A close "at a 52-week
 * high", "a fresh three-year low" is a level ranked first among the closes of its look-back.
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import type { RecordPhrase, TextSpan } from '../claim-read.ts';
import { monthsBefore } from './dates.ts';
import { LOOKBACK_WORDS } from './hedges.ts';
import { NOT_A_RETURN } from './not-a-claim.ts';
import { NUMBER_WORDS } from './number-words.ts';

const COUNT = `(a|an|one|\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const LOOKBACK = new RegExp(
  `(?:\\b(?:its|their|the)\\s+|(?<=\\w['’]s\\s+))(biggest|largest|widest|narrowest|strongest|best|worst|weakest|sharpest|steepest|deepest|heaviest|most|highest|lowest)\\s+(?:(daily|weekly|monthly|one-day|single-day)\\s+)?(?:([\\w-]+)\\s+){0,3}?in\\s+(?:(?:${LOOKBACK_WORDS})\\s+)?${COUNT}\\s+(day|session|week|month|year)s?\\b`,
  'gi',
);
/** The look-back's length at the end of a match ("in more than four years"), to read the period said before it. */
const IN_LENGTH = new RegExp(String.raw`\s+in\s+(?:(?:${LOOKBACK_WORDS})\s+)?\S+\s+\S+$`, 'i');
const LOOKBACK_ONE = new RegExp(LOOKBACK.source, 'i');
const ADJ: Record<string, RecordPhrase['period']> = {
  daily: 'day',
  'one-day': 'day',
  'single-day': 'day',
  weekly: 'week',
  monthly: 'month',
};
const NOUN = /\b(day|session|week|month)\b/i;
const LOSS = /worst|weakest|loss|losses|fall|drop|decline|outflow|slide|selloff|sell-off/i;

/** "a 52-week high", "a fresh three-year low", "its two-month closing high": a close ranked over the look-back. */
const HIGH_LOW = new RegExp(
  `\\b(?:a|an|its|their|the)\\s+(?:fresh\\s+|new\\s+)?${COUNT.replace('(a|an|one|', '(one|')}[- ](week|month|year)\\s+(?:closing\\s+)?(high|low)\\b`,
  'gi',
);
const HIGH_LOW_ONE = new RegExp(HIGH_LOW.source, 'i');

/** The first day an "N-week high" reaches back to from `end` (weeks as 7 days, months and years by calendar). */
function highLowFrom(m: RegExpMatchArray, end: string): string | undefined {
  const w = m[1].toLowerCase();
  const n = NUMBER_WORDS[w] ?? Number(w);
  if (!(n >= 1) || n > 600) return undefined;
  const unit = m[2].toLowerCase();
  return unit === 'week' ? fromDay(toDay(end) - 7 * n) : monthsBefore(end, unit === 'year' ? 12 * n : n);
}

/** The first day a look-back match reaches back to from `end`, or undefined ("in two years": ./records.ts). */
function lookbackFrom(m: RegExpMatchArray, end: string): string | undefined {
  const w = m[4].toLowerCase();
  const n = w === 'a' || w === 'an' ? 1 : (NUMBER_WORDS[w] ?? Number(w));
  const unit = m[5].toLowerCase();
  // "in more than a year": the last twelve months; "in two years" stays "since YEAR" (./records.ts).
  if (!(n >= 1) || (unit === 'year' && n > 1)) return undefined;
  return unit === 'month' || unit === 'year'
    ? monthsBefore(end, unit === 'year' ? 12 : n)
    : fromDay(toDay(end) - n * (unit === 'week' ? 7 : 1));
}

/**
 * A look-back record counted from the day the claim ranks (`end`) rather than the article's date: "jumped
 * 5.8% on Nov. 6, …, its biggest one-day gain in a year" in an article of Dec. 31 reaches back to Nov. 6
 * of the year before; "its worst month of the year" ranks within the claimed period's year.
 * @example rebaseLookback(record, '2024-11-06') // record.from === '2023-11-06'
 */
export function rebaseLookback(record: RecordPhrase, end: string): void {
  if (record.kind !== 'rank' || !record.words) return;
  // "December was its worst month of the year" in a January review: December's year.
  if (/\b(?:of\s+the\s+year|this\s+year)\b/i.test(record.words)) record.from = `${end.slice(0, 4)}-01-01`;
  const m = LOOKBACK_ONE.exec(record.words);
  const h = m ? null : HIGH_LOW_ONE.exec(record.words);
  const from = m ? lookbackFrom(m, end) : h ? highLowFrom(h, end) : undefined;
  if (from) record.from = from;
}

/**
 * The look-back records of a sentence dated `refDate`: each a rank 1 from `refDate` less the look-back
 * (months by calendar month, weeks as 7 days, days and sessions as calendar days).
 * @example lookbackRecords('IWM took in $1.1bn, its biggest inflow in a month', '2018-12-21')
 * // [{ record: { kind: 'rank', rank: 1, from: '2018-11-21', direction: 'gain', … } }]
 */
export function lookbackRecords(text: string, refDate?: string): (TextSpan & { record: RecordPhrase })[] {
  if (!refDate) return [];
  const out: (TextSpan & { record: RecordPhrase })[] = [];
  for (const m of text.matchAll(LOOKBACK)) {
    const from = lookbackFrom(m, refDate);
    if (!from) continue;
    // The ranked period: said before "in" ("its best week in a month"), else the claim's own.
    const noun = NOUN.exec(m[0].replace(IN_LENGTH, ''))?.[1].toLowerCase();
    const period = m[2] ? ADJ[m[2].toLowerCase()] : noun === 'session' ? 'day' : noun;
    out.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      record: {
        kind: 'rank',
        rank: 1,
        from,
        ...(period ? { period: period as RecordPhrase['period'] } : {}),
        direction: LOSS.test(m[0]) || /lowest|narrowest/i.test(m[1]) ? 'loss' : 'gain',
        // "its highest level (close) in more than a month": a close, ranked among the closes since.
        ...(/highest|lowest/i.test(m[1]) ? { level: true } : {}),
        words: m[0],
      },
    });
  }
  // "The Russell 2000 hit a three-year high": its close ranked first among the closes of the look-back.
  for (const m of text.matchAll(HIGH_LOW)) {
    const from = highLowFrom(m, refDate);
    // "The pound fell to a two-year low", "Treasury yields hit a 16-year high": no index's close.
    if (!from || NOT_A_RETURN.test(text.slice(0, m.index))) continue;
    const low = /low/i.test(m[3]);
    const record: RecordPhrase = {
      kind: 'rank',
      rank: 1,
      from,
      direction: low ? 'loss' : 'gain',
      level: true,
      words: m[0],
    };
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, record });
  }
  return out;
}
