/**
 * A tally stated as a share of events: "Since 1980, the Russell 2000 has outperformed the S&P 500 in the three
 * months following an election about 60% of the time", "small caps rose in the month after the vote in 70% of
 * the last ten elections". The share is no return: it is how many of the elections went the verb's way, over
 * how many the data measure (../event-tally.ts), within the comparator its words make ("about 60%": 54–66%,
 * ./comparators.ts). The span covers the number, so it makes no claim of its own (./read-sentence.ts).
 * A share of days ("Small caps have outperformed the S&P 500 on 63% of trading days since Nov. 8") is a tally
 * of the sessions of the sentence's window (../record-tally.ts counts them).
 */
import type { RecordPhrase } from '../claim-read.ts';
import { comparatorFor, comparatorWordsBefore } from './comparators.ts';
import { MONTH_RE } from './dates.ts';
import { AFTER, LAST, SINCE } from './event-times.ts';
import type { RecordHit } from './records.ts';
import { afterEach, CARD, count, flowSide, verbSide } from './streak-words.ts';

/** "60% of the time", "in 70 per cent of cases", "in 70% of the last ten elections": a share of events. */
const SHARE = new RegExp(
  `\\b(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|per\\s?cent|percent)\\s+of\\s+(?:the\\s+time|(?:those\\s+|these\\s+|the\\s+)?(?:cases|instances|occasions)|(?:the\\s+|those\\s+)?(?:(?:past|last|previous|prior)\\s+${CARD}\\s+)?(?:(?:us|u\\.s\\.)\\s+)?(?:(?:presidential|midterm)\\s+)?(?:elections|votes|midterms))\\b`,
  'i',
);
/**
 * A share-of-events tally in a sentence, or null.
 * @example shareTally('Since 1980, the Russell 2000 has outperformed the S&P 500 in the three months following an election about 60% of the time')
 * // { record: { tally: { share: { stated: 60, comparator: approx 54–66 }, events: 'elections', sinceYear: 1980, after: { unit: 'month', n: 3 } } } }
 */
export function shareTally(text: string): RecordHit | null {
  const m = SHARE.exec(text);
  const a = AFTER.exec(text);
  if (!m || !a) return null;
  const since = SINCE.exec(text);
  const last = LAST.exec(text);
  if (!since && !last) return null;
  const at = m.index;
  const stated = Number(m[1]);
  const decimals = (m[1].split('.')[1] ?? '').length;
  const before = comparatorWordsBefore(text, at);
  const comparator = comparatorFor(stated, 0.5 * 10 ** -decimals, before?.words);
  const direction = flowSide(text, at, at + m[0].length) ?? verbSide(text, at) ?? 'gain';
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: {
      hits: Number.NaN,
      share: { stated, comparator },
      ...(last ? { of: count(last[1]) } : {}),
      events: /midterm/i.test(a[0]) ? 'midterms' : 'elections',
      after: afterEach(a[1], a[2]),
      ...(since && !last ? { sinceYear: Number(since[1]) } : {}),
    },
    direction,
    words: text.slice(before?.start ?? at, at + m[0].length),
  };
  const start = before?.start ?? at;
  return { start, end: at + m[0].length, record };
}

/** "on 63% of trading days", "in 70% of sessions": a share of the sessions of the sentence's window. */
const DAYS_SHARE =
  /\b(?:on|in)\s+(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+of\s+(?:the\s+|all\s+)?(?:trading\s+)?(?:days|sessions)\b/i;

/**
 * A share-of-days tally in a sentence, or null.
 * @example daysShare('Small caps have outperformed the S&P 500 on 63% of trading days since Nov. 8')
 * // { record: { tally: { hits: NaN, share: { stated: 63, … } }, period: 'day', direction: 'gain' } }
 */
export function daysShare(text: string): RecordHit | null {
  const m = DAYS_SHARE.exec(text);
  const direction = m && verbSide(text, m.index);
  if (!m || !direction) return null;
  const stated = Number(m[1]);
  const comparator = comparatorFor(stated, 0.5 * 10 ** -(m[1].split('.')[1] ?? '').length, undefined);
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: { hits: Number.NaN, share: { stated, comparator } },
    period: 'day',
    direction,
    words: m[0],
  };
  return { start: m.index, end: m.index + m[0].length, record };
}

/** "closed higher every day last week", "has risen on each session this month": every session of the window. */
const EVERY_DAY = new RegExp(
  `\\b(?:on\\s+)?(?:every|each)\\s+(?:single\\s+)?(?:trading\\s+)?(?:day|session)\\b(?=\\s+(?:last|this|since|so\\s+far|of\\s+the|in\\s+(?:the|${MONTH_RE})))`,
  'i',
);

/**
 * "The index closed higher every day last week": all the sessions of the sentence's window went one way (a
 * share of its days, 100%), or null.
 * @example everyDay('The index closed higher every day last week.')?.record.tally?.share?.stated // 100
 */
export function everyDay(text: string): RecordHit | null {
  const m = EVERY_DAY.exec(text);
  const direction = m && verbSide(text, m.index);
  if (!m || !direction) return null;
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: { hits: Number.NaN, share: { stated: 100, comparator: comparatorFor(100, 0.5, undefined) } },
    period: 'day',
    direction,
    words: m[0],
  };
  return { start: m.index, end: m.index + m[0].length, record };
}
