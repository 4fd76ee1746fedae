/**
 * Verbs and the nouns newsrooms use for moves and flows, with the sign each gives the stated number:
 * returns (returned, delivered, gained, rose, jumped, surged, rallied: +; fell, slid, dropped, lost,
 * declined: −), relative performance (outperformed, beat, outpaced: +; trailed, lagged, underperformed: −;
 * "N per cent more/less than"), and flows (attracted, took in, pulled in, drew, saw inflows: +; saw
 * outflows, lost, bled, pulled … from/out of: −). A verb's sign times the number's sign is the claim's.
 */
import type { TextSpan } from '../claim-read.ts';
import { findCausatives } from './causatives.ts';
import { FRACTION_WORDS } from './fraction-words.ts';
import { HEDGE } from './hedges.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { THAN_TIME } from './quantity-words.ts';
import { VERB_LISTS } from './verb-words.ts';

/** What a verb says: a move of one subject, a comparison with a target, or money flowing. */
export type VerbKind = 'move' | 'relative' | 'flow';

/** A verb found in a sentence. */
export interface VerbHit extends TextSpan {
  kind: VerbKind;
  sign: 1 | -1;
  words: string;
  /** A causative verb (./causatives.ts): what moved is its object, after it, not its subject. */
  object?: boolean;
}

const AUX =
  "(?:(?:has|have|had|is|are|was|were|'s|have\\s+been|has\\s+been)\\s+)?(?:(?:also|since|already|now|only|collectively|together)\\s+)?";

/** Nouns after a number: "a 1.6 per cent gain for", "a loss of 2 per cent". */
export const NOUN_SIGNS: Record<string, 1 | -1> = {
  gain: 1,
  rise: 1,
  advance: 1,
  increase: 1,
  jump: 1,
  rally: 1,
  return: 1,
  climb: 1,
  surge: 1,
  inflows: 1,
  inflow: 1,
  loss: -1,
  fall: -1,
  drop: -1,
  decline: -1,
  slide: -1,
  dip: -1,
  slump: -1,
  tumble: -1,
  plunge: -1,
  slip: -1,
  retreat: -1,
  selloff: -1,
  'sell-off': -1,
  rebound: 1,
  bounce: 1,
  outflows: -1,
  outflow: -1,
};

