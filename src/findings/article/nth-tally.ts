/**
 * Tallies told by the latest period's place: "its 11th gain in 12 sessions", "the seventh decline in the past
 * nine weeks", "That is the sixth time in the past seven years that small caps have lagged large caps" (a
 * streak record with `tally` and streak 0, ../record-tally.ts; the other forms: ./record-tallies.ts).
 */
import type { RecordPhrase } from '../claim-read.ts';
import { ORDINALS } from './number-words.ts';
import type { RecordHit } from './records.ts';
import { CARD, count, DOWN, periodTally, sideOf, UNIT, unitPeriod, verbSide } from './streak-words.ts';

/**
 * "its 11th gain in 12 sessions", "the seventh decline in the past nine weeks", "the small-cap benchmark's ninth
 * gain in 14 sessions": the count is the last period's. A size may bound the moves counted: "its fourth
 * decline of more than 2.5% in eight sessions", "the third drop of 2% or more in five days", and with a size the
 * noun may be the one before ("Tuesday's gain was its second of more than 3% in four sessions").
 */
const NTH_IN = new RegExp(
  `(?:\\b(?:its|their|the|a)\\s+|(?<=\\w['’]s\\s))(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})(?:\\s+(?:(?:daily|weekly|monthly)\\s+)?(gains?|rises?|advances?|increases?|up\\s+days?|declines?|loss(?:es)?|drops?|falls?|down\\s+days?))?(?:\\s+of\\s+(more\\s+than\\s+|over\\s+|at\\s+least\\s+)?(\\d{1,2}(?:\\.\\d+)?)\\s*(?:%|per\\s?cent|percent)(\\s+or\\s+more)?)?\\s+in\\s+(?:the\\s+(?:past|last|previous|prior)\\s+)?${CARD}\\s+(?:trading\\s+)?${UNIT}`,
  'i',
);
/**
 * "That is the sixth time in the past seven years that small caps have lagged", "the third time in four weeks
 * the index has fallen": a tally whose count is the latest period's place, the verb after it its side.
 */
const NTH_TIME = new RegExp(
  `\\b(?:the|its|their)\\s+(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})\\s+time\\s+in\\s+(?:the\\s+)?(?:(?:past|last|previous|prior)\\s+)?${CARD}\\s+(?:trading\\s+)?(${UNIT.slice(1, -1)}|(?:calendar\\s+)?years?)\\b`,
  'i',
);
/** "its 11th gain in 12 sessions", "the seventh weekly decline in the past nine weeks", or null. */
export function nthIn(text: string): RecordHit | null {
  const nth = NTH_IN.exec(text);
  // "Tuesday's gain was its second of more than 3% in four sessions": the noun the sentence gave before.
  if (!nth || !(nth[2] || nth[4])) return null;
  const [hits, of, at] = [count(nth[1].replace(/(?<=\d)(?:st|nd|rd|th)$/i, '')), count(nth[6]), nth.index];
  // "its fourth decline of more than 2.5% in eight sessions": only moves beyond 2.5% count.
  const strict = /more|over/i.test(nth[3] ?? '') || !(nth[3] || nth[5]);
  const beyond = nth[4] ? { beyond: { pct: Number(nth[4]), inclusive: !strict } } : {};
  if (hits >= 1 && hits <= of) {
    const direction = DOWN.test(nth[2] ?? text.slice(0, at)) ? 'loss' : 'gain';
    const record: RecordPhrase = {
      kind: 'streak',
      streak: 0,
      tally: { hits, of, ...beyond },
      direction,
      words: nth[0],
    };
    record.period = /weekly/i.test(nth[0])
      ? 'week'
      : /monthly/i.test(nth[0])
        ? 'month'
        : (unitPeriod(nth[7]) ?? 'day');
    return { start: at, end: at + nth[0].length, record };
  }
  return null;
}

/**
 * "only its second loss of the year", "the index's 10th gain this month", "its third weekly decline so far this
 * year": the claimed period's place among the year's (month's, week's) periods so far (`soFar`).
 */
