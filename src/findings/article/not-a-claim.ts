/**
 * Numbers in a clause that make no claim capgap checks, and why: forecasts ("could rise 5%", "we see the
 * Russell 2000 rising a further 5% by year-end"), per cents that are not returns (yields, inflation,
 * valuations, expense ratios, shares outstanding …), levels ("climbed to 24 per cent"), and amounts of
 * money that are not flows (assets, prices, a central bank's bond buying: "$38 billion in assets", "$43.41 a
 * barrel", "$600 billion of Treasuries"); trading costs ("a bid-ask spread of 0.01%") are not returns; an intraday extreme
 * ("rose as much as 4%") and a fraction of another return ("a third more than") are unreadable, with why.
 * Each reason starts with "a forecast", "a counterfactual", "a hedge", "a definition", "not a return", "a level" or "not a flow": a sentence whose numbers
 * all have such reasons is "not a quantitative claim" (./read-sentence.ts).
 */

import type { TextSpan } from '../claim-read.ts';
import { NEED_BACK } from './distance-words.ts';
import { GAP_NOUN } from './gap-words.ts';
import { HEDGE, HEDGE_WORDS } from './hedges.ts';
import { interimExtreme } from './interim-extreme.ts';
import {
  convertedWords,
  definitionAt,
  FORECAST,
  FUTURE,
  growthNotReturn,
  LEG_FORECAST,
  LIVE_CHANGE,
  LIVE_QUOTE,
  NOT_A_RETURN,
  notAFlow,
  OUTLOOK,
  ownWords,
  PAST,
  RATE_AFTER,
  RATE_MOVE,
  REPORTED,
  VALUE_AFTER,
  VALUE_BEFORE,
} from './not-a-claim-words.ts';
import type { Quantity } from './numbers.ts';
import { AGAINST } from './quantity-words.ts';
import type { VerbHit } from './verbs.ts';

export { NOT_A_RETURN } from './not-a-claim-words.ts';

/**
 * Per cents whose noun follows them: "a 70% chance of winning", "90% effective", "52% of the vote", a test's
 * "at the 5% level", "95% confidence", a flow's "about 13% of its assets".
 */
const NOT_A_RETURN_AFTER =
  /^\s*(?:[\w-]+\s+)?(chances?|probability|odds|likelihood|effective|efficacy|turnout|majority|expense\s+ratio|fees?|(?:dividend\s+)?yield|stake|weighting|of\s+(?:the\s+)?(?:popular\s+)?votes?|of\s+voters|of\s+respondents|of\s+(?:its|their|the\s+fund['’]s|the\s+funds['’])\s+(?:total\s+|net\s+)?assets|(?:significance\s+)?level(?!\s+(?:since|in|on|of)\b)|confidence|significance)\b/i;
