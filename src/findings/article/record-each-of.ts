/**
 * "In the month after each of the eight presidential elections from 1988 to 2016, the Russell 2000 beat the S&P
 * 500 five times": a tally over elections told set first (the window after each, how many, the first year),
 * the count after the subjects and their verb (../event-tally.ts checks it).
 */
import type { RecordPhrase } from '../claim-read.ts';
import type { RecordHit } from './records.ts';
import { afterEach, CARD, count, verbSide } from './streak-words.ts';

const EACH_HEAD = new RegExp(
  `\\b(?:in|during|over)\\s+the\\s+(?:${CARD}[- ])?(day|session|week|month|year)s?\\s+(?:after|following)\\s+each\\s+of\\s+the\\s+${CARD}\\s+(?:(?:us|u\\.s\\.|american)\\s+)?(?:(presidential|midterm)\\s+)?(?:elections|votes|midterms)\\b(?:\\s+(?:from|since|between)\\s+((?:19|20)\\d\\d)\\b(?:\\s+(?:to|and|through)\\s+(?:19|20)\\d\\d)?)?`,
  'i',
);
const TIMES = new RegExp(`^[^.;]*?\\b(?:${CARD}\\s+times|(twice|once))\\b`, 'i');

/**
 * The tally, or null when the sentence has no such set and count.
 * @example eachOfTimes('In the month after each of the eight presidential elections from 1988 to 2016, the Russell 2000 beat the S&P 500 five times.')?.record.tally // { hits: 5, of: 8, events: 'elections', after: { unit: 'month', n: 1 }, sinceYear: 1988 }
 */
export function eachOfTimes(text: string): RecordHit | null {
  const e = EACH_HEAD.exec(text);
  const tail = e && TIMES.exec(text.slice(e.index + e[0].length));
  if (!e || !tail) return null;
  const of = count(e[3]);
  const hits = tail[1] ? count(tail[1]) : tail[2] === 'once' ? 1 : 2;
  const direction = verbSide(text, e.index, e.index + e[0].length);
  if (!direction || !(hits >= 0 && hits <= of && of >= 1)) return null;
  const since = e[5] ? { sinceYear: Number(e[5]) } : {};
  const record = electionTally(e[0], e[0], { hits, of, after: afterEach(e[1], e[2]), ...since }, direction);
  // The set's words only: the subjects and the verb between it and the count are not the record's.
  return { start: e.index, end: e.index + e[0].length, record };
}

/**
 * A tally over elections as a record phrase: `hits` of the `of` elections (midterms when `set`, the words naming
 * them, says so) went `direction`; the record-tallies.ts forms build theirs here too.
 * @example electionTally('the last ten elections', 'in seven of the last ten elections', { hits: 7, of: 10 }, 'gain').tally?.events // 'elections'
 */
export function electionTally(
  set: string,
  words: string,
  t: Omit<NonNullable<RecordPhrase['tally']>, 'events'>,
  direction: 'gain' | 'loss',
): RecordPhrase {
  const events = /midterm/i.test(set) ? 'midterms' : 'elections';
  return { kind: 'streak', streak: 0, tally: { ...t, events }, direction, words };
}
