import type { ReadOptions } from '../claim-read.ts';
import { type Clause, clauseSubject } from './clause-subject.ts';
import { DATE_RE, MONTH_RE, monthNumber, resolveDate, WEEKDAY_RE } from './dates.ts';
import { HEDGE, LOOKBACK_SPAN } from './hedges.ts';
import { CLOSED_AT, ELIDED_AT, elidedMove, MOVED_TO, SINCE_WHEN } from './level-elided.ts';
import { INTRADAY_PRICE } from './modality.ts';
import { digits } from './number-words.ts';
import type { Quantity } from './numbers.ts';
import type { QuantityClaim } from './quantity-claim.ts';
import type { VerbHit } from './verbs.ts';
import { isEventClose } from './window-closes.ts';
import { restatedPoints } from './wire-points.ts';

/** A level as written: "2,442.03", "1,282", "597.53", "$242", "$242.04"; "points" may follow. */
const NUMBER =
  /(?<![\w.,$£€-])(\$)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{2,5}\.\d{1,2})(?!\d|,\d|\.\d)(?:\s*(?:index\s+)?(?:points?|pts)\b)?/g;
/** What may not follow a level: a per cent, a scale, a count of things. */
const NOT_AFTER =
  /^\s*(?:%|per\s?cent|percent|pp\b|percentage|basis|bps?\b|bn\b|billion|million|mn?\b|trillion|tn\b|shares|stocks|companies|funds|jobs|people|times|x\b|[ap]\.?m\b|GMT|ET\b|EST|BST)/i;
/**
 * The words just before a level: a closing (or opening: ./open-move.ts) verb's "at" ("closed at", "opened at",
 * "closed up 1.5% at", "ended the day at", "ended November at", "finished at a record"), or its bound ("closed
 * above 1,850", "its first close above 1,850", "fell below 2,300": the close's, gt/lt), a move's "to" ("rose
 * 1.5% to", "fell to"), "a (record) close of", "an all-time closing high of", "its previous all-time high of", a
 * turn's "at" ("peaked on Nov. 25, 2024, at", "bottomed at"), an extreme reached ("hit a low of", "Its low came
 * on April 8, 2025, at"; not an intraday one), a label ("Friday's close: ").
 */
const BEFORE = new RegExp(
  String.raw`\b(?:(?:fell|fallen|dropped|sank|sunk|slid|slipped|dipped|tumbled|climbed|rose|risen|rallied|jumped|pushed|moved|surged)\s+(?:back\s+)?(?:above|below|under|over)(?=\s)|(?:clos(?:e|ed|es|ing)|open(?:ed|s)|end(?:ed|s|ing)?|finish(?:ed|es|ing)?|settl(?:e|ed|es|ing)|st(?:ood|ands|anding)|sits?|sitting|was|is|to)\b(?:\s+(?:the\s+)?(?:day|session|week|month|year|quarter|trading|${WEEKDAY_RE}|${MONTH_RE}))?(?:\s+on\s+${DATE_RE},?)?\s+(?:at|to|above|below|over|under)(?=\s)|\b(?:clos|open|end|finish|settl)\w*\s+(?:the\s+(?:day|session|week|month|year)\s+)?(?:(?:up|down)\s+)?${HEDGE}[+\-\u2212]?\d[\d.,]*\s*(?:%|per\s?cent|percent|points?|pts)\s+(?:(?:higher|lower|up|down)\s+)?at|\b(?:up|down)\s+${HEDGE}\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+at|\bto|\b(?:topped|surpassed|exceeded|eclipsed|crossed(?:\s+above)?|breached|broke\s+(?:above|through)|(?:topp|surpass|exceed|eclips|cross|breach)ing(?:\s+above)?)|\b(?:peak(?:ed|s|ing)|bottom(?:ed|s|ing)|topp(?:ed|ing)\s+out|trough(?:ed|ing))(?:\s+on\s+[^;]{3,25}?,?)?\s+at|(?:close|closing\s+(?:level|high|low)|level|finish)\s+of|(?:previous|prior|former|old|record|all[- ]time|${MONTH_RE}\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d|${MONTH_RE}\.?\s+\d{1,2})\s+(?:(?:record|all[- ]time)\s+)?(?:closing\s+)?(?:high|low|peak)\s+of|${MONTH_RE}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?\s+record\s+of|close\s+(?:above|below)|\b(?:hit|touched|reached|set|marked|notched|recorded)\s+(?:a|an|its)\s+(?:(?:new|fresh|${LOOKBACK_SPAN}|record|all-time|closing)[\s-]+)*(?:low|high|bottom|peak)\s+of|\b(?:came|was\s+set|was\s+reached)(?:\s+on\s+[^;]{3,25}?,?)?\s+at|\b(?:close|closing\s+(?:level|price)|finish)(?:\s+(?:on|of)\s+[^:;,]{3,20}?)?\s*:)\s+${HEDGE}(?:an?\s+|the\s+)?(?:(?:fresh|new|all[- ]time|record|closing|${LOOKBACK_SPAN})[\s-]+)*(?:(?:high|close|level)\s+(?:of\s+)?)?$`,
  'i',
);
/**
 * An earlier close the move started from: "up from 1,191.39 at the end of October", "(climbed to 1,251.61)
 * from 1,195.14 on Election Day". Its day is the window phrase right after it (../number-window.ts).
 */