/** A weight in the market: "account for 4% of …", "make up 7% of the index", "4% of the stock market's value". */
const SHARE_OF =
  /\b(?:accounts?|accounted|accounting)\s+for\b|\bmak(?:e|es|ing)\s+up\b|\bmade\s+up\b|\bof\s+(?:the\s+)?(?:(?:US|U\.S\.|overall|total|broader|whole|entire)\s+)*(?:stock\s+|equity\s+)?market['’]s\s+(?:total\s+)?(?:value|capitali[sz]ation|cap)\b/i;
/** "78% of Russell 2000 members", "60% of stocks in the index": a share of an index's members. */
const BREADTH =
  /^\s+of\s+(?:the\s+)?(?:[\w&'’.-]+\s+){0,3}?(?:members|constituents|components|(?:stocks|shares|companies)(?:\s+in\s+the)?)\b/i;
/** A level, not a change: "climbed to 24 per cent" (not a hedge's "to": "rose close to 9%", "by up to 9%"). */
const LEVEL = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+){0,2}?(?:to|at)(?<!\b(?:${HEDGE_WORDS}))\s+${HEDGE}$`,
  'i',
);
/**
 * "5% off its high", "below the record high", "above its 2016 low", "26% below its Aug. 31 record close": a
 * distance from a peak or a trough.
 */
const PEAK =
  /^\s+(?:off|below|under|beneath|above|from)\s+(?:its|their|the)\s+(?:[\w.,-]+\s+){0,3}?(high|peak|top|low|trough|record)s?\b/i;
/** A move's nouns, for a running total ("its post-election surge to 10%"). */
const MOVE_NOUN =
  '(?:gains?|loss(?:es)?|advance|decline|rally|drop|fall|rise|slide|return|surge|jump|climb|run-?up|rebound|recovery|slump|rout|sell-?off|retreat|plunge|tumble)';
/**
 * A possessive's gain or loss as a noun ("its weekly gain", "the index's loss"), or one extended or pared
 * ("EXTEND RALLY TO 10%", "pared losses to 1%"), or one shrunk or grown ("Small caps' post-election gain has
 * shrunk to 0.4%", "its gain since the election rose to 9%", "the abnormal return rose to 8.1%"): "to X%" is its
 * running total.
 */
const RUNNING = new RegExp(
  String.raw`\b(?:its|their|the\s+[\w&.-]+(?:\s+\d+)?'s|[a-z]+s')\s+(?:[\w-]+\s+){0,2}?${MOVE_NOUN}$|\b(?:extend(?:s|ed|ing)?|pare[sd]?|paring|trim(?:s|med|ming)?|deepen(?:s|ed|ing)?|widen(?:s|ed|ing)?|bring(?:s|ing)?|brought|push(?:es|ed|ing)?)\s+(?:[\w-]+\s+){0,2}?${MOVE_NOUN}$|\b(?:gains?|loss(?:es)?|advance|decline|rally|rise|return)(?:\s+(?!(?:and|but|while)\b)[\w-]+){0,4}?\s+(?:has\s+|have\s+|had\s+)?(?:shrunk|shrank|narrowed|dwindled|(?:been\s+)?(?:pared|cut|trimmed|whittled)(?:\s+back|\s+down)?|grown|grew|widened|swelled|stretched|rose|risen|climbed|increased|fell|fallen|dropped|declined)$`,
  'i',
);
/** The writer's own book: "our model portfolio", "my fund", "our clients' accounts", "our small-cap sleeve". */
const OWN_BOOK =
  /\b(?:our|my)\s+(?:[\w'’-]+\s+){0,3}(?:portfolios?|funds?|sleeves?|strateg(?:y|ies)|holdings|book|model|picks|accounts)\b/i;
/** A fund's or an index's single member: "the fund's biggest holding", "its top constituent", "the largest stock in the index". */
const ONE_HOLDING =
  /\b(?:(?:its|their|the\s+(?:fund|index|etf|gauge|benchmark)['’]s)\s+(?:biggest|largest|top|No\.\s*1|smallest)\s+(?:holding|constituent|component|member|position|stock|weighting)|the\s+(?:biggest|largest|top|smallest)\s+(?:holding|constituent|component|member|stock)\s+(?:in|of)\s+(?:the\s+)?(?:fund|index|etf|gauge|benchmark|russell\s+2000|s&p\s+500))\b/i;
/**
 * Why the number `q` in clause `seg` of `t` is not a claim capgap checks, or undefined when it may be one.
 * @example notAClaim('the 10-year yield rose to 2.15%', q, seg, verb) // 'not a return (yield): "2.15%"'
 */
export function notAClaim(
  t: string,
  q: Quantity,
  seg: TextSpan,
  verb: VerbHit | undefined,
): string | undefined {
  const words = JSON.stringify(t.slice(q.start, q.end));
  const clause = t.slice(seg.start, seg.end);
  const live = LIVE_QUOTE.test(t.slice(0, q.start)) && LIVE_CHANGE.test(t.slice(q.start, q.end));
  if (live && /^\s*\)\s*\S/.test(t.slice(q.end)))
    return `a live quote (${words}): a web page's change beside the name when the page loaded, not the text's claim`;
  // "well past the 20% threshold that defines a bear market": a definition's number, not a move.
  const defines = definitionAt(t, q, seg.end);
  if (defines)
    return `a definition (${words}, "${defines.quote}"): the threshold of a ${defines.state.replace(/\s+/g, ' ')}, not a measured move`;
  // "Our model portfolio's small-cap sleeve is up 12.8%": the writer's own holdings, no public series.
  const book = OWN_BOOK.exec(t.slice(seg.start, q.start));
  if (book) return `a private portfolio (${words}, "${book[0]}"): its holdings are not public data`;
  // "The fund's biggest holding rose 12%": one company inside a fund or an index, not the fund.
  const one = ONE_HOLDING.exec(t.slice(seg.start, q.start));
  if (one)
    return `one holding (${words}, "${one[0]}"): capgap checks indexes, funds and size groups, not a single company`;
  // "trade at a 30% discount to large caps", "a P/E 25% below the S&P 500's", "volume 40% above average".
  // (A P/E level itself, "rose to 25.3", is no per cent: a level of something else, below.)
  const pct = q.unit === 'percent' || q.unit === 'pp';
  const valuation =
    VALUE_AFTER.exec(t.slice(q.end)) ?? (pct ? VALUE_BEFORE.exec(t.slice(seg.start, q.start)) : null);
  if (valuation)
    return `not a return (a valuation, ${words}, "${valuation[1]}"): capgap holds prices and returns, not earnings or valuations`;
  const growth = growthNotReturn(t.slice(seg.start, q.start), q, words); // "volume rose 40%", "inflows doubled"
  if (growth) return growth;
  const fx = pct ? convertedWords(t, t.slice(q.end, seg.end).split(/\d/)[0]) : undefined; // "… in dollar terms"
  if (fx)
    return `a return in another currency (${words}, "${fx}"): capgap holds each index in its own currency and converts none`;
  const modal = verb && FORECAST.exec(t.slice(seg.start, verb.start));
  // "expect small caps to return 12% in 2025, versus 8% for the S&P 500": the other leg of a forecast is one too.
  const before = t.slice(
    Math.max(t.lastIndexOf(',', seg.start - 1), t.lastIndexOf(';', seg.start - 1)) + 1,
    seg.start,
  );
  if (AGAINST.test(t.slice(seg.start, q.start)) && LEG_FORECAST.test(before))
    return `a forecast (${words}): not checkable against past data`;
  // "would have fallen 5%" (had the Fed moved): what did not happen, not a forecast.
  const modalWords = modal && verb ? `${modal[0]}${t.slice(verb.start, verb.end)}` : '';
  if (modal && /^(?:may|might)\s+have\b/i.test(modalWords))
    return `a hedge (${words}, "${modalWords}"): the writer does not state it as fact`;
  if (modal && /^\S+\s+have\b/i.test(modalWords))
    return `a counterfactual (${words}, "${modalWords}"): what would have happened cannot be checked`;
  // "would need to rise 2.1% to regain its record": how far it stands from it now (./distance-claim.ts).
  const need = /\bneeds?\s+to\s+$/i.test(modalWords.replace(/\S+$/, '')) && NEED_BACK.test(t.slice(q.end));
  if (modal && !need) return `a forecast (${words}): not checkable against past data`;
  const outlook = OUTLOOK.exec(clause);
  // "sank 4.4% after the Federal Reserve signalled fewer rate cuts next year": someone's outlook reported
  // after the number, which is the past move it caused.
  const reported =
    outlook && seg.start + outlook.index >= q.end && REPORTED.test(t.slice(q.end, seg.start + outlook.index));
  // "By the end of the month, the bottom decile was ahead by 8.6 points": a horizon already reached.
  const reached = outlook && /^by\s/i.test(outlook[0]) && PAST.test(clause) && !FUTURE.test(clause);
  if (outlook && !/\bhad\b/i.test(clause) && !reached && !reported)
    return `a forecast (${words}, "${outlook[0]}"): not checkable against past data`;
  const extreme = interimExtreme(t, q, seg);
  if (extreme) return extreme;
  const head = t.slice(seg.start, q.start);
  // "returned a third more than large caps": a fraction of the other's return, not a difference in points.
  const ratio = /^\s+(?:more|less|better|worse)\s+than\b/i.exec(t.slice(q.end, seg.end));
  if (ratio && /\b(?:tenth|fifth|quarter|third|half)\b/i.test(t.slice(q.start, q.end)))
    return `a ratio of returns (${JSON.stringify(t.slice(q.start, q.end) + ratio[0])}): capgap checks returns and their differences; state both returns`;
  // The noun right after the number first ("Futures traders price a 65% chance": a chance, not futures).
  const after = q.unit === 'percent' ? NOT_A_RETURN_AFTER.exec(t.slice(q.end, seg.end)) : null;
  if (after) return `not a return (${after[1].replace(/\s+/g, ' ')}): ${words}`;
  // "About 78% of Russell 2000 members rose on the day", "More than 90% of Russell 2000 stocks rose": breadth (how
  // many moved), not a size group's return.
  const breadth = q.unit === 'percent' ? BREADTH.exec(t.slice(q.end, seg.end)) : null;
  if (breadth && !/\b(?:smallest|largest|biggest|bottom|top|lowest|highest)\s+$/i.test(head))
    return `not a return (breadth: a share of an index's members, not their return): ${words}`;
  const own = ownWords(head); // not an aside's nouns, nor those before a participle's clause ("…, leaving the index")
  if (q.unit !== 'money' && NOT_A_RETURN.test(own))
    return `not a return (${NOT_A_RETURN.exec(own)?.[1]}): ${words}`;
  // (after the words above, which name it when they can) "since the Fed cut rates by half a percentage point on Sept. 18": the rate's change, not a return.
  // "as the Federal Reserve delivered a half-point cut", "a 25-basis-point hike": points or basis points of a rate.
  const rateAfter = q.unit !== 'percent' && q.unit !== 'money' && RATE_AFTER.test(t.slice(q.end, seg.end));
  if (RATE_MOVE.test(t.slice(seg.start, q.start)) || rateAfter)
    return `not a return (a rate change): ${JSON.stringify(t.slice(q.start, q.end))}`;
  // "Small caps now account for just 4% of the US stock market's total value, down from 8%", "accounted for
  // 40% of all US equity ETF inflows": a weight, a share of a whole.
  if (q.unit === 'percent' && SHARE_OF.test(own + t.slice(q.start, seg.end)))
    return `not a return (a share of a whole, not a change): ${words}`;
  const peak = PEAK.exec(t.slice(q.end, seg.end));
  // A per cent from a high or a low is a distance (./distance-claim.ts); points from one are not read.
  if (q.unit === 'pp' && peak)
    return `a distance from a ${peak[1].toLowerCase()} (${JSON.stringify(t.slice(q.start, q.end + peak[0].length))}): capgap checks changes over a stated period, not the fall from a peak or the rise from a trough`;
  // "bringing its weekly gain to 10.2%": a possessive's gain or loss "to" a number is the running total of a
  // change, not a level.
  const running = verb && RUNNING.test(t.slice(seg.start, verb.end));
  // "Tech lagged at +2.1%": a signed number is a change, and so is one a relative verb places.
  // A gap's level is a claim: "Small caps' lead over large caps shrank to 2 points".
  const signed =
    /^[-+\u2212]/.test(t.slice(q.start)) ||
    verb?.kind === 'relative' ||
    (q.unit === 'pp' && GAP_NOUN.test(head));
  if (
    q.unit !== 'money' &&
    verb &&
    verb.end <= q.start &&
    !running &&
    !signed &&
    LEVEL.test(t.slice(verb.end, q.start))
  )
    return `a level, not a change: ${JSON.stringify(t.slice(verb.start, q.end))}`;
  return q.unit === 'money' ? notAFlow(head, t.slice(q.end, seg.end), words) : undefined;
}
