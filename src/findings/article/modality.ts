/**
 * How a sentence states its numbers, beyond what they measure (docs/report.md, "Reading articles"):
 * - a conditional with a future or modal main clause ("If the gap holds, small caps will post…", "Should
 *   the Fed move faster, small caps could give back 5%") is a forecast, not a claim of fact ("would have"
 *   is a past counterfactual and stays a claim);
 * - a negated verb ("has not fallen more than 2%", "did not gain 5%", "failed to beat … by") makes a
 *   negated claim: it is checked as the negation of the plain claim (../verdict-modes.ts);
 * - an intraday time ("As of 11:30 a.m.", "at midday", "in early trading") makes an intraday claim: the data
 *   hold daily closes, so it cannot be checked (the close is shown); 4 p.m. or later is the close;
 * - a ratio of returns ("three times as much as", "twice as fast") and an extreme over single sessions ("has
 *   not fallen more than 2% in a single session since …", ./single-period.ts) are not a period's return:
 *   unreadable, with why;
 * - a quotation is read like any sentence and its claims are attributed to the speaker ("said Jane Holt":
 *   ./attribution.ts).
 */
import type { TextSpan } from '../claim-read.ts';
import { MARK } from './footnote-marks.ts';
import { HEDGE } from './hedges.ts';
import { liveStamp } from './live-blog.ts';

export { singlePeriodReason } from './single-period.ts';