const EARLIER =
  /(?:\b(?:up|down|higher|lower|rebounding|recovering|rising|falling)\s+from|\bto\s+\$?\d[\d,.]*(?:\s*(?:points?|pts))?\s+from)\s+(?:an?\s+|the\s+)?(?:(?:record|closing)\s+)?(?:(?:high|low|close|level)\s+of\s+)?$/i;
/** A record or the period's extreme before a level: "its record close of", "an all-time closing low of". */
const PEAK =
  /\b(?:(?:its|their|the)\s+)?(?:(?:record|all[- ]time|peak)\s+(?:closing\s+)?(high|low|close|level)?|(?:previous|prior|former|old)\s+(?:record\s+|all[- ]time\s+)?(?:closing\s+)?(high|low|close))\s*(?:of\s+)?(?:\$\s*)?$/i;

/**
 * True when the level `q` is a record's or a previous peak's ("its previous closing high of 2,442.74", "its
 * record close of 1,388.07"): the date after it ("set in November 2021") is its own, not the sentence's.
 */
export function isPeakLevel(t: string, q: Quantity): boolean {
  const before = t.slice(Math.max(0, q.start - 50), q.start);
  return q.unit === 'level' && PEAK.test(before) && !AT_RECORD.test(before);
}

/** "closed at a record 2,442.03", "touching a record close of …": the sentence's own close, not an earlier peak. */
const AT_RECORD =
  /\b(?:at|touch(?:ed|ing)?|hit(?:ting)?|reach(?:ed|ing)?|notch(?:ed|ing)?|post(?:ed|ing)?)\s+(?:an?\s+)?(?:new\s+|fresh\s+)?(?:record|all[- ]time)\s+(?:(?:closing\s+)?(?:high|close|level)\s+)?(?:of\s+)?(?:\$\s*)?$/i;

const DATED_LEVEL = new RegExp(
  `\\b(${DATE_RE})(?:'s)?\\s+(?:(?:record\\s+|all-time\\s+)?(?:close|closing\\s+(?:high|level|low)|high|low|level|peak)|record)\\s+of\\s+$`,
  'i',
);
/** A month's peak before its level: "its November 2021 record close of", "their March 2024 high of". */
const MONTH_LEVEL = new RegExp(
  `\\b(${MONTH_RE})\\.?\\s+((?:19|20)\\d\\d)(?:'s)?\\s+(?:record\\s+|all-time\\s+)?(?:close|closing\\s+(?:high|level)|high|level|peak)\\s+of\\s+$`,
  'i',
);
/** A peak's month after its level: "of 2,442.74 from November 2021", "of 2,442.74, set in November 2021". */
const PEAK_MONTH = new RegExp(
  `^\\s*(?:points?)?,?\\s*(?:(?:which\\s+(?:it\\s+)?(?:was\\s+)?)?(?:set|reached|hit|notched|recorded|marked)\\s+)?(?:in|from)\\s+(${MONTH_RE})\\.?\\s+((?:19|20)\\d\\d)\\b`,
  'i',
);
/** A peak's day after its level: "of 2,519.75 from Oct. 15", "of 2,442.74, set on Nov. 8, 2021". */
const PEAK_DAY = new RegExp(
  `^\\s*(?:points?)?,?\\s*(?:(?:which\\s+(?:it\\s+)?(?:was\\s+)?)?(?:set|reached|hit|notched|recorded|marked)\\s+)?(?:on|from)\\s+(${DATE_RE})`,
  'i',
);

