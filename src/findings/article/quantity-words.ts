/**
 * The words ./quantity-claim.ts reads around a stated number: nouns of gain and loss before it, "as
 * measured by", a pronoun or a left-out object after a comparative verb, "against", "for" (an amount's flow:
 * ./flow-claim.ts).
 */
import type { TextSpan } from '../claim-read.ts';
import { SHARE_WORDS } from './fraction-words.ts';
import { GAP_NOUN } from './gap-words.ts';
import { HEDGE, HEDGE_WORDS } from './hedges.ts';
import type { Quantity } from './numbers.ts';
import type { SubjectHit } from './subjects.ts';

/** "higher/lower than" a time or a close, not a subject: "a year ago", "before the vote", "its Nov. 9 close". */
export const THAN_TIME = String.raw`(?:(?:a|one|two|three|four|six)\s+(?:week|month|year)s?\s+(?:ago|earlier|before)|(?:at\s+)?the\s+(?:start|end|beginning)\s+of\b|before\s+the\s+(?:vote|election|referendum|decision|announcement|news|cut|hike|result)s?\b|(?:its|their|the)\s+(?:[\w.,'’-]+\s+){0,3}?(?:close|closing\s+level|level)\b)`;
/** "closed 3.2 per cent lower", "ended 2% higher", "sits 1.5% below its Nov. 5 close": the sign after the number. */
export const COMPARATIVE_AFTER = new RegExp(
  String.raw`^\s+(lower|higher|weaker|stronger|(?:below|under|beneath|above)(?=\s+(?:its|their|the|where\s+(?:it|they)\s+(?:closed|stood|ended|finished))\b))\b(?!\s+than\b(?!\s+${THAN_TIME}))`,
  'i',
);
/** A subject's lead or shortfall as a noun: "small caps' outperformance", "the decile's lead". */
export const LEAD_NOUN =
  /(?:'s|’s|s'|s’|\b[a-z]+-caps?)\s+(?:[\w-]+\s+){0,2}?(outperformance|underperformance|lead|edge|advantage|deficit|shortfall)\b|\b(ahead|behind)\s+by\b/i;

// "a loss of 1.2%", and a running total brought to a number: "paring the week's loss to 1.1%", "the Russell
// 2000's loss since the election has narrowed to 1.2%", "trimming its gain for the year to 4.8%".
export const NOUN_BEFORE = new RegExp(
  String.raw`\b(?:(gain|rise|advance|increase|jump|rally|return|loss|fall|drop|decline|slide|inflow|outflow)(?:es|s)?\s+of|(gain|advance|rally|loss|fall|drop|decline|slide)(?:es|s)?(?:\s+(?:for|since|after|over|during|this|so\s+far)\s+[^,;\d]{1,40}?)?\s+(?:(?:[\w.-]+\s+){0,4}?(?:has|have|had)\s+(?:shrunk|shrank|narrowed|dwindled|(?:been\s+)?(?:pared|cut|trimmed)(?:\s+back)?|grown|widened|swelled)\s+)?to)\s+${HEDGE}$`,
  'i',
);
/** An event study's noun before the number: "CAR", "cumulative abnormal return", "excess return". */
export const ABNORMAL =
  /\b(?:CARs?|(?:cumulative\s+)?abnormal\s+returns?|excess\s+returns?|BHARs?|[Mm]arket[- ]adjusted\s+returns?)\b/;
/** A neutral verb or a possessive before the number ("earns", "'s was", "posted about"). */
const NEUTRAL_BEFORE = new RegExp(
  String.raw`(?:['’]s(?:\s+(?:was|is|were|came\s+(?:in\s+)?(?:at|to)|stood\s+at))?|\s(?:earns?|earned|earning|posts?|posted|shows?|showed|had|has|was|is|were))\s+(?:(?:an?|of|${HEDGE_WORDS})\s+)*$`,
  'i',
);
/**
 * An abnormal return whose noun the clause leaves out after one ("… earns a cumulative abnormal return of
 * 4.1%, while the largest decile earns -0.6%", "The smallest decile's CAR was 4.1%; the largest decile's was
 * -0.6%", "…, and IWM's 4.0%"): a neutral verb (earns, posts, was) or none, and no move verb before the number.
 */
export function elidedAbnormal(t: string, seg: TextSpan, q: TextSpan): boolean {
  return (
    ABNORMAL.test(t.slice(0, seg.start)) &&
    NEUTRAL_BEFORE.test(t.slice(seg.start, q.start)) &&
    !MOVE_NOUN_AFTER.test(t.slice(q.end)) // "the S&P 500's 2% gain"
  );
}

const TO_LEVEL = new RegExp(String.raw`^\s+to\s+${HEDGE}$`, 'i');
/**
 * A gap's level after a move verb: "Small caps' lead over large caps shrank to 2 points", "their lead widened
 * to 5 points": the lead's size, signed by the lead, not by the verb.
 */
