/**
 * The share of a gain given back ("Small caps have given back about half of their gains since the election"):
 * of the rise from the window's base to its highest close, how much the window's end has lost,
 * (peak − end) / (peak − base). It is read from two evaluations of the claim's own conventions: the return
 * over the window (R) and the end's distance from the highest close since the window's first day (D, ./
 * evaluate-distance.ts); the peak's gain is (1 + R) / (1 + D) − 1 and the share 1 − R / that. Only an index or
 * a fund has closes to peak; with no gain to its peak, nothing was given back. The peak's (or the trough's)
 * return is a claim of its own ("At its peak, the Russell 2000 was up 10.1% since the vote": `extremeReturn`).
 */
import type { Claim } from './claim.ts';
import { distance } from './evaluate-distance.ts';
import type { CannotCheck, ClaimData, Evaluation, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

type Ret = (w: Claim['window']) => Promise<Evaluation | CannotCheck>;

/** The window's first day, from which its highest or lowest close is sought. */
function firstDay(w: Claim['window']): string | undefined {
  return w.kind === 'since' ? w.event : w.kind === 'dates' ? w.from : undefined;
}

/** The return to the window's highest (`high`) or lowest close: R, D and (1 + R) / (1 + D) − 1 (`what`: for a message). */
async function toExtreme(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
  ret: Ret,
  side: 'high' | 'low',
  what: string,
): Promise<{ r: Evaluation; d: Evaluation; value: number; first: string } | CannotCheck> {
  const { at: _at, ...plain } = claim;
  const first = firstDay(plain.window);
  if (!first) return { cannot: `${what} needs a stretch from a day: "since the election", "since Nov. 5"` };
  const r = await ret(plain.window);
  if (isCannot(r)) return r;
  const words = `the ${side === 'high' ? 'highest' : 'lowest'} close since the start`;
  const d = await distance(data, { ...plain, metric: 'distance', extreme: { side, from: first, words } }, c);
  if (isCannot(d)) return d;
  return { r, d, value: (1 + r.value) / (1 + d.value) - 1, first };
}

/** The datasets of two evaluations, each once. */
function bothDatasets(r: Evaluation, d: Evaluation): Evaluation['provenance'] {
  return {
    datasets: [...r.provenance.datasets, ...d.provenance.datasets].filter(
      (x, i, all) => all.findIndex((y) => y.name === x.name) === i,
    ),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/**
 * The return from the window's base to its highest close (`claim.at` 'peak') or lowest ('trough') from its
 * first day through its end, as a decimal.
 * @example await extremeReturn(data, { ...claim, at: 'peak' }, c, ret) // { value: 0.0801, description: '^RUT: 8.01% at its highest close since 2024-11-05 (2024-11-25), …' }
 */
export async function extremeReturn(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
  ret: Ret,
): Promise<Evaluation | CannotCheck> {
  const side = claim.at === 'trough' ? 'low' : 'high';
  const x = await toExtreme(data, claim, c, ret, side, side === 'high' ? 'a peak' : 'a trough');
  if (isCannot(x)) return x;
  const word = side === 'high' ? 'highest' : 'lowest';
  return {
    value: x.value,
    from: x.r.from,
    to: x.r.to,
    description: `${claim.subjects[0]}: ${pct(x.value)} at its ${word} close since ${x.first} (${x.d.from}), ${pct(x.r.value)} at ${x.r.to} (${x.d.description})`,
    provenance: bothDatasets(x.r, x.d),
  };
}

/**
 * The share of the gain to the peak given back by the window's end, as a decimal (0.5 for half).
 * @example await givenBackShare(data, claim, c, ret) // { value: 0.52, description: '… of its gain to the peak …' }
 */
export async function givenBackShare(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
  ret: Ret,
): Promise<Evaluation | CannotCheck> {
  const x = await toExtreme(data, claim, c, ret, 'high', 'a gain given back');
  if (isCannot(x)) return x;
  if (!(x.value > 0))
    return { cannot: `no gain to give back: the highest close since ${x.first} is no higher than the start` };
  const value = 1 - x.r.value / x.value;
  return {
    value,
    from: x.r.from,
    to: x.r.to,
    description: `${claim.subjects[0]}: up ${pct(x.value)} at its highest close (${x.d.from}), ${pct(x.r.value)} at ${x.r.to}: ${(value * 100).toFixed(1)}% of the gain given back (${x.d.description})`,
    provenance: bothDatasets(x.r, x.d),
  };
}
