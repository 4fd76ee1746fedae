/**
 * Words shared by the record phrases (./records.ts, ./record-eras.ts): the superlatives that open "the
 * widest … since", the words that make a record a loss ("its worst week", "the biggest outflow"), and the
 * "since" phrase itself ("the widest since Nov. 10, 2022", "its steepest drop since the 1987 crash").
 */
import type { RecordPhrase } from '../claim-read.ts';

/** After the news, as words write it: "post-election", "post-vote", "post-Brexit-vote", "post-Fed", "post-midterm". */
export const POST_EVENT = 'post[- ]?(?:election|vote|referendum|brexit(?:[- ]vote)?|midterms?|decision|fed)';

/**
 * The superlative of a "since" record, as a capturing group: "(widest|biggest|…)"; a first close past a level
 * ("its first close above 2,000 since April 2022") is one too (./record-first-time.ts `pastLevel`).
 */
export const SUPERLATIVE =
  '(widest|biggest|largest|strongest|best|worst|weakest|poorest|sharpest|steepest|deepest|narrowest|most|highest|lowest|first\\s+time|first\\s+(?:close|closing\\s+level|finish)\\s+(?:above|over|below|under|beneath)\\s+(?:\\d[\\d,]*(?:\\.\\d+)?|that\\s+(?:level|mark)))';

/** A record of a loss: the most negative ranks first. */
export const LOSS = /worst|weakest|poorest|loss|losses|fall|drop|decline|outflow|shortfall/i;

/** Up to ten words between the superlative and "since", none a form of "be" (the subject ends before it). */
export const WORDS_BEFORE_SINCE = "(?:(?!(?:is|was|are|were|be|been|being)\\b)([\\w&.’'-]+)\\s+){0,10}?";

/** "daily", "weekly", … before the noun: the period ranked. */
export const PERIOD_ADJECTIVE = '(?:(daily|weekly|monthly|quarterly|annual|one-day|single-day)\\s+)?';

/**
 * A volatility index's names: "volatility index", "volatility gauge", "VIX", "RVX", "fear gauge" (./sentence-status.ts
 * names a sentence of one; ./not-a-claim-words.ts `NOT_A_RETURN` a number of one).
 */
export const VOLATILITY_INDEX_WORDS = String.raw`(?:volatility\s+(?:index|gauge)|VIX|RVX|fear\s+gauge)`;
/** Volatility itself or an index of it: never the subject's return or close. */
export const VOLATILITY_WORDS = `(?:${VOLATILITY_INDEX_WORDS}|volatility)`;

/** Things whose record level is not the subject's close: rates, yields, currencies, commodities, volatility. */
export const OTHER_LEVEL = new RegExp(
  String.raw`\b(?:rates?|yields?|borrowing\s+costs|unemployment|inflation|${VOLATILITY_WORDS}|dollar|sterling|pound|euro|yen|oil|crude|gold|bitcoin|spreads?|valuations?|debt|margin\s+debt)\b[^,;.]{0,25}$`,
  'i',
);

/** A technical indicator's name: "RSI", "14-day relative strength index", "MACD" (./sentence-status.ts too). */
export const INDICATOR_WORDS =
  '(?:\\d+-day\\s+)?(?:RSI|relative\\s+strength(?:\\s+index)?|MACD|stochastic|Bollinger\\s+bands?|put[/-]call\\s+ratio)';

/**
 * A relative clause on such a thing before a record: "the stronger pound, which reached $1.35 for the first time
 * since"; or an index's indicator owning it: "The Russell 2000's RSI hit 78, its most overbought reading since 2020".
 */
export const OTHER_THING_CLAUSE = new RegExp(
  String.raw`\b(?:rates?|yields?|borrowing\s+costs|unemployment|inflation|${VOLATILITY_WORDS}|dollar|sterling|pound|euro|yen|oil|crude|gold|bitcoin)\s*,?\s+(?:which|that)\s+(?:[^,;.]|[.,](?=\d))*$|['’]s\s+(?:${INDICATOR_WORDS}|${VOLATILITY_WORDS}|P\/E|price[- ]to[- ]\w+|valuation)\b[^;]*$`,
  'i',
);

/**
 * A sentence led by a thing that is no equity ("Oil prices fell for a 12th straight day", "- The dollar hit a
 * 17-month high", "Treasury yields rose for a fifth day"): its record is not the article's subject's.
 */
export const OTHER_THING_HEAD = new RegExp(
  String.raw`^[\s\-–—•*\d.)]*(?:the\s+)?(?:(?:u\.s\.|us|brent|wti|spot|benchmark|10-year|two-year|30-year|treasury|government|bond)\s+)*(?:oil|crude|gold|silver|copper|bitcoin|dollar|euro|yen|pound|sterling|treasur(?:y|ies)|yields?|${VOLATILITY_WORDS}|(?:interest\s+)?rates?)\b`,
  'i',
);

/**
 * True when the record level at `at` (its words `words`) is not the subject's close: another thing's ("as the
 * Fed cuts rates to a record low", "the dollar at a record high") or the session's extreme ("after earlier
 * hitting an intraday record high of 3,645.99").
 * @example notACloseLevel('after hitting an intraday record high', 16, 'intraday record high') // true
 */
export function notACloseLevel(text: string, at: number, words: string): boolean {
  if (OTHER_LEVEL.test(text.slice(Math.max(0, at - 40), at))) return true;
  return /\bintraday\b/i.test(`${text.slice(Math.max(0, at - 20), at)} ${words}`);
}