export function gapLevel(t: string, seg: TextSpan, verb: TextSpan, q: TextSpan): boolean {
  return GAP_NOUN.test(t.slice(seg.start, verb.start)) && TO_LEVEL.test(t.slice(verb.end, q.start));
}

export const AS_MEASURED =
  /\bas\s+(?:measured|tracked|represented)\s+by\s+(?:the\s+)?$|\b(?:tracked|measured)\s+by\s+(?:the\s+)?$/i;
export const PRONOUN_TARGET = /^\s*(?:it|them|that|this|those)\b/i;
/** A comparative verb whose object is left out: "…; the largest fifth trailed by 4%". */
export const ELIDED_TARGET = new RegExp(String.raw`^\s*by\s+${HEDGE}$`, 'i');
/**
 * The words before a second leg's number whose verb is elided: "…, against 2.1% for the S&P 500", "…, more than
 * the S&P 500's 5.3%", "losing 2.1% to the S&P 500's 2.8%" (the words up to the number: a possessive ends them).
 */
export const AGAINST =
  /^[\s,(]*(?:against|compared\s+(?:with|to)|compares\s+with|versus|vs\.?|(?:(?:more|less|bigger|smaller|greater|steeper|deeper|sharper|worse|better)\s+than|to)(?=\s+(?:the\s+)?[^,;]{2,40}?['’]s\s*$))\s/i;

export const MOVE_NOUN =
  '(?:gain|rise|advance|increase|jump|rally|return|loss|fall|drop|decline|tumble|slide|slump|plunge|surge|climb|retreat|rebound|move|pop|spike|bounce|dip|pullback|sell-?off)s?';
/** "its benchmark, the", "the Fund's benchmark index (": a fund's benchmark named in apposition (./fund-benchmark.ts). */
export const BENCHMARK_APPOSITION = String.raw`\b(?:its|their|the\s+(?:fund|portfolio|strategy)['’]s)\s+(?:primary\s+|broad[- ]based\s+)?benchmark(?:\s+index)?\s*[,(—–]\s*`;
// "…, against 2.1% for the S&P 500", "versus 3.4% for those in the top decile", "the 4.3% advance of the S&P 500"
// (a move's "of" only after its noun); a rate's words between ("against roughly 12.5% annualized for the S&P 500",
// "12.5% a year for").
export const FOR_BEFORE = new RegExp(
  `^\\s*(?:(?:a|per)\\s+year\\s+|annuali[sz]ed\\s+|annually\\s+|per\\s+annum\\s+)?(?:(?:${MOVE_NOUN}\\s+)?(?:for|in|by|from)|${MOVE_NOUN}\\s+of)\\s+(?:(?:those|stocks|shares|companies|firms)\\s+in\\s+)?(?:${BENCHMARK_APPOSITION})?(?:the\\s+)?$`,
  'i',
);
const MOVE_NOUN_AFTER = new RegExp(`^\\s+(?:[\\w-]+\\s+)?${MOVE_NOUN}\\b`, 'i');

/** "small-cap value funds" when the registry has no such category (./subjects.ts): an unheld fund category. */
export function isStyleCategory(s: SubjectHit['subject']): boolean {
  return s.kind === 'unheld' && s.id.startsWith('style-category:');
}

/** A subject an amount of money can flow into: a fund, a fund category, a size class, a style category. */
function holdsMoney(h: SubjectHit): boolean {
  // (mutual funds, the top funds of a category: said why capgap cannot check them)
  const mutual = h.subject.kind === 'unheld' && ['mutual-funds', 'top-funds'].includes(h.subject.id);
  return (
    ['category', 'security', 'size-class'].includes(h.subject.kind) || isStyleCategory(h.subject) || mutual
  );
}

/** A whole before its share's subject: "about half of the $9 billion …", a sentence's "Of the $9 billion …". */
const WHOLE_BEFORE = new RegExp(
  String.raw`(?:\b(?:${SHARE_WORDS}|\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|percent))\s+of|^\W*of)\s+(?:the|that|those|this)\s+(?:US)?[$£€]?$`,
  'i',
);

/** An aside after a name, up to the described: ", the second-biggest ". */
const APPOSED = /^\s*,\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,4}$/i;

/**
 * What an amount of money in a clause flowed into: the fund named right before it, with no number
 * between ("…, the iShares Russell 2000 ETF alone taking $1.9bn"), else the clause's first ("Investors put
 * $3.1bn into small-cap ETFs"; "US small cap ETFs attracted $6.5bn …, $5.5bn of it after the election").
 * @example moneySubject(t, q, subjects)
 */
export function moneySubject(
  t: string,
  q: TextSpan,
  subjects: readonly SubjectHit[],
  all: readonly SubjectHit[] = [],
): SubjectHit | undefined {
  // "IWM accounted for about half of the $9 billion that flowed into small-cap ETFs", "Of the $9 billion that
  // went into small-cap ETFs, …": a whole, whose subject follows it (its share is not read).
  if (WHOLE_BEFORE.test(t.slice(0, q.start)))
    return all.find((h) => h.start >= q.end && holdsMoney(h) && !/[,;]/.test(t.slice(q.end, h.start)));
  // "Outflows from small-cap funds continued, with $1.1bn withdrawn": a clause naming none takes the sentence's.
  if (!subjects.some(holdsMoney)) return all.findLast((h) => h.end <= q.start && holdsMoney(h));
  const near = subjects.findLast(
    (h) => h.end <= q.start && holdsMoney(h) && !/\d/.test(t.slice(h.end, q.start)),
  );
  // "IJR, the second-biggest small-cap fund, drew $700 million": the fund the aside describes.
  const head = near && all.findLast((x) => x.end <= near.start && APPOSED.test(t.slice(x.end, near.start)));
  if (head && holdsMoney(head) && /^[^,;]{0,25},/.test(t.slice(near?.end, q.start))) return head;
  // "…, more than any other small-cap ETF": the group compared with is not the one that took the money.
  const compared = (h: SubjectHit) =>
    /\bthan\s+(?:(?:any|all|every)\s+)?(?:other\s+)?(?:the\s+)?$/i.test(t.slice(0, h.start));
  return near ?? subjects.find((h) => holdsMoney(h) && !compared(h));
}

/** "… by", "… by more than", "… by about": the words before a comparison's difference. */
export const BY_BEFORE = new RegExp(String.raw`\bby\s+${HEDGE}$`, 'i');
/** "Both indexes slipped, the S&P 500 by 0.3% and …": a gapped "SUBJECT by N" (the verb is the one before). */
export const GAPPED_BY = new RegExp(String.raw`^[\s,;]*(?:and\s+)?[^,;]{1,60}\s+by\s+${HEDGE}$`, 'i');

/** "Relative to the S&P 500, the small-cap index is up 1.6 points": the opener names what a point difference is over. */
const OPENER =
  /^\W*(?:relative\s+to|compared\s+(?:with|to)|measured\s+against|against|versus|vs\.?)\s+(?:the\s+)?$/i;

const RELATIVE_AFTER = /^[^,;.]{0,30}?\brelative\s+to\s+(?:the\s+)?$/i;
const VS_AFTER = /^[^,;.]{0,30}?\b(?:relative\s+to|vs\.?|versus|against|over)\s+(?:the\s+)?$/i;
/** "Russell 2000 over S&P 500 since the vote: 6.4 points", "Small-minus-large:": a label of two sides. */
const LABEL_OVER = /^(?:\s+|-)(?:over|minus|less)(?:\s+|-)(?:the\s+)?$/i;

/**
 * The subject an opener names (`opener`: never what moved), and `against` when it sets quantity `q` against
 * it: a point difference ("Relative to the S&P 500, the small-cap index is up 1.6 points"), or a per cent
 * against the market ("Measured against the market, the smallest decile gained 4.5%": an abnormal return).
 * @example openerSides('Relative to the S&P 500, the small-cap index is up 1.6 points', q, hits).against?.subject // ^GSPC
 */
export function openerSides(
  t: string,
  q: Quantity,
  subjects: readonly SubjectHit[],
): { opener?: SubjectHit; against?: SubjectHit } {
  const h = subjects[0];
  // "… are down about 1% for the year relative to large caps": what a per cent is measured against, after it.
  // (A point difference also "vs" one: "Small caps +390bp vs large caps this week".)
  const words = q.unit === 'pp' ? VS_AFTER : RELATIVE_AFTER;
  const after = subjects.find((x) => x.start >= q.end && words.test(t.slice(q.end, x.start)));
  if (after) return { against: after };
  const [a, b] = subjects;
  const label =
    a && b && /^\W*(?:the\s+)?$/i.test(t.slice(0, a.start)) && LABEL_OVER.test(t.slice(a.end, b.start));
  if (label && q.unit === 'pp' && /^[^:;]{0,40}:[^:;]*$/.test(t.slice(b.end, q.start))) return { against: b };
  if (!h || !OPENER.test(t.slice(0, h.start)) || !/^\s*,/.test(t.slice(h.end))) return {};
  // ("Relative to large caps, small caps are down about 1% for the year": a per cent relative to them too.)
  const relative = /^\W*relative\s+to\b/i.test(t);
  return { opener: h, ...(q.unit === 'pp' || relative || h.subject.kind === 'market' ? { against: h } : {}) };
}
