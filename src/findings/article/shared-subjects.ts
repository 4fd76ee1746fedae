/**
 * Shared subjects: "Small caps and large caps both rose 3%", "The Russell 2000 and the S&P 500 each gained
 * about 1%", "IWM, IJR and VB all took in more than $1bn": a list of subjects joined by "," and "and" (and
 * "both … and", "as well as"), standing right before the verb of a number, is the subject of that number
 * once per subject: one claim for each. Not when "respectively" pairs the numbers with the subjects
 * (./respectively.ts); when the verb has as many numbers as the list has subjects and no "both", "each",
 * "all" or "alike", the numbers pair with the subjects in order, as with "respectively". A subject after
 * the numbers that did the same ("…, as did large caps", "and so did the S&P 500") takes them too; so does a list
 * named the best performers before its verb ("Energy, financials and industrials were the best performers, each
 * rising more than 7%").
 */
import type { ClaimSubject } from '../claim-read.ts';
import { isMeasurable } from './bound-subject.ts';
import type { Quantity } from './numbers.ts';
import type { QuantityClaim } from './quantity-claim.ts';
import type { SubjectHit } from './subjects.ts';
import type { VerbHit } from './verbs.ts';

const JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+)?$/i;
const MARK = /\b(?:both|each|all|alike|together)\b/i;
const TO_VERB =
  /^\s*,?\s*(?:(?:both|each|all|alike|together|also|have|has|had|were|was|are|is|had|been|each\s+of\s+them)\s+)*$|^\s+(?:were|are)\s+(?:the|among\s+the)\s+(?:[\w-]+\s+){0,3}?(?:performers|gainers|losers|laggards|leaders|sectors),\s+(?:each|all|both)\s+$/i;
