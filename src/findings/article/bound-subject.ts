/**
 * A subject bound to a number by its phrase, whatever the verb: a possessive ("the S&P 500's 4.3% gain"),
 * a noun with "for/in" ("a 5.2% gain in the S&P 500"), or a level ("0.4% below its pre-election level",
 * after the subject).
 */
import type { ClaimSubject } from '../claim-read.ts';
import { WEEKDAY_POSS } from './dates.ts';
import { HEDGE } from './hedges.ts';
import { SMALL_INDEXES } from './index-names.ts';
import { LINE_LABEL, LINE_START, labelsNumber, leadClause } from './lead-line.ts';
import type { Quantity } from './numbers.ts';
import { ABNORMAL } from './quantity-words.ts';
import type { SubjectHit } from './subjects.ts';
import { NOUN_QUALIFIER, NOUN_SIGNS } from './verbs.ts';

/** "… below its record", "… above Monday's close": a level the number is measured from. */
const BELOW_LEVEL = new RegExp(
  String.raw`^\s+(below|under|beneath|above)\s+(?:(?:its|their|the)\b|${WEEKDAY_POSS})`,
  'i',
);

/**
 * "… ahead of large caps at 5.7%", "… well ahead of the Vanguard Small-Cap ETF (VB), up 11.3%", "almost exactly
 * matching the iShares Russell 2000 ETF (IWM) at 13.0%": set against another, "at" (or its side), its number.
 */
const SET_AGAINST =
  /\b(?:ahead\s+of|behind|versus|vs\.?|against|compared\s+(?:with|to)|outpacing|beating|trailing|lagging|matching|equall?ing|mirroring|topping|besting|edging(?:\s+out)?)\s+(?:the\s+)?$/i;
const AT_NUMBER = new RegExp(String.raw`^\s*(?:\([^()]{1,12}\))?\s*,?\s+(?:at|(up|down))\s+${HEDGE}$`, 'i');

const NOUNS = Object.keys(NOUN_SIGNS).join('|');
/** A noun of movement right after the number ("4.3% gain", "2.6% weekly drop"): its sign, from NOUN_SIGNS. */
export const NOUN_AFTER = new RegExp(`^\\s+(?:${NOUN_QUALIFIER}\\s+)?(${NOUNS})\\b`, 'i');

/** "'s gain of roughly ", "'s decline of ": a possessive's noun of movement, then "of" and the number. */
const OF_NOUN = new RegExp(`^['’]s\\s+(?:[\\w-]+\\s+)?(${NOUNS})\\s+of\\s+${HEDGE}$`, 'i');

/**
 * A subject bound to the number by its phrase, whatever the verb: a possessive ("the S&P 500's 4.3%
 * gain"), a number in brackets after it ("Small caps (+3.1%)"), a noun with "for/in" ("a 5.2% gain in the
 * S&P 500"), or a level ("0.4% below its pre-election
 * level", after the subject). Returns the subject and the sign the phrase gives (0 when none).
 * @example boundSubject("the S&P 500's 4.3% gain", q, subjects, NOUN_AFTER.exec(" gain")) // { subject: ^GSPC, sign: 1 }
 */
