/**
 * The words of a distance from a high or a low (./distance-claim.ts reads them): the lead ("below the record
 * high", "off Monday's close"), a moving average, a turn ("since bottoming in March"), what follows the noun
 * ("it hit on Nov. 25"), the words before a record phrase that make it a reference, a move back to it
 * ("would need to rise 2.1% to regain its record"), and "below it" for a high named before.
 */
import type { TextSpan } from '../claim-read.ts';
import { DATE_RE, MONTH_RE, WEEKDAY_POSS } from './dates.ts';
import { HEDGE } from './hedges.ts';

/** The words of a distance below ("below", "off", "short of"); a move back to the reference ("to regain"). */
const BELOW = String.raw`(?:below|off|under|beneath|(?:short|shy)\s+of)`;
const BACK_TO = String.raw`(?:more\s+)?to\s+(?:regain|reclaim|reach|hit|return\s+to|get\s+back\s+to|match|retake|revisit|recover|top)`;
/** Whose high or low: "its", "the", "this year's", "Monday's". */
const OWNER = String.raw`(?:its|their|the|a|this\s+year['’]s|${WEEKDAY_POSS})`;
/**
 * "below the record high", "off its all-time high", "from their August low", "below Monday's record close", a
 * trader's "off its 2021 ATH" (all-time high); not "since the vote at its peak" (a return to the peak: ./peak-words.ts).
 */
export const LEAD = new RegExp(
  String.raw`^\s+(?:(${BELOW})|(above)|(?:away\s+)?from|since)\s+${OWNER}\s+((?:(?!(?:at|its|their|the)\s)[\w.,'-]+\s+){0,4}?)(high|peak|top|low|trough|bottom|record|ATH)s?\b(\s+(?:(?:closing\s+)?(?:high|low)|close|level))?`,
  'i',
);
/** "above its 50-day moving average", "below the 200-day average", "under its 200-DMA". */
export const MOVING =
  /^\s+(?:(below|under|beneath)|(above|over))\s+(?:its|their|the)\s+(?:closely\s+watched\s+)?(\d{2,3})[- ](?:day|session)\s+(?:simple\s+)?(?:moving\s+)?average\b|^\s+(?:(below|under)|(above|over))\s+(?:its|their|the)\s+(\d{2,3})-?DMA\b/i;
/** "since bottoming in March", "since hitting a low in March", "since peaking in February": a turn and when. */
export const SINCE_TURN =
  /^\s+since\s+(?:(bottoming|troughing|peaking|topping)(?:\s+out)?|(?:hitting|touching|reaching|setting|making)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(low|bottom|trough|high|peak|top))(?=\s)/i;
/**
 * What follows the noun and still names it: "it hit on Nov. 25", "set in November 2021", "of 2022", "of
 * 2,442.74 set on Nov. 8, 2021" (the close's level: ./level-claim.ts checks it).
 */
export const AFTER = new RegExp(
  `^\\s*(?:of\\s+\\$?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:points|pts))?\\s*)?(?:,\\s*)?(?:(?:which\\s+|that\\s+)?(?:it|they)\\s+)?(?:(?:hit|set|reached|touched|recorded|struck|notched)\\s+)?(?:on|in|of|from)\\s+(?:(?:late|early|mid)[- ]?\\s*)?(${DATE_RE}|${MONTH_RE}(?:\\s+\\d{4})?|\\d{4})`,
  'i',
);

/** "of its value", "in value", or a move's noun before the reference ("rally from its August low"). */
export const VALUE_OR_MOVE =
  /^\s+(?:of\s+(?:its|their)\s+value|in\s+value|(?:rally|rebound|bounce|recovery|climb|advance|gain|rise|run-?up|surge|slide|fall|drop|decline|slump|retreat|sell-?off|pullback|loss)(?=\s+(?:from|off)\s))(?=\s)/i;

/** The words before a record phrase that make it a distance's reference ("3% below the record high"). */
export const REFERENCE = new RegExp(
  String.raw`\b(?:${BELOW}|above|from|within\s+\S+\s+of|${BACK_TO})\s+(?:its|their|the|a|${WEEKDAY_POSS})\s+(?:[\w.,'-]+\s+){0,4}$`,
  'i',
);

/** Where a high or a low may be named: the start of a reference phrase. */
export const REFERENCE_AT = new RegExp(
  String.raw`\b(?:${BELOW}|above|from|since)\s+(?:${OWNER}|bottoming|troughing|peaking|topping|hitting|touching|reaching|setting|making)\s`,
  'gi',
);

/**
 * "would need to rise 2.1% to regain its record", "needs to gain 2% more to reach its all-time high", "It would
 * take a 1% rally for the Russell 2000 to get back to its Nov. 25 peak": the distance as the move back to the
 * reference (a share of the close: `distanceBase: 'close'`, ./conventions.ts).
 */
export const NEED_BACK = new RegExp(
  String.raw`^\s+(?:(?:rally|gain|rise|advance|climb|rebound|bounce|jump)(?:\s+(?:for|in)\s+[^,;]{1,40}?)?\s+)?${BACK_TO}\s+(?=(?:its|their|the|a)\s)`,
  'i',
);

/** The verbs that carry a move on to its running total: "bringing", "taking", "trimming" … (./window-owned.ts too). */
export const TOTAL_VERB =
  '(?:bringing|taking|lifting|pushing|extending|leaving|putting|trimming|paring|cutting|reducing|deepening|boosting|swelling|narrowing|whittling)';

/**
 * A running total's reference before its number: "taking its loss from its January peak to 41%", "bringing
 * their gain since the October low to 22%"; a loss's noun (group 1) puts the close below the reference.
 */
export const RUNNING_FROM = new RegExp(
  String.raw`\b${TOTAL_VERB}\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:(loss(?:es)?|decline|drop|fall|slide|slump|retreat)|gains?|rally|rise|advance|rebound|climb)\s+((?:from|since)\s+(?:its|their|the)\s+[^,;]{0,40}?)\s+to\s+${HEDGE}$`,
  'i',
);

/** "below it", "above them": a pronoun for a high or a low, right after the number. */
export const IT = /^(\s+(?:below|above|under|off|beneath|short\s+of))\s+(?:it|them)\b/i;
/** A high or a low named earlier in the sentence: "its November 2021 record", "their Nov. 25 peak". */
export const EARLIER_EXTREME =
  /\b(?:its|their)\s+(?:[\w.,'’-]+\s+){0,4}?(?:record|high|peak|top|low|trough|bottom)s?(?:\s+(?:high|low|close|closing\s+high|level))?\b(?!.*\b(?:its|their)\s+(?:[\w.,'’-]+\s+){0,4}?(?:record|high|peak|low|trough)s?\b)/i;

/** True when "below it" after `q` points back to a high or low named before it in `t`. */
export const extremeIt = (t: string, q: TextSpan): boolean =>
  IT.test(t.slice(q.end)) && EARLIER_EXTREME.test(t.slice(0, q.start));
