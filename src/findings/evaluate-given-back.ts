/**
 * The share of a gain given back ("Small caps have given back about half of their gains since the election"):
 * of the rise from the window's base to its highest close, how much the window's end has lost,
 * (peak − end) / (peak − base). It is read from two evaluations of the claim's own conventions: the return
 * over the window (R) and the end's distance from the highest close since the window's first day (D, ./
 * evaluate-distance.ts); the peak's gain is (1 + R) / (1 + D) − 1 and the share 1 − R / that. Only an index or
 * a fund has closes to peak; with no gain to its peak, nothing was given back.
 */
import type { Claim } from './claim.ts';
import { distance } from './evaluate-distance.ts';
import type { CannotCheck, ClaimData, Evaluation, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

/**
 * The share of the gain to the peak given back by the window's end, as a decimal (0.5 for half).
 * @example await givenBackShare(data, claim, c, ret) // { value: 0.52, description: '… of its gain to the peak …' }
 */
export async function givenBackShare(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
  ret: (w: Claim['window']) => Promise<Evaluation | CannotCheck>,
): Promise<Evaluation | CannotCheck> {
  const w = claim.window;
  const first = w.kind === 'since' ? w.event : w.kind === 'dates' ? w.from : undefined;
  if (!first)
    return { cannot: 'a gain given back needs a stretch from a day: "since the election", "since Nov. 5"' };
  const r = await ret(w);
  if (isCannot(r)) return r;
  const words = 'the highest close since the start';
  const d = await distance(
    data,
    { ...claim, metric: 'distance', extreme: { side: 'high', from: first, words } },
    c,
  );
  if (isCannot(d)) return d;
  const peak = (1 + r.value) / (1 + d.value) - 1;
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  if (!(peak > 0))
    return { cannot: `no gain to give back: the highest close since ${first} is no higher than the start` };
  const value = 1 - r.value / peak;
  return {
    value,
    from: r.from,
    to: r.to,
    description: `${claim.subjects[0]}: up ${pct(peak)} at its highest close (${d.from}), ${pct(r.value)} at ${r.to}: ${(value * 100).toFixed(1)}% of the gain given back (${d.description})`,
    provenance: {
      datasets: [...r.provenance.datasets, ...d.provenance.datasets].filter(
        (x, i, all) => all.findIndex((y) => y.name === x.name) === i,
      ),
    },
  };
}
