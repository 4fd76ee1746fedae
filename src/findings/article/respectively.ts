/**
 * "The Russell 2000 and the S&P 500 rose 3.1% and 1.1%, respectively": the numbers listed before
 * "respectively" go to the subjects listed before them, in order (the first number to the first subject).
 * Only when the counts agree; otherwise each number keeps the subject the clause reading gives it. Returns
 * pair with any subject, amounts of money with funds and fund categories (`pairs`). The windows listed after
 * "respectively" go to the numbers the same way (`respectiveWindows`); a scoreboard's window after its last
 * item goes to every item ("RTY +5.8%, SPX +2.5%, NDX +3.0% on the day": `scoreboardWindow`).
 */
import type { ClaimSubject } from '../claim-read.ts';
import { isMeasurable } from './bound-subject.ts';
import type { Quantity } from './numbers.ts';
import type { QuantityClaim } from './quantity-types.ts';
import type { SubjectHit } from './subjects.ts';

const LIST = /^[\s,]*(?:and\s+)?(?:the\s+)?$/i;

/**
 * The subject of each number a "respectively" pairs, in a sentence `t` with subject hits and quantities.
 * @example respectively('X and Y rose 3% and 1%, respectively', hits, qs).get(qs[1]) // Y
 */
export function respectively(
  t: string,
  subjects: readonly SubjectHit[],
  quantities: readonly Quantity[],
): Paired {
  const out: Paired = new Map<Quantity, ClaimSubject>();
  const word = /\brespectively\b/i.exec(t);
  if (!word) return colonLegs(t, subjects, quantities, out);
  const numbers = listedNumbers(t, quantities, word.index);
  if (numbers.length < 2) return out;
  const first = numbers[0];
  // The subjects' list: the last subjects before the numbers, joined by ",", "and" (and "the") alone; it must
  // hold exactly as many subjects as there are numbers.
  const hits = subjects.filter((h) => h.end <= first.start);
  const joined = (a: SubjectHit, b: SubjectHit) => LIST.test(t.slice(a.end, b.start));
  let from = hits.length - 1;
  while (from > 0 && joined(hits[from - 1], hits[from])) from--;
  const list = hits.slice(from);
  if (list.length !== numbers.length || !list.every((h) => isMeasurable(h.subject))) return out;
  numbers.forEach((q, i) => {
    out.set(q, list[i].subject as ClaimSubject);
  });
  return out;
}

/** The subject of each number paired; `legs`, those paired as a comparison's two sides after a colon. */
export type Paired = Map<Quantity, ClaimSubject> & { legs?: Set<Quantity> };

/** A colon, then two numbers and nothing else: ": 8.5% against 10.2%", ": +10.9% vs. +5.7%". */
const LEGS_BETWEEN = /^\s*(?:against|vs\.?|versus|compared\s+(?:with|to))\s+$/i;

/**
 * "The Russell 2000 fell less than the S&P 500 from the election to year-end: 8.5% against 10.2%", "Small caps
 * beat large caps in November: 10.9% vs. 5.7%": the two numbers after the colon are the two sides' returns, in
 * the order the clause before it names them (exactly two measurable subjects, none after the colon).
 */
function colonLegs(t: string, subjects: readonly SubjectHit[], quantities: readonly Quantity[], out: Paired) {
  const [a, b] = quantities.slice(-2);
  if (!b || a.unit !== 'percent' || b.unit !== 'percent' || !LEGS_BETWEEN.test(t.slice(a.end, b.start)))
    return out;
  const colon = /:\s*[+\-\u2212]?$/.exec(t.slice(0, a.start));
  if (
    !colon ||
    !/^\s*[.!]?\s*$/.test(t.slice(b.end)) ||
    quantities.some((q) => q.end <= colon.index && q !== a)
  )
    return out;
  const clause = Math.max(0, t.lastIndexOf(';', colon.index) + 1);
  const sides = subjects.filter((h) => h.start >= clause && h.end <= colon.index && isMeasurable(h.subject));
  if (sides.length !== 2 || subjects.some((h) => h.start > colon.index)) return out;
  out.set(a, sides[0].subject as ClaimSubject).set(b, sides[1].subject as ClaimSubject);
  out.legs = new Set([a, b]);
  return out;
}

/**
 * Claim `qc` of number `q` with the subject a list pairs it with: a comparison's side after a colon (`legs`) is
 * that side's return, whatever the verb made of it ("beat the S&P 500 in November: 10.9% against 5.7%").
 */
export function pairedClaim(qc: QuantityClaim, q: Quantity, paired: Paired): QuantityClaim {
  const s = paired.get(q);
  if (!s) return qc;
  if (paired.legs?.has(q) && qc.metric !== 'return')
    return {
      metric: 'return',
      subjects: [s],
      sign: q.negative ? -1 : 1,
      signSource: q.negative ? 'number' : 'none',
    };
  return pairs(qc.metric, s) ? { ...qc, subjects: [s] } : qc;
}

/**
 * Whether a "respectively" subject can take a claim of `metric`: any measurable subject a return; a fund or
 * a fund category an amount of money ("IWM and IJR took in $1bn and $2bn, respectively").
 * @example pairs('flow', { kind: 'security', id: 'IJR' }) // true
 */