const NTH_OF = new RegExp(
  `(?:\\b(?:its|their|the)\\s+|(?<=\\w['’]s\\s))(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})\\s+(?:(daily|weekly|monthly)\\s+)?(gain|rise|advance|increase|up\\s+day|decline|loss|drop|fall|down\\s+day)\\s+(?:of\\s+the|this|so\\s+far\\s+this)\\s+(year|month|week)\\b`,
  'i',
);

/** "only its second loss of the year": a tally whose count is the year's (month's, week's) so far, or null. */
export function nthOf(text: string): RecordHit | null {
  const m = NTH_OF.exec(text);
  const hits = m ? count(m[1].replace(/(?<=\d)(?:st|nd|rd|th)$/i, '')) : 0;
  if (!m || !(hits >= 1)) return null;
  const adj: Record<string, 'day' | 'week' | 'month'> = { daily: 'day', weekly: 'week', monthly: 'month' };
  const period = m[2] ? adj[m[2].toLowerCase()] : 'day';
  const within = m[4].toLowerCase() as 'week' | 'month' | 'year';
  if (period === within) return null; // "its third weekly gain of the week" counts nothing
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: { hits, soFar: within },
    period,
    direction: DOWN.test(m[3]) ? 'loss' : 'gain',
    words: m[0],
  };
  return { start: m.index, end: m.index + m[0].length, record };
}

/** "for the fourth year in five", "the third week out of four": the noun is the unit counted. */
const NTH_PERIOD = new RegExp(
  `\\b(?:the|its|their|a)\\s+(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})\\s+(year|month|week|quarter|session|day)\\s+(?:in|out\\s+of)\\s+(?:the\\s+)?(?:(?:past|last|previous|prior)\\s+)?${CARD}\\b(?:\\s+(?:trading\\s+)?(?:years|months|weeks|quarters|sessions|days)\\b)?`,
  'i',
);

/**
 * "the sixth time in the past seven years that small caps have lagged large caps", "the fourth year in five", or
 * null.
 */
export function nthTime(text: string): RecordHit | null {
  const t = NTH_TIME.exec(text);
  const p = t ? null : NTH_PERIOD.exec(text);
  const hit = t ?? p;
  if (!hit) return null;
  const [words, nth, ofWords, unit] = t ? [t[0], t[1], t[2], t[3]] : [hit[0], hit[1], hit[3], `${hit[2]}s`];
  const [hits, of] = [count(nth.replace(/(?<=\d)(?:st|nd|rd|th)$/i, '')), count(ofWords)];
  // The side: the verb before the words, else the one of the clause they open ("… that small caps have lagged").
  const direction = verbSide(text, hit.index, hit.index + words.length) ?? sideOf(text, hit.index);
  if (!(hits >= 1 && hits <= of) || !direction) return null;
  const record = periodTally(hits, of, unit, direction, words);
  return { start: hit.index, end: hit.index + words.length, record };
}

/** "every year since 2021", "in each year since 2019": each calendar year from that one on. */
const EVERY_YEAR_SINCE = /\b(?:in\s+)?(?:every|each)\s+(?:calendar\s+)?year\s+since\s+((?:19|20)\d\d)\b/i;

/**
 * "The Russell 2000 has trailed the S&P 500 every year since 2021": a tally of each full calendar year from
 * that one to the last before the article's (of them all), or null.
 * @example everyYearSince('has trailed the S&P 500 every year since 2021', 2024)?.record.tally // { hits: 3, of: 3 }
 */
export function everyYearSince(text: string, refYear?: number): RecordHit | null {
  const m = EVERY_YEAR_SINCE.exec(text);
  if (!m || !refYear) return null;
  const of = refYear - Number(m[1]);
  const direction = verbSide(text, m.index, m.index + m[0].length) ?? sideOf(text, m.index);
  if (!direction || of < 1 || of > 100) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    record: periodTally(of, of, 'years', direction, m[0]),
  };
}