/**
 * The day a dated close names: "its Dec. 9 record close of 1,388.07", "its record close of 2,519.75 from
 * Oct. 15" (the words may sit inside a distance's, whose windows the sentence does not keep), or null; a
 * month's peak its month ("its November 2021 record close of 2,442.74": '2021-11').
 * @example levelDay('its record close of 2,519.75 from Oct. 15', q, { to: '2025-11-28' }) // '2025-10-15'
 */
export function levelDay(t: string, q: Quantity, o: ReadOptions): string | null {
  if (o.event && isEventClose(t, q)) return o.event; // "from its Election Day close of 2,260.84"
  const month =
    MONTH_LEVEL.exec(t.slice(Math.max(0, q.start - 60), q.start)) ??
    SINCE_WHEN.exec(t.slice(0, q.start)) ??
    (isPeakLevel(t, q) ? PEAK_MONTH.exec(t.slice(q.end)) : null);
  if (month) return `${month[2]}-${String(monthNumber(month[1])).padStart(2, '0')}`;
  const dated = DATED_LEVEL.exec(t.slice(Math.max(0, q.start - 60), q.start));
  const after = !dated && isPeakLevel(t, q) ? PEAK_DAY.exec(t.slice(q.end)) : null;
  const words = dated?.[1] ?? after?.[1];
  return words ? resolveDate(words, o) : null;
}

/** Levels that are no index's or fund's close: commodities, currencies, yields, volatility, valuations. */
export const OTHER_MARKETS =
  /\b(?:crude|oil|gold|silver|copper|bitcoin|dollar|euro|yen|pound|sterling|yields?|rates?|treasur(?:y|ies)|bonds?|VIX|volatility|barrel|ounce|ratios?|multiples?|P\/E|price[- ]to[- ]\w+|valuations?|earnings|volume|breadth|assets|NAV)\b/i;

/**
 * The levels in a sentence that no other number holds ("2,442.03" after "closed at"), as quantities of unit
 * 'level'; and an amount of money in a level's place ("a record close of $242") turned into one.
 * @example withLevels('The Russell 2000 closed at 2,442.03.', []) // [{ unit: 'level', value: 2442.03, … }]
 */
export function withLevels(t: string, quantities: Quantity[]): Quantity[] {
  const price = (q: Quantity) => q.unit === 'money' && q.currency === 'USD' && !/[a-z]/i.test(q.unitWords);
  // "touching an intraday high above $242": a price within the day, which closes cannot check, and no flow.
  const out = quantities
    .filter((q) => !(price(q) && INTRADAY_PRICE.test(t.slice(Math.max(0, q.start - 40), q.start))))
    .map((q) => (price(q) && isLevelAt(t, q.start, q.end) ? { ...q, unit: 'level' as const } : q));
  for (const m of t.matchAll(NUMBER)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (!isLevelAt(t, start, end)) continue;
    // A level in index points was read as a move or a difference ("to 1,883.55 points"): the level replaces it.
    const i = out.findIndex((q) => q.start < end && q.end > start);
    if (i >= 0 && out[i].unit !== 'pp' && out[i].unit !== 'points') continue;
    const d = digits(m[2]);
    const earlier = EARLIER.test(t.slice(Math.max(0, start - 60), start));
    const q: Quantity = {
      start,
      end,
      value: d.value,
      unit: 'level',
      ...(m[1] ? { currency: 'USD' as const } : {}),
      written: m[2],
      decimals: d.decimals,
      halfUnit: 0.5 * 10 ** -d.decimals,
      negative: false,
      unitWords: m[0].slice(m[0].indexOf(m[2]) + m[2].length).trim(),
      ...(earlier ? { earlier } : {}),
    };
    if (i >= 0) out[i] = q;
    else out.push(q);
  }
  out.push(...restatedPoints(t, out)); // AP's "The S&P 500 rose 146.28, or 2.5%, to 5,929.04"
  return out.sort((a, b) => a.start - b.start);
}

