/**
 * The words ./not-a-claim.ts reads around a number: a definition's threshold, a valuation, trading volume,
 * an outlook reported in the past, an intraday extreme ("as much as"), a peak given back, and a forecast's modal
 * or outlook ("could rise", "analysts expect", "by year-end") and the per cents that are no returns (yields,
 * inflation, but not "an inflation report") and amounts that are no flows (market values, prices, a cut-off in
 * dollars; moved from ./not-a-claim.ts).
 */
import { DATE_RE } from './dates.ts';
import { flowGrowth } from './flow-claim.ts';
import { HEDGE } from './hedges.ts';
import type { Quantity } from './numbers.ts';
import { VOLATILITY_WORDS } from './record-words.ts';

/**
 * A threshold that defines a market's state, not a move measured: "the 20% threshold that defines a bear
 * market", "a 10% drop, the usual definition of a correction", "the 20% mark that signals a bull market", "the 10%
 * decline that marks a correction".
 */
export const DEFINITION =
  /^\s*(?:(?:threshold|mark|line|cut-?off|rule)\b|(?:decline|drop|fall|slide|rise|gain|rally|move)\b(?=[^.;]{0,50}\b(?:definition\s+of|(?:that|which)\s+(?:\w+\s+)?(?:defines?|marks?|signals?|confirms?|constitutes?|denotes?))\b))[^.;]{0,50}?\b(?:(?:that|which)\s+(?:\w+\s+)?(?:defines?|marks?|signals?|confirms?|constitutes?|denotes?)|definition\s+of)\s+(?:an?\s+|the\s+)?(?:(?:new|technical|official)\s+)?(bear\s+market|bull\s+market|correction|crash|rally)\b/i;
/** A definition named before its number: "by the common definition of a 20% rise", "defined as a 20% drop". */
const DEFINED_BY =
  /\b(?:(?:by|under|using|on)\s+(?:the|a|its|one|any)\s+(?:[\w-]+\s+){0,2}?definition\s+of|defined\s+as)\s+(?:an?\s+)?$/i;
const STATE = /\b(bear\s+market|bull\s+market|correction|crash)\b/i;

/**
 * The definition a number is the threshold of: after it ("the 20% threshold that defines a bear market") or
 * before it ("in a bull market by the common definition of a 20% rise from a recent trough", the state named
 * in the sentence), with the words that say so.
 * @example definitionAt('… in a bull market by the usual definition of a 20% rise.', q, end) // { quote: 'by the usual definition of a 20%', state: 'bull market' }
 */
export function definitionAt(
  t: string,
  q: { start: number; end: number },
  end: number,
): { quote: string; state: string } | undefined {
  const after = DEFINITION.exec(t.slice(q.end, end));
  if (after) return { quote: t.slice(q.start, q.end) + after[0], state: after[1] };
  const by = DEFINED_BY.exec(t.slice(0, q.start));
  if (!by) return undefined;
  const state = STATE.exec(t.slice(0, q.start)) ?? STATE.exec(t.slice(q.end));
  return state ? { quote: t.slice(by.index, q.end), state: state[1] } : undefined;
}

/** A valuation gap: "a 30% discount to large caps", "a 12% premium"; its words before: "a forward P/E …". */
export const VALUE_AFTER = /^\s*(?:[\w-]+\s+)?(discount|premium)\b/i;
export const VALUE_BEFORE =
  /\b(P\/E|p\/e|price[- ]to[- ](?:earnings|book|sales)|valuations?|(?:earnings|valuation)\s+multiples?)\b[^;]{0,40}$/;
/** "Volume in IWM was 40% above its average", "turnover rose 50%": trading activity, not a price. */
const VOLUME_BEFORE = /\b(?:trading\s+)?(?:volumes?|turnover|shares\s+traded)\b/i;
/** Flows as what "doubled" or "halved" ("Inflows into IWM doubled to $2bn"): the words up to the verb, no break. */
const FLOWS_GREW = /\b(?:net\s+)?(?:in|out)?flows?\b[^.;,]{0,50}$/i;

/**
 * Why the number before it (`head`: its clause up to the number) is a volume's or a flow's growth, not a
 * return, or undefined: "trading volume rose 40%", "Inflows into IWM doubled to $2bn" (the $2bn is read).
 */