const IF_CLAUSE =
  /(?:^|[,;:]\s+|\s-\s+)(?:if|unless|assuming|provided|should\s+(?:the\s+)?[\w&.'-]+(?:\s+[\w&.'-]+){0,3}\s+(?:move|rise|fall|keep|continue|hold|stay|be|persist|go|raise|cut|hike)|were\s+[\w\s&.'-]{1,40}?\s+to)\b/i;
const MODAL =
  /\b(?:will|would|could|might|may|'ll|is\s+set\s+to|are\s+set\s+to|stands?\s+to)\b(?!\s+have\b)/i;

/**
 * Why the sentence is a conditional forecast, or undefined: a condition ("if", "unless", "should the Fed
 * move") and a modal main clause ("will", "would", "could"; not "would have").
 * @example conditionalReason('If the gap holds, small caps will post their best week since 2011.') // 'a conditional …'
 */
export function conditionalReason(t: string): string | undefined {
  const c = IF_CLAUSE.exec(t);
  if (!c) return undefined;
  const m = MODAL.exec(t);
  if (!m) return undefined;
  const cond = c[0].replace(/^[\s,;:-]+/, '').split(/\s+/)[0];
  return `a conditional ("${cond} … ${m[0]}"): a forecast, not a claim of fact`;
}

/** A yes/no question opens with an auxiliary ("Did the Russell 2000 rise 10%?"); a wh-question presupposes. */
const YES_NO = /^\s*(did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\s+[^?]*\?\s*$/i;
/**
 * A short question with no auxiliary and no comma but a number's ("Its best day in two years?", "A record?",
 * "Small caps up 5% this week?", "The Russell 2000 closed November at a record 2,434.73?", a forum's title
 * after its label, "R2K post-elex: best day in 2 years??"): it asks too. A
 * wh-question ("Why did small caps gain 10%?") presupposes its numbers, and a statement before a question ("Small
 * caps rose 5%; can it last?", "… closed up 1.5%, topping its record?") states.
 */
const FRAGMENT =
  /^(?![\s"“(]*(?:why|how|what|when|where|which|who|whose)\b)\s*(?:[^?:;%\n]{1,30}:\s+(?!(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b))?(?:[^\s?,;:—–]|(?<=\d),(?=\d))+(?:\s+(?:[^\s?,;:—–]|(?<=\d),(?=\d))+){0,11}\s*\?+["”’]?\s*$/i;

/**
 * Why a sentence is a yes/no question (it asks, it does not state), or undefined.
 * @example questionReason('Did the Russell 2000 rise 10% last week?') // 'a question ("Did …?") …'
 * @example questionReason('Its best day in two years?') // 'a question ("… ?") …'
 */
export function questionReason(t: string): string | undefined {
  const m = YES_NO.exec(t);
  if (m)
    return `a question ("${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()} …?"): it asks, it states no claim`;
  return FRAGMENT.test(t) ? 'a question ("… ?"): it asks, it states no claim' : undefined;
}

const NEGATION =
  /\b(?:not|never|no\s+longer|(?:did|does|do|has|have|had|was|were|is|are|could|would)n't|fail(?:s|ed)?\s+to)\s+(?:(?:yet|even|quite|really|actually|been|managed\s+to)\s+)*$/i;

/**
 * True when the verb starting at `verbStart` in clause `seg` is negated ("has not fallen", "failed to beat"),
 * for the number at `at`: not one an object's possessive owns ("has not outpaced the S&P 500's 4.3% gain"
 * states the 4.3%).
 * @example isNegated('The index has not fallen 2%', { start: 0, end: 27 }, 14) // true
 */
export function isNegated(t: string, seg: TextSpan, verbStart: number, at = verbStart): boolean {
  if (OWNED.test(t.slice(verbStart, at))) return false;
  return NEGATION.test(t.slice(seg.start, verbStart));
}

/** A possessive right before the number: "… the S&P 500's ", "… last year's ". */
const OWNED = /\S['’]s\s+(?:[\w-]+\s+){0,1}?$/;

const INTRADAY =
  /\b(?:as\s+of|at|by|around|shortly\s+(?:before|after))\s+(\d{1,2})(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?|noon)|\b(?:as\s+of|at|by|around)\s+(\d{1,2})[:.](\d{2})\s*(ET|EST|EDT|GMT|BST)\b|\b(?:at|around|by)\s+(?:mid-?day|mid-?morning|noon|lunchtime)\b|\bin\s+(?:early|late|mid-?day|morning|afternoon|intraday|late-morning|early-afternoon|late-afternoon)\s+(?:trading|trades?|deals|dealings)\b|\bin\s+the\s+(?:first|last|final)\s+(?:few\s+)?(?:minutes|hour|half[- ]hour)\s+of\s+(?:trading|trade|dealings)\b|\bintraday\b|\bat\s+(?:its|their|the)\s+(?:session|day's|intraday)\s+(?:high|low)s?\b/i;

/** "before the 2 p.m. ET announcement", "ahead of the 2:00 p.m. decision": a figure the news's hour splits. */
const NEWS_HOUR =
  /\b(?:before|ahead\s+of|after|following)\s+(?:the\s+)?(\d{1,2})(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?)\s*(?:(?:ET|EST|EDT)\s+)?(?:rate\s+|policy\s+|Fed\s+)?(?:announcement|decision|statement|release|report|data)\b/i;

/**
 * The intraday time words of a sentence ("As of 11:30 a.m."), or undefined (4 p.m. or later is the close).
 * @example intradayWords('As of 11:30 a.m., the Russell 2000 was up 2.6%') // 'As of 11:30 a.m.'
 */
export function intradayWords(t: string): string | undefined {
  // A live blog's entry stamp ("10:42 ET: Russell 2000 +2.1%"): before 4 p.m. (16:30 in London) it is intraday.
  const live = liveStamp(t);
  if (live) return live.intraday ? live.words : undefined;
  // "had been down about 1% before the 2 p.m. ET announcement": the figure before the news, within the session.
  const news = NEWS_HOUR.exec(t);
  if (news && (/^a/i.test(news[2]) || Number(news[1]) < 4 || Number(news[1]) === 12)) return news[0];
  const m = INTRADAY.exec(t);
  if (!m) return undefined;
  if (m[1] && /^p/i.test(m[2]) && Number(m[1]) >= 4 && Number(m[1]) < 12) return undefined;
  // "at 10:42 ET", "at 3:15 ET" (a trading hour: before 9 is the afternoon), "at 16.45 BST": the close or later is no intraday time.
  if (m[3]) {
    const h = Number(m[3]) < 9 ? Number(m[3]) + 12 : Number(m[3]);
    const close = /GMT|BST/i.test(m[5]) ? 16 * 60 + 30 : 16 * 60;
    if (h * 60 + Number(m[4]) >= close) return undefined;
  }
  return m[0];
}

/** A price within the day before a number: "an intraday high above ", "a session low of ", "as high as ". */
export const INTRADAY_PRICE =
  /\b(?:intraday|intra-day|session)\s+(?:record\s+)?(?:high|low|peak|top|bottom)\b[^,;]*$|\bas\s+(?:high|low)\s+as\s+$/i;

/** "… in early trading before closing at 2,392.92": the close's own number, not an intraday one. */
const CLOSED_AT = new RegExp(
  String.raw`\b(?:clos(?:ing|ed|es)|finish(?:ing|ed)|end(?:ing|ed)|settl(?:ing|ed))\s+(?:the\s+(?:day|session)\s+)?(?:at|up|down|higher|lower)\s+${HEDGE}$`,
  'i',
);

/** Between a number and later intraday words that do not reach it: "gained 1.17% to end at 3,550.50, after earlier hitting an intraday high". */
const ASIDE_AFTER =
  /^\s*(?:%|percent|points?)?\s*,?\s*to\s+(?:end|close|finish|settle)\b|[,;(—–]\s*(?:after|before|having|despite|though|even\s+as)\b/i;

/**
 * True when a sentence's intraday words (`intradayWords`) speak of number `q`: it is no close's own number
 * ("before closing at 2,392.92"), and they come before it, or after it with no close ("to end at") or aside
 * ("…, after earlier hitting an intraday record") between.
 * @example intradayReaches('The S&P 500 gained 1.2% to end at 3,550, after an intraday high', { start: 19, end: 23 }, 'intraday') // false
 */
export function intradayReaches(t: string, q: TextSpan, words: string): boolean {
  if (CLOSED_AT.test(t.slice(0, q.start))) return false;
  const at = t.indexOf(words);
  return at < q.end || !ASIDE_AFTER.test(t.slice(q.end, at));
}

const RATIO =
  /\bby\s+a\s+factor\s+of\s+(?:two|three|four|five|ten|\d+(?:\.\d+)?)\b|\b(?:twice|half|(?:two|three|four|five|ten|\d+(?:\.\d+)?)\s+times|\d+(?:\.\d+)?x)\s+(?:as\s+(?:much|fast|large|big|strong|steep|many)|more\s+than|the\s+(?:gain|return|rise|fall|drop|loss|pace|size))\b/i;
/** "accounted for a third of the gain", "took in half of the week's inflows": a fraction of a total. */
const SHARE = new RegExp(
  String.raw`\b(?:accounted\s+for|made\s+up|contributed|took\s+in|drew|attracted|captured)\s+${HEDGE}(?:(?:a|an|one|two|three)[\s-]+(?:tenth|fifth|quarter|third|half|thirds|quarters|fifths)|half)\s+of\b`,
  'i',
);

/**
 * Why a sentence without a number states a ratio of returns or a share of a total, or undefined.
 * @example ratioReason('The Russell 2000 rose three times as much as the S&P 500') // 'a ratio of returns …'
 */
export function ratioReason(t: string): string | undefined {
  const r = RATIO.exec(t);
  if (r)
    return `a ratio of returns ("${r[0]}"): capgap checks returns and their differences; state both returns`;
  const share = SHARE.exec(t);
  return share
    ? `a share of a total ("${share[0]}"): capgap checks returns, differences and flows, not their shares`
    : undefined;
}

const POINTS = /\b\d[\d,]*(?:\.\d+)?\s+(?:index\s+)?points\b/i;

/**
 * Why a sentence with no percentage, difference or amount is not a claim capgap checks, in a few words.
 * @example noNumberReason('The index ended the year up 222 points.', 'sentence') // 'index points ("222 points") …'
 */
export function noNumberReason(t: string, form: string): string {
  if (/^\s*(?:[*]|\[\d+\]|(?:sources?|notes?):)/i.test(t) || MARK.includes(t.trimStart()[0] ?? ' '))
    return 'a footnote or source note: it states conventions, not a claim';
  const neg =
    /\b(?:not|never|n't|failed\s+to)\s+(?:(?:yet|been|really)\s+)?(?:outperform|beat|outpac|lag|underperform|trail|rise|risen|gain|fall|fell)\w*/i.exec(
      t,
    );
  if (neg) return `a negation with no number ("${neg[0]}"): capgap checks stated numbers`;
  const p = POINTS.exec(t);
  if (p) return `index points ("${p[0]}"), not per cent: capgap checks returns in per cent`;
  return form === 'quote' ? 'a quotation with no number to check' : 'no number to check';
}

/**
 * Why a sentence whose numbers are no per cent states what capgap holds no data for, or undefined: a
 * valuation ("trade at about 15 times forward earnings") or a volume ("traded more than 100 million shares").
 * @example untrackedReason('Small caps trade at 15 times forward earnings.') // 'not a return (a valuation, "15 times forward earnings"): …'
 */
export function untrackedReason(t: string): string | undefined {
  const v = VALUATION.exec(t);
  if (v)
    return `not a return (a valuation, "${v[0]}"): capgap holds prices and returns, not earnings or valuations`;
  const vol = VOLUME.exec(t);
  if (vol)
    return `not a return (trading volume, "${vol[0]}"): capgap checks returns, closes and flows, not volumes`;
  return undefined;
}

const VALUATION =
  /\b\d+(?:\.\d+)?\s*(?:times|x)\s+(?:(?:forward|trailing|next\s+year['’]s|12-month|expected)\s+)?(?:earnings|profits|sales|revenue|book(?:\s+value)?|ebitda)\b|\b(?:forward\s+)?(?:P\/E|p\/e|price[- ]to[- ](?:earnings|book|sales))(?:\s+ratio)?\b/;
const VOLUME = new RegExp(
  String.raw`\btraded\s+${HEDGE}[\d.,]+\s*(?:million|billion|mn|m|bn)?\s+shares\b|\b(?:trading\s+)?volumes?\b[^.;]{0,40}\b(?:times|triple|double|average)\b`,
  'i',
);