/** True when the number at [start, end) of `t` is a close: a level's words before it, nothing after it that makes it a count. */
function isLevelAt(t: string, start: number, end: number): boolean {
  if (NOT_AFTER.test(t.slice(end))) return false;
  const head = t.slice(Math.max(0, start - 80), start);
  if (EARLIER.test(head)) return true;
  // "The Russell 2000 stood at 2,434.73 on Friday and the S&P 500 at 6,032.38": a close elided after one.
  if (ELIDED_AT.test(head) && CLOSED_AT.test(t.slice(0, start))) return true;
  // A quote line, "Russell 2000: 2,392.92 (+132.08, +5.84%)", "RUT: 2,399.64 (+8.6% w/w)": the close, its change after.
  if (/[A-Za-z0-9)]\s*:\s*$/.test(head) && /^\s*\([^()]*\d\s*%[^()]*\)/.test(t.slice(end))) return true;
  // "The S&P 500, at 5,969.34, is up 3.2%": a close set off by commas after its subject.
  if (/\S,\s+at\s+$/.test(head) && /^\s*(?:points?\s*)?,/.test(t.slice(end))) return true;
  const before = BEFORE.exec(head);
  if (!before) return false;
  if (/intraday|session\s+high|as\s+high\s+as|as\s+low\s+as/i.test(head.slice(-40))) return false;
  // A bare "to" is a move's: "rose 1.5% to 2,442.03", "fell to 2,200", not "from 2,000 to 2,400".
  if (
    /^to\s/i.test(before[0]) &&
    !MOVED_TO.test(head.slice(0, before.index)) &&
    !elidedMove(head, before.index)
  )
    return false;
  return !/\bfrom\s+\S+\s+$/i.test(head.slice(0, before.index + 3));
}

/**
 * The level a close claims: the close of the clause's subject (named before the number, else carried or
 * named by a pronoun), or why there is none.
 * @example levelClaim(clause, q, verb) // { metric: 'level', subjects: [^RUT], … }
 */
export function levelClaim(c: Clause, q: Quantity, verb: VerbHit | undefined): QuantityClaim | string {
  const { t, seg } = c;
  const { named, subject } = clauseSubject(c, q);
  // "Benchmark U.S. crude rose 46 cents to settle at $62.21", "the Russell 2000's forward price-to-earnings
  // ratio rose to 25.3": another market's level, or the subject's valuation.
  const other = OTHER_MARKETS.exec(t.slice(named[0]?.end ?? seg.start, q.start));
  if (other) return `a level of ${other[0]}, not the close of an index or a fund`;
  if (!subject) return `no subject for the level ${JSON.stringify(t.slice(q.start, q.end).trim())}`;
  // "its record close of 2,442.74 set in November 2021", "…, when it peaked at": the period's highest close.
  const peak = PEAK.exec(t.slice(Math.max(seg.start, q.start - 50), q.start));
  const side: 'high' | 'low' = /low/i.test(peak?.[1] ?? peak?.[2] ?? '') ? 'low' : 'high';
  const words = peak?.[0].trim() ?? SINCE_WHEN.exec(t.slice(0, q.start))?.[0].replace(/^since\s+/i, '');
  const extreme = words ? { extreme: { side, words } } : {};
  return {
    metric: 'level',
    subjects: [subject],
    sign: 1,
    signSource: 'none',
    ...(verb ? { verb } : {}),
    ...extreme,
  };
}