export function growthNotReturn(head: string, q: Quantity, words: string): string | undefined {
  const volume = VOLUME_BEFORE.exec(head);
  if (volume)
    return `not a return (trading volume, ${words}, "${volume[0]}"): capgap checks returns, closes and flows, not volumes`;
  if (q.fraction && FLOWS_GREW.test(head)) return flowGrowth(words);
  return undefined;
}
/** An outlook someone gave, in the past tense, after the number: "after the Fed signalled … next year". */
export const REPORTED =
  /\b(?:after|as|when|because)\b[^;]{0,60}\b(?:signall?ed|said|projected|predicted|forecast|pencill?ed\s+in|flagged|indicated|warned|penciled|guided|cut\s+(?:its|their)\s+(?:forecast|outlook|projections?))\b/i;
/** A past tense in the clause, and words of a forecast (a "by the end of …" horizon is reached or ahead). */
export const PAST =
  /\b(?:was|were|rose|fell|gained|lost|closed|ended|finished|stood|returned|beat|trailed|lagged|led)\b/i;
export const FUTURE =
  /\b(?:will|would|could|might|may|should|expects?|expected|sees?|forecasts?|target|on\s+track|projected)\b/i;
/**
 * "rose as much as 4%", "was down as much as 2%", "having traded as much as 10% above it", "after rising as much
 * as 2.1% following the decision": an intraday extreme.
 */
export const AS_MUCH_AS =
  /\b(?:rose|risen|rising|gained|gaining|jumped|jumping|climbed|climbing|surged|surging|rallied|rallying|added|adding|advanced|advancing|fell|fallen|falling|dropped|dropping|slid|sliding|sank|sinking|lost|losing|shed|shedding|tumbled|tumbling|declined|declining|up|down|traded|trading|stood)\s+(?:by\s+)?as\s+much\s+as\s+$/i;
/**
 * "as much as 9.9% at its Nov. 25 close", "as much as 10% at its Nov. 25 peak": the highest close, on the
 * day named, not an intraday extreme.
 */
export const AT_DATED_CLOSE = new RegExp(
  `^\\s+(?:at|on)\\s+(?:its|their|the)\\s+(?:${DATE_RE})(?:['’]s)?\\s+(?:record\\s+)?(?:close|closing\\s+(?:high|level|peak)|peak|high)\\b(?!\\s+intraday)`,
  'i',
);
/** "jumped 2.1% on Wednesday before giving back its gains", "rose 2% before paring gains to close up 0.3%". */
export const GAVE_BACK =
  /^[^,;]{0,40}?\bbefore\s+(?:giving\s+back|handing\s+back|surrendering|paring|trimming|erasing|reversing|fading|relinquishing)\b([^;.]{0,60})/i;

/** A central bank's move right before the number: "cut rates by half a percentage point", "raised its key rate by 0.25 points". */
export const RATE_MOVE = new RegExp(
  String.raw`\b(?:cut|cuts|cutting|raised|raises|raising|lowered|lowers|lowering|hiked|hikes|hiking|lifted|lifts|reduced|trimmed|slashed|eased)\s+(?:(?:its|their|the|interest|borrowing|policy|benchmark|key|overnight|lending)\s+){0,3}(?:rates?|costs)\s+(?:by\s+)?(?:(?:another|a\s+further|an?\s+(?:outsized|jumbo|larger-than-usual))\s+)?${HEDGE}$`,
  'i',
);

/** A rate's move named right after its size in points: "a half-point cut", "a 25-basis-point hike". */
export const RATE_AFTER = /^[\s-]*(?:(?:interest[- ])?rate\s+)?(?:cut|hike|increase|reduction|rise)s?\b/i;

/** A rate's move right before a record phrase: "raised rates for the", "cut its key rate for the". */
export const RATE_RECORD =
  /\b(?:raised|raises|cut|cuts|hiked|hikes|lowered|lowers|lifted|slashed)\s+(?:(?:its|their|the|interest|benchmark|key|policy)\s+){0,3}rates?\s+(?:(?:for|by)\s+the\s+|by\s+the\s+most\s+)?$/i;
/** A modal or an expectation: "could", "will", "expects … to", "is expected to", "forecasts". */
const MODAL = String.raw`(?:could|might|may|would|will|should|expects?\s+[\w\s-]{0,30}?\s+to|forecasts?|predicts?|(?:is|are)\s+expected\s+to)`;
/** A modal or expectation before the verb: "could rise", "is expected to". */
export const FORECAST = new RegExp(String.raw`\b${MODAL}\s+(?:[\w-]+\s+){0,2}$`, 'i');
/** A forecast's words anywhere in the clause before an elided leg ("expect small caps to return 12% in 2025"). */
export const LEG_FORECAST = new RegExp(String.raw`\b${MODAL}\s`, 'i');
/** A horizon or an outlook anywhere in the clause: "by year-end", "we see …", "next year", "a price target". */
export const OUTLOOK =
  /\b(?:by\s+(?:the\s+)?(?:year[- ]end|end\s+of\s+(?:the\s+|next\s+|this\s+)?(?:year|quarter|month|decade))|(?:we|analysts|strategists|economists)\s+(?:see|expect|forecast|project|predict)|price\s+target|year[- ]end\s+target|(?:\d{1,2}|twelve|six)[- ]month\s+target|(?:our|their|its|a)\s+target\s+for|next\s+year|in\s+the\s+coming\s+(?:days|weeks|months|year))\b/i;