export function boundSubject(
  t: string,
  q: Quantity,
  subjects: readonly SubjectHit[],
  noun: RegExpExecArray | null,
  all: readonly SubjectHit[] = subjects,
): { subject: ClaimSubject; sign: -1 | 0 | 1 } | null {
  const nounSign = noun ? NOUN_SIGNS[noun[1].toLowerCase()] : 0;
  for (const h of subjects) {
    if (!isMeasurable(h.subject)) continue;
    // "the largest decile's CAR was -0.9%": an abnormal return, over the market (../quantity-claim.ts), not its own.
    const own = t.slice(h.end, q.start);
    if (h.end <= q.start && /^'s\s+(?:[\w-]+\s+){0,2}$/.test(own) && !ABNORMAL.test(own))
      return { subject: h.subject, sign: nounSign };
    // "the S&P 500's gain of roughly 23%": the possessive's noun, then "of".
    const of = h.end <= q.start ? OF_NOUN.exec(own) : null;
    if (of) return { subject: h.subject, sign: NOUN_SIGNS[of[1].toLowerCase()] ?? 0 };
    // "Small caps (+3.1%) beat large caps (+0.8%)", "the S&P 500's gain (+3.5%)", "Russell 2000: (1.8%)": a
    // number in brackets right after a subject (or its possessive noun, or its label's colon) is its own; so
    // is one after a label inside the brackets ("… outpaced large caps (S&P 500: +2.5%)", "(Russell 2000
    // Growth, +12.3%)").
    const bracket = /^(?:['’]s\s+(?:[\w-]+\s+){0,2}?([\w-]+))?\s*:?\s*\(\s*(?:(up|down)\s+)?$/i.exec(own);
    const inside = /\(\s*$/.test(t.slice(Math.max(0, h.start - 3), h.start)) && /^\s*[:,]\s*$/.test(own);
    if (h.end <= q.start && (bracket || inside) && /^[^()]{0,40}\)/.test(t.slice(q.end))) {
      const of = NOUN_SIGNS[bracket?.[1]?.toLowerCase() ?? ''] ?? 0;
      return { subject: h.subject, sign: bracket?.[2]?.toLowerCase() === 'down' ? -1 : of };
    }
    if (h.end <= q.start && labelsNumber(t, h, own)) return { subject: h.subject, sign: 0 }; // "S&P 500: +3.8%"
    // "ahead of large caps at 5.7%", "versus the S&P 500 at 1.5%": the target's own number, set after it.
    const at = h.end <= q.start ? AT_NUMBER.exec(own) : null;
    if (at && SET_AGAINST.test(t.slice(Math.max(0, h.start - 30), h.start)))
      return { subject: h.subject, sign: at[1] ? (/^up$/i.test(at[1]) ? 1 : -1) : 0 };
    // "…, led by consumer discretionary, up about 7.5%": the leader's own move, its verb elided.
    const elided = h.end <= q.start ? LEADER_MOVE.exec(own) : null;
    if (elided && LED_BY_BEFORE.test(t.slice(Math.max(0, h.start - 30), h.start)))
      return { subject: h.subject, sign: /^(?:up|higher)$/i.test(elided[1]) ? 1 : -1 };
    if (noun && h.start >= q.end && /^\s+(?:for|in|on|by)\s+$/.test(t.slice(q.end + noun[0].length, h.start)))
      return { subject: h.subject, sign: nounSign };
    // "nearly double the 9.8% of its growth sibling, IWO": "the" number "of" its owner.
    if (h.start >= q.end && /\bthe\s+$/i.test(t.slice(0, q.start)) && THE_OF.test(t.slice(q.end, h.start)))
      return { subject: h.subject, sign: 0 };
  }
  const lead = leadNumber(t, q, all); // "- 11.0%: the Russell 2000's gain in November"
  if (lead) return lead;
  const large = largeBeside(t, q, all); // "trailing the blue-chip benchmark's 1.8%"
  if (large) return { subject: large, sign: nounSign };
  const level = BELOW_LEVEL.exec(t.slice(q.end));
  const before = subjects.filter((h) => h.end <= q.start && isMeasurable(h.subject));
  if (level && before.length > 0)
    return { subject: before[0].subject as ClaimSubject, sign: /above/i.test(level[1]) ? 1 : -1 };
  return null;
}

/** Between "the 9.8%" and its owner: " of ", " of its growth sibling, ". */
const THE_OF = /^\s+of\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+)?$/i;

/** "led by", "paced by", "driven by" right before a subject: the leader of a move. */
const LED_BY_BEFORE = /\b(?:led|paced|driven)\s+(?:higher\s+|lower\s+)?by\s+(?:the\s+)?$/i;
/** ", up about 7.5%" right after the leader: its move, the verb elided. */
const LEADER_MOVE = new RegExp(String.raw`^\s*,\s*(up|down|off|higher|lower)\s+${HEDGE}$`, 'i');

const LEAD_AFTER = new RegExp(String.raw`^${LINE_LABEL}(?:the\s+|a\s+)?$`, 'i');
const LEAD_NOUN = new RegExp(
  `^['’]s\\s+(?:[\\w-]+\\s+){0,2}?(${Object.keys(NOUN_SIGNS).join('|')}|return)\\b`,
  'i',
);

/**
 * A number that leads its line and a colon (or a dash), then the possessive it belongs to ("- 11.0%: the Russell
 * 2000's gain in November", "-1.3%: the Russell 2000's return so far in December", "2.9% — the S&P 500's loss
 * on the day"): that subject, signed by the possessive's noun (0 for "return": the number's own sign); or a
 * clause saying what it measures ("8%: how far the Russell 2000 has climbed since the Nov. 3 close"), signed by
 * its verb.
 */
function leadNumber(
  t: string,
  q: Quantity,
  subjects: readonly SubjectHit[],
): { subject: ClaimSubject; sign: -1 | 0 | 1 } | null {
  if (!LINE_START.test(t.slice(0, q.start))) return null;
  const how = leadClause(t, q, subjects); // "8%: how far the Russell 2000 has climbed since …"
  if (how) return how;
  const h = subjects.find((x) => x.start >= q.end && LEAD_AFTER.test(t.slice(q.end, x.start)));
  const noun = h && isMeasurable(h.subject) ? LEAD_NOUN.exec(t.slice(h.end)) : null;
  if (!h || !noun || !isMeasurable(h.subject)) return null;
  return { subject: h.subject, sign: NOUN_SIGNS[noun[1].toLowerCase()] ?? 0 };
}

/** A subject that names something with returns (not "the opposite end"). */
export function isMeasurable(s: SubjectHit['subject']): s is ClaimSubject {
  return s.kind !== 'opposite';
}

/** The subjects with returns named before `at`, in order: a claim with no number of its own is theirs. */
export function measurableBefore(hits: readonly SubjectHit[], at: number): ClaimSubject[] {
  return hits.filter((h) => h.end <= at && isMeasurable(h.subject)).map((h) => h.subject as ClaimSubject);
}

/** "Among passive small-cap funds, …", "Of the small-cap ETFs, …": an opener that sets the field. */
const APPOSED = /^\s*(?:\([^)]*\)\s*)?,\s+(?:the|a|an|its|their)\s+(?:[\w&'’-]+\s+){0,4}$/i;
const FRAME = /^\s*(?:among|of)\s+[^,;:]{3,60}?,/i;

/**
 * The subject hits less those inside an opener that sets the field ("Among passive small-cap funds, the
 * iShares Core S&P Small-Cap ETF rose 11.3%": the fund, not the category), when a subject follows it, and
 * less a class set beside a subject to describe it ("IWM, the largest small-cap ETF, took in $1.8bn"), or
 * defined by the size group set beside it ("Micro-caps, the smallest 5% of stocks, rose 14%").
 * @example withoutFrame('Among small-cap funds, IJR rose 11.3%.', hits) // [IJR]
 */
export function withoutFrame<T extends { start: number; end: number; subject: { kind: string } }>(
  t: string,
  hits: T[],
): T[] {
  // "IWM, the largest small-cap ETF, accounted for $1.8bn": a class in an apposition describes the one before.
  const described = (h: T) =>
    ['category', 'size-class', 'unheld'].includes(h.subject.kind) &&
    /^\s*,/.test(t.slice(h.end)) &&
    hits.some((x) => x.end <= h.start && APPOSED.test(t.slice(x.end, h.start)));
  // "Micro-caps, the smallest 5% of stocks, rose 14%": a size group in apposition defines the class before it.
  const defined = (h: T) =>
    h.subject.kind === 'size-class' &&
    hits.some(
      (x) =>
        x.subject.kind === 'size-group' &&
        /^\s*,\s*(?:the\s+)?$/i.test(t.slice(h.end, x.start)) &&
        /^[^,;.]{0,20},/.test(t.slice(x.end)),
    );
  const kept = hits.filter((h) => !described(h) && !defined(h));
  const m = FRAME.exec(t);
  if (!m) return kept;
  const end = m.index + m[0].length;
  return kept.some((h) => h.start >= end) ? kept.filter((h) => h.start >= end) : kept;
}

/** "the blue-chip benchmark's ", "the large-cap index's ", "the broader market gauge's ": a large index's possessive. */
const LARGE_OWNER =
  /\bthe\s+(?:blue[- ]chip|large[- ]cap|broad(?:er)?(?:[- ]based)?(?:\s+market)?|wider(?:\s+market)?)\s+(?:index|gauge|benchmark)['’]s\s+(?:[\w-]+\s+){0,2}$/i;
const LARGE_OF: Record<string, string> = { '^FTMC': '^FTSE' };

/**
 * The large-cap index a possessive with no name speaks of, beside the small-cap one the sentence names before
 * it ("Small caps rose 1.4%, trailing the blue-chip benchmark's 1.8%": the S&P 500; the FTSE 250's: the FTSE
 * 100), or undefined.
 * @example largeBeside("Small caps rose 1.4%, trailing the blue-chip benchmark's 1.8%", q, hits) // ^GSPC
 */
function largeBeside(t: string, q: Quantity, all: readonly SubjectHit[]): ClaimSubject | undefined {
  if (!LARGE_OWNER.test(t.slice(Math.max(0, q.start - 60), q.start))) return undefined;
  const small = all.find(
    (h) =>
      h.end <= q.start &&
      ((h.subject.kind === 'security' && (SMALL_INDEXES.has(h.subject.id) || h.subject.id in LARGE_OF)) ||
        (h.subject.kind === 'size-class' && h.subject.size === 'small')),
  );
  if (!small) return undefined;
  const id = small.subject.kind === 'security' ? small.subject.id : '';
  return { kind: 'security', id: LARGE_OF[id] ?? '^GSPC' };
}
