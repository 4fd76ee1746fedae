/**
 * A window phrase in a clause with no number of its own, after the sentence's last number: the next numbers'
 * period ("In the week ended Nov. 20 the Russell 2000 rose 2.4%, but in the week to Nov. 6 it was the other way
 * round: large caps gained 7.3%, small caps 7.1%": the week to Nov. 6 for the 7.3% and the 7.1%). Before, those
 * numbers took the window of the number before them (the week ended Nov. 20).
 */
import type { ClaimWindow } from '../claim.ts';
import type { TextSpan } from '../claim-read.ts';
import type { WindowHit } from './windows.ts';

/** A clause's opening: a comma, a semicolon, a colon or a dash, then "but", "and", "while", … at most. */
const BREAK = /(?:[,;:—–]|\b(?:but|while|whereas)\b)\s*(?:(?:but|and|yet|while|whereas)\s+)?$/i;

/**
 * `carry` with its window replaced by that of a window phrase before clause `seg` with no number between the
 * phrase and `q` (the number whose window is sought); `carry` itself when there is none.
 * @example windowBetween(t, hits, quantities, seg, q, carry).window // { kind: 'week', weekEnd: '2020-11-06' }
 */
export function windowBetween<C extends { window?: ClaimWindow }>(
  t: string,
  hits: readonly WindowHit[],
  quantities: readonly TextSpan[],
  seg: TextSpan,
  q: TextSpan,
  carry: C,
): C {
  if (!carry.window) return carry;
  // (opening a clause: not "… 0.4 per cent lower than its pre-election close", "far less than in 2016")
  const after = (h: WindowHit) => {
    const prior = quantities.filter((x) => x.end <= h.start).at(-1);
    return !!prior && BREAK.test(t.slice(prior.end, h.start));
  };
  const lone = hits.filter(
    (h) =>
      h.window &&
      !h.endOnly &&
      h.end <= seg.start &&
      after(h) &&
      !quantities.some((x) => x.start >= h.end && x.end <= q.start),
  );
  const last = lone.at(-1);
  return last?.window ? { ...carry, window: last.window } : carry;
}

/** ", more than four times the S&P 500's ", ", about double ": a multiple of the number just before. */
const MULTIPLE_OF =
  /,\s*(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+|over\s+|well\s+over\s+)?(?:twice|double|triple|half|(?:\w+(?:\s+and\s+a\s+half)?)\s+times)\b[^,;]*$/i;

/**
 * The window of the number just before `q` when `q`'s clause is a multiple of it: "leaving the index up 6.3%
 * over two sessions, more than four times the S&P 500's 1.6% gain" (the two sessions, for the multiple and for
 * the 1.6%, not the day an earlier clause named); undefined otherwise.
 * @example multipleOfBefore(t, hits, quantities, q) // { kind: 'dates', from: '2023-12-12', to: '2023-12-14' }
 */
export function multipleOfBefore(
  t: string,
  hits: readonly WindowHit[],
  quantities: readonly TextSpan[],
  q: TextSpan,
): ClaimWindow | undefined {
  // The number before the multiple (itself a number: "four times", whose own words end the clause).
  const prior = quantities.filter((x) => x.end <= q.start);
  const last = prior.at(-1);
  const p = last && MULTIPLE_OF.test(t.slice(last.end, q.end)) ? last : prior.at(-2);
  const m = p && MULTIPLE_OF.exec(t.slice(p.end, q.end));
  if (!p || !m || prior.some((x) => x.start > p.end && x.start < p.end + m.index)) return undefined;
  return hits.find((h) => h.window && !h.endOnly && h.start >= p.end && h.end <= p.end + m.index)?.window;
}
