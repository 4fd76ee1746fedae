/**
 * A tally of one month of the year: "Small caps have outperformed in four of the past five Novembers", "the
 * Russell 2000 has risen in each of the last three Decembers". The last `of` such months through the last one
 * on or before the article's date (the record's `ofMonth`; ../record-streak.ts counts those months only).
 */
import type { RecordPhrase } from '../claim-read.ts';
import { MONTHS } from '../format.ts';
import { BY_VERB } from './record-tallies.ts';
import type { RecordHit } from './records.ts';
import { CARD, count, verbSide } from './streak-words.ts';

const MONTHS_TALLY = new RegExp(
  `(?:\\b(?:in|during)\\s+|${BY_VERB})(?:${CARD}|each)\\s+of\\s+the\\s+(?:past|last|previous|prior)\\s+${CARD}\\s+(${MONTHS.join('|')})s\\b`,
  'i',
);

/**
 * The tally of one month of the year a sentence states, or null.
 * @example monthTally('Small caps have outperformed in four of the past five Novembers.')?.record // { tally: { hits: 4, of: 5 }, period: 'month', ofMonth: 11, … }
 */
export function monthTally(text: string): RecordHit | null {
  const m = MONTHS_TALLY.exec(text);
  if (!m) return null;
  const of = count(m[2]);
  const hits = m[1] ? count(m[1]) : of;
  // "outperformed" with no verb of a side before the count: ahead.
  const direction = verbSide(text, m.index) ?? 'gain';
  if (!(of >= 1 && hits >= 0 && hits <= of)) return null;
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: { hits, of },
    period: 'month',
    ofMonth: MONTHS.findIndex((n) => n.toLowerCase() === m[3].toLowerCase()) + 1,
    direction,
    words: m[0],
  };
  return { start: m.index, end: m.index + m[0].length, record };
}