/** News about a measure, a move's cause: "a cooler-than-expected inflation report", "strong earnings season". */
const NEWS = String.raw`\s+(?:reports?|data|figures?|numbers?|prints?|readings?|news|releases?|fears?|worries|concerns?|scares?|surprises?|season|beats?)`;
/** Things measured in per cent that are not returns: a clause about them makes no claim capgap checks. */
export const NOT_A_RETURN = new RegExp(
  String.raw`\b(t[- ]stat(?:istic)?s?|t[- ]values?|p[- ]values?|z[- ]scores?|${VOLATILITY_WORDS}|yields?|interest\s+rates?|valuations?|earnings(?!${NEWS})|multiples?|tariffs?(?!\s+(?:announcements?|news|shocks?|plans?|threats?|war|fears?|rout|turmoil|jitters|deals?|pause|escalation|tensions?|uncertainty|sell-?off|blitz|salvo))|stake|inflation(?!${NEWS})|unemployment(?!${NEWS})|gdp(?!${NEWS})|margins?|short\s+interest|weighting|probability|odds|approval|expense\s+ratios?|sterling|the\s+(?:pound|euro|yen|dollar|yuan)|exchange\s+rates?|fees?|(?<!\b(?:leading|led|leads?|spearheading)\s+the\s+)charges?|charging|costs?|(?:benchmark|policy|key|federal\s+funds|funds|deposit|bank|lending|mortgage)\s+rates?|target\s+range|futures|shares\s+outstanding|market\s+share|turnover|(?<!\b(?:size|small[- ]cap|small[- ]firm|small[- ]stock)\s)premium|discount|(?<!\b(?:including|excluding|with|without|plus|reinvesting|reinvested)\s+(?:reinvested\s+)?)dividends?(?!\s+reinvested)|chances?|bid[-/\s](?:ask|offer)\s+spreads?|tracking\s+(?:error|difference)|aum|assets\s+under\s+management|(?:(?<=['’]s\s)|(?<=\b(?:its|their)\s))(?:total\s+|net\s+)?assets)\b`,
  'i',
);

/** Money that is a stock or a price, not a flow: assets, market value ("wiped $5 trillion off the value of"), a commodity's price. */
const NOT_A_FLOW_AFTER =
  /^\s*(?:\w+\s+){0,1}?(in\s+(?:net\s+)?assets|of\s+(?:net\s+)?assets|in\s+market\s+value|a\s+barrel|an\s+ounce|a\s+share|per\s+share|a\s+tonne|a\s+ton|of\s+(?:U\.?S\.?\s+|government\s+|long-term\s+)?(?:treasuries|treasury\s+(?:bonds|securities)|bonds|gilts|government\s+debt|mortgage[- ]backed\s+securities)|(?:in|of)\s+(?:bond|asset|debt)[- ](?:purchases|buying)|(?:to|from|off)\s+(?:the\s+)?(?:combined\s+|total\s+)?(?:market\s+)?(?:value|cap(?:itali[sz]ation)?))\b/i;
const FLOWED_ASSETS =
  /^\s*(?:in|of)\s+(?:net\s+)?assets\s+(?:through|via|to|in|from|on)\s+(?:net\s+)?(?:outflows|redemptions|withdrawals|inflows|creations)\b/i;
const NOT_A_FLOW_BEFORE =
  /\b(assets|market\s+values?|market\s+caps?(?:itali[sz]ations?)?|worth|valued\s+at|priced\s+at|price|traded\s+at|trading\s+at)\b[^$£€]{0,30}$/i;

/**
 * Why an amount of money (`words`, between the clause's words before it, `head`, and after it) is no flow: a
 * stock of assets, a market value, a price; a size cut-off in dollars ("Stocks with market values below $2
 * billion"); else undefined.
 * @example notAFlow('a market value of ', '', '"$2bn"') // 'not a flow (market value): "$2bn"'
 */