// "Shares of IWM and SPY rose 2%": "shares of" (units in, stocks of) opens the list, it does not end it.
const BEFORE_LIST =
  /(?:^|[,;:(]|\b(?:while|whereas|but|and|after|as)\b)\s*(?:both\s+)?(?:(?:shares|units|stocks)\s+(?:of|in)\s+)?(?:the\s+)?$/i;

/** A number's list of subjects, and the one it pairs with when the numbers pair in order. */
export interface Shared {
  list: ClaimSubject[];
  only?: ClaimSubject;
  /** "both", "each", "all" or "alike" say the number is each subject's (else an amount may be their total). */
  marked: boolean;
  /** Subjects after the numbers that did the same: "…, as did large caps". */
  also?: ClaimSubject[];
}

const ALSO = /,?\s+(?:as|and\s+so)\s+(?:did|have|has|had|were|was|are|is)\s+(?:the\s+)?$/i;

/**
 * For each number whose verb has a list of subjects, the subjects in the order written.
 * @example sharedSubjects('Small caps and large caps both rose 3%', hits, verbs, qs, new Map()).get(qs[0]) // { list: [small, large], marked: true }
 */
export function sharedSubjects(
  t: string,
  subjects: readonly SubjectHit[],
  verbs: readonly VerbHit[],
  quantities: readonly Quantity[],
  paired: ReadonlyMap<Quantity, ClaimSubject>,
): Map<Quantity, Shared> {
  const out = new Map<Quantity, Shared>();
  // "respectively" is the writer's pairing: when it does not pair, the clause reading stands.
  if (/\brespectively\b/i.test(t)) return out;
  const lists = new Map<VerbHit, { list: ClaimSubject[]; marked: boolean } | null>();
  for (const q of quantities) {
    if (paired.has(q)) continue;
    const verb = verbs.filter((v) => v.end <= q.start).pop();
    // The number's own verb: no other subject between it and the number ("IWM rose 2% and SPY 1%": SPY's).
    if (!verb || subjects.some((h) => h.start >= verb.end && h.end <= q.start)) continue;
    if (!lists.has(verb)) lists.set(verb, listBefore(t, subjects, verb));
    const found = lists.get(verb);
    if (found) out.set(q, { list: found.list, marked: found.marked });
  }
  // Without a marker, as many numbers as subjects pairs them in order, as "respectively" would ("The Russell
  // 2000 and the S&P 500 rose 3.1% and 1.1% on Monday"): one subject each, not every subject each.
  for (const [verb, found] of lists) {
    if (!found || found.marked) continue;
    const own = [...out.keys()].filter((q) => verbs.filter((v) => v.end <= q.start).pop() === verb);
    if (own.length === found.list.length)
      for (const [i, q] of own.entries())
        out.set(q, { list: found.list, only: found.list[i], marked: false });
  }
  // "Small caps gained 2% on Friday, as did large caps": the numbers of the verb before are also theirs.
  subjects.forEach((h, i) => {
    if (!isMeasurable(h.subject) || !ALSO.test(t.slice(Math.max(0, h.start - 30), h.start))) return;
    const last = quantities.filter((q) => q.end <= h.start).pop();
    const verb = last && verbs.filter((v) => v.end <= last.start).pop();
    if (!verb) return;
    // "as did IWM and SPY": the subjects listed after it too.
    const them = [h];
    for (const n of subjects.slice(i + 1)) {
      if (!isMeasurable(n.subject) || !JOIN.test(t.slice(them[them.length - 1].end, n.start))) break;
      them.push(n);
    }
    for (const q of quantities)
      if (q.start >= verb.end && q.end <= h.start && !paired.has(q)) {
        const e = out.get(q) ?? { list: [], marked: true };
        out.set(q, { ...e, also: [...(e.also ?? []), ...them.map((x) => x.subject as ClaimSubject)] });
      }
  });
  return out;
}

/** The list of two or more subjects standing right before `verb`, or null. */
function listBefore(
  t: string,
  subjects: readonly SubjectHit[],
  verb: VerbHit,
): { list: ClaimSubject[]; marked: boolean } | null {
  const before = subjects.filter((h) => h.end <= verb.start);
  let i = before.length - 1;
  if (i < 1 || !TO_VERB.test(t.slice(before[i].end, verb.start))) return null;
  while (i > 0 && JOIN.test(t.slice(before[i - 1].end, before[i].start))) i--;
  const hits = before.slice(i);
  if (hits.length < 2 || !hits.every((h) => isMeasurable(h.subject))) return null;
  // The list opens its clause: nothing but a connective (or the sentence start) before it.
  if (!BEFORE_LIST.test(t.slice(Math.max(0, hits[0].start - 40), hits[0].start))) return null;
  const list: ClaimSubject[] = [];
  for (const h of hits) {
    const s = h.subject as ClaimSubject;
    if (!list.some((x) => JSON.stringify(x) === JSON.stringify(s))) list.push(s);
  }
  if (list.length < 2) return null;
  const marked = MARK.test(t.slice(Math.max(0, hits[0].start - 6), verb.start));
  return { list, marked };
}

/**
 * The claims one number makes: one per subject of its shared list when the clause's reading measured one
 * of them (else the clause's one claim), each subject list passed through `norm`.
 * @example shareClaim({ metric: 'return', subjects: [small], sign: 1, signSource: 'verb' }, { list: [small, large], marked: true }, (s) => s).length // 2
 */
export function shareClaim(
  qc: QuantityClaim,
  shared: Shared | undefined,
  norm: (s: ClaimSubject[]) => ClaimSubject[],
): QuantityClaim[] {
  const key = JSON.stringify(qc.subjects[0]);
  const same = (s: ClaimSubject) => JSON.stringify(s) === key || JSON.stringify(norm([s])[0]) === key;
  const also = (shared?.also ?? []).map((s) => ({ ...qc, subjects: norm([s, ...qc.subjects.slice(1)]) }));
  if (!shared?.list.some(same)) return [{ ...qc, subjects: norm(qc.subjects) }, ...also];
  return [...(shared.only ? [shared.only] : shared.list), ...(shared.also ?? [])].map((s) => ({
    ...qc,
    subjects: norm([s, ...qc.subjects.slice(1)]),
  }));
}

/**
 * Why an amount for a list of fund groups without "each" or "both" is not read: it is their total.
 * @example totalFlowWhy('$2bn') // 'an amount ("$2bn") for several fund groups together: …'
 */
export function totalFlowWhy(amount: string): string {
  return `an amount (${JSON.stringify(amount)}) for several fund groups together: capgap checks one group's flows at a time ("each" or "both" would make it each group's)`;
}