/** A superlative's noun that is news, not a market's move: "the biggest U.S. bank failure since 2008". */
const NEWS_NOUN =
  /\b(?:failures?|bankruptc(?:y|ies)|bailouts?|layoffs?|job\s+(?:cuts|losses)|deficits?|inflation|unemployment|payrolls?|jobless|IPOs?|mergers?|takeovers?|hurricanes?|storms?|strikes?|shutdowns?|turnout|landslide|hike|cut)\s+since\b/i;

/**
 * A superlative before "since" that makes no record: "… by 1.2 points", "most of its", news ("the biggest U.S.
 * bank failure since 2008", `NEWS_NOUN`), and the other end of a size split ("how the smallest decile performs
 * against the largest after each election since 1980": the largest decile, a subject).
 * @example noRecord('the smallest decile against the largest since 1980', match) // true
 */
export function noRecord(text: string, m: RegExpMatchArray): boolean {
  if (/^\w+\s+by\s+[\d~]|^most\s+of\s/i.test(m[0]) || NEWS_NOUN.test(m[0])) return true;
  const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
  return (
    /^(?:largest|biggest)\b/i.test(m[0]) &&
    /\b(?:against|versus|vs\.?|with|than|and|to)\s+the\s+$/i.test(before) &&
    /\b(?:smallest|tiniest)\s+(?:\w+\s+)?(?:deciles?|quintiles?|terciles?|quartiles?|stocks|companies|firms|caps|shares)\b/i.test(
      text,
    )
  );
}

/** "since the 1987 crash", "since the 2008 financial crisis": that year. */
export const EPISODE =
  '(?:crash|crisis|financial\\s+crisis|recession|bear\\s+market|sell-?off|election|vote|referendum)\\b';

/** A month's name or its usual short form ("June", "Aug.", "Sept"): never a longer word ("marketing"). */
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/**
 * "widest … since 2008": up to ten words between, none a form of "be" (the subject ends before it); "since Nov.
 * 10, 2022", "since November of 2022", "since the week ended April 9", "since the five days ended April 9",
 * "since Franklin Roosevelt's first victory in 1932".
 */
export const SINCE = new RegExp(
  `\\b${SUPERLATIVE}\\s+${PERIOD_ADJECTIVE}${WORDS_BEFORE_SINCE}since\\s+(?:at\\s+least\\s+)?(?:the\\s+(?:start|beginning|end|middle|week|month)\\s+of\\s+|(?:early|late|mid)[- ]?|(?:[\\w.]+\\s+){0,2}[\\w.]+['’]s\\s+(?:(?:first|second|landslide|surprise)\\s+)?(?:victory|win|election|re-?election)\\s+in\\s+|the\\s+(?:week|(?:five|5)\\s+(?:trading\\s+)?(?:days|sessions))\\s+(?:ended|ending|to|through)\\s+)?(?:(${MONTH_NAME})\\.?(?!\\s+(?:be|have|not|well)\\b)(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?=,?\\s+\\d{4}\\b))?(?:,?\\s+(?:of\\s+)?(\\d{4}))?|(?:the\\s+(?=\\d{4}\\s+${EPISODE}))?(\\d{4})(?:(?<=the\\s+\\d{4})\\s+${EPISODE})?|(?:the\\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+of\\s+|Q([1-4])\\s+)(\\d{4}))\\b`,
  'gi',
);

/**
 * A record named by its noun: "a record inflow", "record highs", "an all-time low", "its highest close ever", "its
 * highest-ever close", "its highest ever" (a close's only after a close: ./records.ts), "its Oct. 28 record of
 * 6,890.89" (a dated close's, its level after it).
 */
export const RECORD_NOUN =
  /\brecord(?:[- ]breaking)?\s+(?:(daily|weekly|monthly)\s+)?(inflows?|outflows?|gains?|(?:closing\s+)?highs?|(?:closing\s+)?lows?|closes?|losses|intake)\b|\b(?:all[- ]time|life(?:time)?)\s+()((?:closing\s+)?highs?|(?:closing\s+)?lows?)\b|\b(?:its|their|the)\s+(?:highest|lowest)(?:\s+(close|closing\s+(?:level|high|low)|level|finish)\s+(?:ever|on\s+record)|[\s-]+ever\s+(close|closing\s+(?:level|high|low)|level|finish)|()\s+(?:ever|on\s+record|in\s+(?:its|their)\s+history))\b|(?<=\b(?:its|their|the)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s+)record()(?=\s+of\s+\$?\d)/gi;

/**
 * What a RECORD_NOUN match claims: a close's record (`level`: "a record high", "an all-time low", "its highest
 * close ever", "its highest-ever close"; ./record-level.ts) or a return's, a gain's or a loss's; null for
 * another thing's level ("the dollar at a record high"), an intraday one, or "its highest ever" with no close
 * before it (a close's record only after one: "closed at 2,590.61 on Dec. 11, its highest ever").
 */
export function nounRecord(text: string, m: RegExpMatchArray): Omit<RecordPhrase, 'words'> | null {
  const noun = m[2] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8];
  if (m[7] !== undefined && !/\b(?:clos|finish|settl)\w*\b/i.test(text.slice(0, m.index))) return null;
  const level =
    /^(?:closing\s+)?(?:high|low|close)s?$/i.test(noun) || (m[5] ?? m[6] ?? m[7] ?? m[8]) !== undefined;
  if (level && notACloseLevel(text, m.index ?? 0, m[0])) return null;
  const loss = LOSS.test(noun) || /^(?:closing\s+)?lows?$/i.test(noun) || /\blowest\b/i.test(m[0]);
  return {
    kind: loss ? 'worst-on-record' : 'best-on-record',
    ...(level ? { level: true } : {}),
    direction: loss ? 'loss' : 'gain',
  };
}