export function notAFlow(head: string, after: string, words: string): string | undefined {
  // ("IWM shed $1.2 billion of assets through outflows": assets that flowed, a flow.)
  if (FLOWED_ASSETS.test(after)) return undefined;
  const why = NOT_A_FLOW_AFTER.exec(after)?.[1] ?? NOT_A_FLOW_BEFORE.exec(head)?.[1];
  const cut =
    /^market\s+(?:value|cap)/i.test(why ?? '') &&
    /\b(?:below|under|above|over|less\s+than|more\s+than)\s+$/i.test(head);
  if (cut)
    return `a size cut-off in dollars (${words}): capgap's size groups rank stocks by size (deciles, quintiles, terciles), with no dollar cut-off; name one`;
  return why ? `not a flow (${why}): ${words}` : undefined;
}

/**
 * A web page's live quote beside a name, its change when the page loaded: "The Russell 2000 (RUT -1.35%) hit …",
 * "Vanguard Small-Cap ETF (VB +0.52%)": a ticker and a signed change to two decimals alone in brackets.
 */
export const LIVE_QUOTE = /\(\s*\^?[A-Z]{1,5}\s+$/;
export const LIVE_CHANGE = /^[-+\u2212]\d{1,2}\.\d\d%$/;

const CONVERTED =
  /\b(?:on\s+an?\s+(?:us\s+)?dollar\s+basis|in\s+(?:(?:us\s+)?dollar|common[- ]currency)\s+terms|(?:measured|priced|converted)\s+(?:in|into)\s+(?:us\s+)?dollars)\b/i;

/**
 * The words that put a return in another currency than its index's ("On a dollar basis, the FTSE 100 is down
 * more than 8%", "…, or 11% in dollar terms", "or 10.6% in euro terms" of a dollar index): in the number's
 * clause, or opening the sentence; else undefined.
 * Only London's indexes, held in sterling: Kenneth French's regional data are in dollars ("European stocks lost
 * 8.8 per cent, measured in dollars" is read), and a region's return in its own currency is a subject capgap
 * does not hold (./region-subjects.ts: "cannot check").
 * @example convertedWords('On a dollar basis, the FTSE 100 is down 8%', 'the FTSE 100 is down 8%') // 'On a dollar basis'
 */
export function convertedWords(t: string, clause: string): string | undefined {
  const opener = /^[^,;]*,/.exec(t)?.[0] ?? '';
  const words = (CONVERTED.exec(clause) ?? CONVERTED.exec(opener))?.[0];
  if (words && /\bFTSE\b/i.test(t)) return words;
  // "In euro terms, the Russell 2000 has gained 10.5%": a US index in another money (a region's own is
  // ./region-subjects.ts's).
  const other = (FOREIGN.exec(clause) ?? FOREIGN.exec(opener))?.[0];
  return other && US_ONLY.test(t) && !ABROAD.test(t) ? other : undefined;
}

/** A US index or fund named, and an index or market abroad named. */
const US_ONLY = /\b(?:Russell|S&P|Nasdaq|Dow|IWM|IJR|SPY|VB|VTWO|U\.S\.|US)\b/;
const ABROAD = /\b(?:FTSE|Stoxx|STOXX|DAX|CAC|Nikkei|Topix|MSCI|Europe|European|Japan|Japanese|UK|British)\b/;

/** Another currency than the dollar: "in euro terms", "for sterling-based investors", "measured in yen". */
const FOREIGN =
  /\b(?:in\s+(?:euro|sterling|pound|yen|swiss[- ]franc)\s+terms|(?:measured|priced|converted)\s+(?:in|into)\s+(?:euros|pounds|sterling|yen)|for\s+(?:sterling|euro|pound|yen)[- ]based\s+investors|in\s+euros)\b/i;

/**
 * The words before a number that may name what it measures: not an aside's ("Small-cap stocks, which tend to be
 * more sensitive to borrowing costs, rose 1.5%", "VB, with its 0.05% fee, …"), nor those before a participle's
 * clause ("… as Treasury yields rose, leaving the index down 5.6%": the clause names the index).
 * @example ownWords('The Russell 2000 fell as yields rose, leaving the index down ') // ', leaving the index down '
 */
export function ownWords(head: string): string {
  const tail = head.search(
    /,\s+(?:leaving|taking|bringing|sending|putting|giving|lifting|dragging)\s[^,;]*$/i,
  );
  return head.slice(Math.max(0, tail)).replace(/,\s+(?:which|who|with\s+(?:its|their|an?))\b[^,;]*,/gi, ',');
}