export function pairs(metric: string, s: ClaimSubject): boolean {
  if (metric === 'return') return true;
  if (metric !== 'flow') return false;
  return s.kind === 'category' || (s.kind === 'security' && !s.id.startsWith('^'));
}

/**
 * The numbers a list of elections' hits (`each`, in order) go to: those listed before them ("16% and 14.5% after the
 * 2016 and 2020 elections"), after them before "respectively" ("in each of the last three elections, gaining 16%,
 * 14.5% and 6% respectively"), or right after them ("after the 2000 and 2008 elections, falling 8.9% and 19.5%");
 * none unless as many as the hits.
 */
function electionLegs(
  t: string,
  each: readonly { start: number; end: number }[],
  quantities: readonly Quantity[],
  word: RegExpExecArray | null,
): Quantity[] {
  if (each.length < 2) return [];
  const later = word ? listedNumbers(t, quantities, word.index).filter((q) => q.start >= each[0].end) : [];
  const lists = [
    listedNumbers(t, quantities, each[0].start),
    later,
    firstListAfter(t, quantities, each[0].end),
  ];
  return lists.find((x) => x.length === each.length) ?? [];
}

/** The first run of numbers of one unit after `at` in its clause, only ",", "and" between them. */
function firstListAfter(t: string, quantities: readonly Quantity[], at: number): Quantity[] {
  const [first, ...rest] = quantities.filter((q) => q.start >= at);
  if (!first || /[;:]/.test(t.slice(at, first.start))) return [];
  const out = [first];
  for (const q of rest) {
    if (q.unit !== first.unit || !/^[\s,]*(?:and\s+)?$/i.test(t.slice(out[out.length - 1].end, q.start)))
      break;
    out.push(q);
  }
  return out;
}

/** The numbers' list before "respectively": the last run of numbers of one unit, only ",", "and" between them. */
function listedNumbers(t: string, quantities: readonly Quantity[], at: number): Quantity[] {
  const listed = quantities.filter((q) => q.end <= at);
  if (listed.length < 2) return [];
  // The run that ends last before the word ("IWM added $4.6bn, while VB and IJR took in $1.1bn and $725m,
  // respectively": the $1.1bn and the $725m, not the $4.6bn).
  const numbers = [listed[listed.length - 1]];
  for (const q of listed.slice(0, -1).reverse()) {
    const next = numbers[0];
    if (q.unit !== next.unit || !/^[\s,]*(?:and\s+)?$/i.test(t.slice(q.end, next.start))) break;
    numbers.unshift(q);
  }
  return numbers;
}

/**
 * "The Russell 2000 rose 5.8% and 0.8%, respectively, on Wednesday and Thursday": the windows listed after
 * "respectively" go to the numbers listed before it, in order, when the counts agree.
 * @example respectiveWindows(t, hits, qs).get(qs[1]) // the Thursday hit
 */
export function respectiveWindows<
  H extends { start: number; end: number; window?: unknown; respective?: number },
>(t: string, windows: readonly H[], quantities: readonly Quantity[]): Map<Quantity, H> {
  const out = new Map<Quantity, H>();
  // "16% and 14.5% after the 2016 and 2020 elections": a list of elections, one window each (./window-other-years.ts).
  const each = windows.filter((h) => h.respective !== undefined);
  const word = /\brespectively\b/i.exec(t);
  for (const [i, q] of electionLegs(t, each, quantities, word).entries()) out.set(q, each[i]);
  if (!word) return out;
  const numbers = listedNumbers(t, quantities, word.index);
  const after = windows.filter((h) => h.window && h.start >= word.index + word[0].length);
  const list = after.filter(
    (h, i) => i === 0 || /^[\s,]*(?:and\s+)?$/i.test(t.slice(after[i - 1].end, h.start)),
  );
  if (numbers.length < 2 || list.length !== numbers.length) return out;
  numbers.forEach((q, i) => {
    out.set(q, list[i]);
  });
  return out;
}

/**
 * The items after a number up to a window phrase: ", SPX +2.5%, NDX +3.0% ", ", the S&P 500 2.5% and the
 * Nasdaq 3% ", " vs SPX +2.5% (", a desk's ", SPX +137bp " (a name and a per cent or basis points each, no verb).
 */
const ITEMS =
  /^(?:\s*(?:,\s*and|,|and|vs\.?|versus)\s+(?:the\s+)?[A-Za-z&][^,;%\d]{0,30}?(?:\s\d{3,4})?\s+[+\-\u2212]?\d[\d.,]*\s*(?:%|bps?\b))+\s*\(?\s*$/;

/**
 * The window of a scoreboard's last item, for an earlier item with none ("RTY +5.8%, SPX +2.5%, NDX +3.0% on
 * the day"), or undefined.
 * @example scoreboardWindow(t, q, hits)?.window // the day
 */
export function scoreboardWindow<H extends { start: number; end: number; window?: unknown }>(
  t: string,
  q: { end: number },
  hits: readonly H[],
): H | undefined {
  return hits.find((h) => h.window && h.start >= q.end && ITEMS.test(t.slice(q.end, h.start)));
}
