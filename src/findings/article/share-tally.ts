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
import type { RecordHit } from './records.ts';
import { afterEach, CARD, count, flowSide, moveVerbs, verbSide } from './streak-words.ts';

/** "60% of the time", "in 70 per cent of cases", "in 70% of the last ten elections": a share of events. */
const SHARE = new RegExp(
  `\\b(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|per\\s?cent|percent)\\s+of\\s+(?:the\\s+time|(?:those\\s+|these\\s+|the\\s+)?(?:cases|instances|occasions)|(?:the\\s+|those\\s+)?(?:(?:past|last|previous|prior)\\s+${CARD}\\s+)?(?:(?:us|u\\.s\\.)\\s+)?(?:(?:presidential|midterm)\\s+)?(?:elections|votes|midterms))\\b`,
  'i',
);
/** "in the three months following an election", "in the month after the vote", "the week after elections". */
const AFTER = new RegExp(
  `\\b(?:in|during|over|for)\\s+the\\s+(?:${CARD}[- ])?(?:trading\\s+)?(day|session|week|month|year)s?\\s+(?:after|following)\\s+(?:an?\\s+|each\\s+|every\\s+|the\\s+)?(?:(?:us|u\\.s\\.)\\s+)?(?:(presidential|midterm)\\s+)?(?:elections?|votes?|midterms?)\\b`,
  'i',
);
/** The elections counted: "since 1980", "of the last ten elections". */
const SINCE = /\bsince\s+((?:19|20)\d\d)\b/i;
const LAST = new RegExp(
  `\\b(?:of|in|over)\\s+the\\s+(?:past|last|previous|prior)\\s+${CARD}\\s+(?:(?:us|u\\.s\\.)\\s+)?(?:(?:presidential|midterm)\\s+)?(?:elections|votes|midterms)\\b`,
  'i',
);

/**
 * "in the 12 months after every midterm election since 1946": each of them, since that year ("after each …"
 * is how a note defines its measure: "we looked at … in the month after each presidential election").
 */
const EVERY = new RegExp(
  `\\b(?:in|during|over)\\s+the\\s+(?:${CARD}[- ])?(?:trading\\s+)?(day|session|week|month|year)s?\\s+(?:after|following)\\s+every\\s+(?:(?:us|u\\.s\\.)\\s+)?(?:(presidential|midterm)\\s+)?(?:election|vote|midterm)\\s+since\\s+((?:19|20)\\d\\d)\\b`,
  'i',
);

/**
 * "Stocks have risen in the 12 months after every midterm election since 1946": a tally of all of them, its
 * side the verb's, or null (a number in the sentence is its own claim: "an average of 15% in the year after …").
 */
export function everyTally(text: string): RecordHit | null {
  const m = EVERY.exec(text);
  const direction = m && verbSide(text, m.index);
  if (!m || !direction || /\d\s*(?:%|per\s?cent|percent)/i.test(text)) return null;
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: {
      hits: Number.NaN,
      all: true,
      events: /midterm/i.test(m[0]) ? 'midterms' : 'elections',
      after: afterEach(m[1], m[2]),
      sinceYear: Number(m[4]),
    },
    direction,
    words: m[0],
  };
  return { start: m.index, end: m.index + m[0].length, record };
}

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

/**
 * "three times", "twice", "never", "in seven of nine cases", "7 times out of 11": how many of the events went
 * the verb's way, in words (and of how many: the events since the year, counted again by ../event-tally.ts).
 */
const TIMES = new RegExp(
  `\\b(?:${CARD}\\s+(?:times\\s+)?out\\s+of\\s+(?:the\\s+)?${CARD}(?:\\s+(?:times|cases|elections))?|${CARD}\\s+times|(twice|once|never)|in\\s+${CARD}\\s+of\\s+(?:the\\s+)?${CARD}\\s+(?:cases|instances|occasions|times))\\b`,
  'i',
);
const TIMES_WORDS: Record<string, number> = { twice: 2, once: 1, never: 0 };

/**
 * "The index has fallen in the month after a presidential election only three times since 1988", "Only twice
 * since 1988 has the index fallen in the month after …": a count of the events since a year (or of the last
 * N) whose window after went the verb's way, or null (a per cent in the sentence is a claim of its own).
 */
export function timesTally(text: string): RecordHit | null {
  const m = TIMES.exec(text);
  const a = AFTER.exec(text);
  const since = SINCE.exec(text);
  const last = LAST.exec(text);
  if (!m || !a || !(since ?? last) || /\d\s*(?:%|per\s?cent|percent)/i.test(text)) return null;
  const set = (last ?? since)!;
  const of = m[2] ?? m[6];
  // "Only twice since 1988 has the index fallen": the verb may come after the count.
  const verbs = moveVerbs(text);
  const direction =
    verbSide(text, m.index, m.index, verbs) ?? verbSide(text, text.length, text.length, verbs);
  if (!direction) return null;
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: {
      hits: count(m[1] ?? m[3] ?? m[5] ?? '') || (TIMES_WORDS[m[4]?.toLowerCase()] ?? 0),
      // "7 times out of 11", "in seven of nine cases": the events' count stated too (checked against the set).
      ...(last ? { of: count(last[1]) } : { sinceYear: Number(since![1]), ...(of ? { of: count(of) } : {}) }),
      events: /midterm/i.test(a[0]) ? 'midterms' : 'elections',
      after: afterEach(a[1], a[2]),
    },
    direction,
    words: `${m[0]} ${set[0]}`,
  };
  // The count's own words only: "Since 1988, the Russell 2000 has …" keeps its subject outside the record's span.
  return { start: m.index, end: m.index + m[0].length, record };
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