const VERBS = VERB_LISTS.flatMap(([kind, sign, words]) => words.map((w) => ({ kind, sign, w }))).sort(
  (a, b) => b.w.length - a.w.length,
);
const VERB_RE = new RegExp(`\\b${AUX}(${VERBS.map((v) => v.w.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

/** What "up"/"down" must stand right before to be a move: a number, in digits or words ("down seven per cent", "up a tenth", "down a further 4.6%"). */
const UP_DOWN_NUMBER = new RegExp(
  `^\\s*(?:by\\s+)?(?:(?:another|a\\s+further|an\\s+(?:additional|extra))\\s+)?(?:as\\s+much\\s+as\\s+|${HEDGE})(?:(?:a|an|one)[\\s-]+)?(?:[$£€\\d+-]|(?:${[...Object.keys(NUMBER_WORDS), ...Object.keys(FRACTION_WORDS)].join('|')})\\b)`,
  'i',
);

/** "lead(s)/led/leading X by N": the number within the clause after "by"; "their lead by" is a noun. */
const LEAD_BY = new RegExp(
  `^[^,;.]{0,60}?\\bby\\s+${HEDGE}(?:[\\d]|(?:${Object.keys(NUMBER_WORDS).join('|')})\\b)`,
  'i',
);
/** "won the year by around eight points": a point difference after "by" in the clause (never "won the election"). */
const WON_BY = new RegExp(
  `^[^,;.]{0,40}?\\bby\\s+${HEDGE}(?:[\\d.]+|${Object.keys(NUMBER_WORDS).join('|')})\\s*(?:percentage\\s+points?|points?|pp|pts?|bps?|basis\\s+points)\\b`,
  'i',
);
/** "topped the table", "the league table", "the rankings": a list's first place, no one beaten named. */
const TOP_OF_LIST = /^\s+(?:the\s+)?(?:(?:league\s+)?table|list|leaderboard|rankings?|charts?)\b/i;
/** Words that qualify a move noun: "the average gain", "the typical drop", "a post-election rally". */
export const NOUN_QUALIFIER =
  '(?:average|median|mean|typical|usual|cumulative|total|overall|combined|biggest|largest|steepest|sharpest|daily|weekly|monthly|annual|post-(?:election|vote))';
/**
 * A move word right after a determiner, or a determiner and a word that qualifies a noun, is a noun ("the
 * rally has lifted …", "its gain", "The average gain for the Russell 2000 …"), no verb; but "a gain of 8.6%"
 * still says what the number is.
 */
const NOUN_BEFORE_MOVE = new RegExp(
  `(?:\\b(?:the|a|an|this|that|its|their|his|her)|['’]s)\\s+(?:${NOUN_QUALIFIER}\\s+)?$`,
  'i',
);
const NOUN_BEFORE_LEAD = /\b(?:its|their|his|her|the|a|an|this|that)\s+$|['’]s?\s+$/i;

/**
 * The verbs of a sentence, in order. "pulled … from|out of" is an outflow, "pulled in" an inflow;
 * "lost" with money is an outflow (the reader decides by the number's unit).
 * @example findVerbs('the S&P 500 has delivered 1.6 per cent') // [{ kind: 'move', sign: 1, words: 'delivered' }]
 */
export function findVerbs(text: string): VerbHit[] {
  const causatives = findCausatives(text);
  const out: VerbHit[] = [...causatives];
  for (const m of text.matchAll(VERB_RE)) {
    const w = m[1].toLowerCase().replace(/\s+/g, ' ');
    const v = VERBS.find((x) => x.w === w);
    if (!v) continue;
    // A causative's own verb or particle ("lifted … by", "sent … up"), or a move word used as a noun
    // after a determiner ("the rally", "its gain").
    const cut = (x: TextSpan | null) => x !== null && m.index < x.end && m.index + m[0].length > x.start;
    if (causatives.some((c) => cut(c) || cut(c.particle))) continue;
    // "This week's drop in the Russell 2000 was 5%": a possessive's "'s", not "is" or "has", before a noun.
    const possessed = /^'s\s/.test(m[0]) && w in NOUN_SIGNS && /\w$/.test(text.slice(0, m.index));
    const noun = (m[0] === m[1] && NOUN_BEFORE_MOVE.test(text.slice(0, m.index))) || possessed;
    if (v.kind === 'move' && noun && !/^\s+of\b/i.test(text.slice(m.index + m[0].length))) continue;
    let sign = v.sign;
    let kind = v.kind;
    // "pulled in excess of $2 billion from IWM": "in" opens the hedge "in excess of", so the verb is "pulled".
    const pulled =
      w === 'pulled' || (w === 'pulled in' && /^\s+excess\s+of\b/i.test(text.slice(m.index + m[0].length)));
    if (pulled) sign = /^\s*[^,;]{0,40}\b(from|out of)\b/i.test(text.slice(m.index + m[0].length)) ? -1 : 1;
    if (w === 'put' && !/\binto\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
      continue;
    // "was off 0.3%", "ended off 1%", "with the Russell 2000 off 5.7 percent": down, directly before the
    // number (checked below), after a form of "be", a close or a name; never "took off" or "off its high".
    if (
      w === 'off' &&
      (/\b(?:take|takes|took|taken|taking|shaved|knocked|wiped|trimmed)\s+$/i.test(
        text.slice(0, m.index + m[0].length - m[1].length),
      ) ||
        !/(?:\b(?:is|was|are|were|been|be|ended|closed|finished|traded|trading)|[\w)]|\d)\s+$/i.test(
          text.slice(0, m.index + m[0].length - m[1].length),
        ))
    )
      continue;
    if (/^(?:lead|leads|led|leading)$/.test(w)) {
      const before = text.slice(0, m.index + m[0].length - m[1].length);
      if (!LEAD_BY.test(text.slice(m.index + m[0].length)) || NOUN_BEFORE_LEAD.test(before)) continue;
    }
    if (w === 'won' && !WON_BY.test(text.slice(m.index + m[0].length))) continue;
    // "IJR topped the table with a 12.4% return": first of a list no one names, not a comparison.
    if (w === 'topped' && TOP_OF_LIST.test(text.slice(m.index + m[0].length))) continue;
    if (w === 'up' || w === 'down' || w === 'off') {
      // "up 3 per cent" / "down 2%": only as a move directly before a number.
      if (!UP_DOWN_NUMBER.test(text.slice(m.index + m[0].length))) continue;
    }
    // "an abnormal return of 4.2%" is the noun as a verb; "the abnormal return of the smallest tercile … was
    // 3.1%" names what earned it: a noun phrase, no verb.
    if (/ returns? of$/.test(w) && !UP_DOWN_NUMBER.test(text.slice(m.index + m[0].length))) continue;
    if (w === 'coming' || w === 'came' || w === 'arrived') kind = 'flow';
    out.push({ start: m.index, end: m.index + m[0].length, kind, sign, words: w });
  }
  return out.sort((a, b) => a.start - b.start);
}

const THAN_A_TIME = new RegExp(`^\\s+${THAN_TIME}`, 'i');

/**
 * "N per cent more than" / "less than" after a number: a relative claim and its sign, or null.
 * @example moreThanAfter(' more than their peers') // { sign: 1, length: 10 }
 */
export function moreThanAfter(rest: string): { sign: 1 | -1; length: number; byVerb: boolean } | null {
  const m = /^\s+(more|better|higher|less|worse|lower)\s+than\b/i.exec(rest);
  if (!m) return null;
  // "12% higher than a year ago", "1.8% higher than before the vote", "0.4 per cent lower than its pre-election
  // close": than a time or a close, not than another subject (a window: ./window-spans.ts, ./window-closes.ts).
  if (THAN_A_TIME.test(rest.slice(m[0].length))) return null;
  // "more/less" follow the verb ("fell 0.2 points more than" is 0.2 points worse); "better/worse,
  // higher/lower" say the direction themselves.
  return {
    sign: /more|better|higher/i.test(m[1]) ? 1 : -1,
    length: m[0].length,
    byVerb: /^(?:more|less)$/i.test(m[1]),
  };
}
