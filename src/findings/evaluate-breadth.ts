/**
 * Breadth claims ("Nine of the 11 sectors rose on Wednesday", "every sector fell", "nine of 11 sectors rose more
 * than 10%"): how many sectors moved the claimed way (beyond the move stated, if any) over the window, by their
 * Select Sector SPDRs (or the stock panel's sectors under that convention); a sector with no prices over the
 * window is left out and said so. The value is the count; the notes list the sectors that rose and those that
 * fell.
 */
import type { Claim } from './claim.ts';
import { pct, sectorReturns } from './evaluate-rank.ts';
import { type CannotCheck, type ClaimData, type Evaluation, isCannot, type Resolved } from './evaluator.ts';

/**
 * A breadth claim: the number of sectors whose return over the window is above zero (`breadth.side: 'up'`)
 * or below it ('down'), or beyond `breadth.beyond` percent that way.
 * @example await breadthClaim(data, claim, conventions) // { value: 9, notes: ['9 of 11 sectors rose: …', …] }
 */
export async function breadthClaim(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
): Promise<Evaluation | CannotCheck> {
  const side = claim.breadth?.side ?? 'up';
  const all = await sectorReturns(data, claim, c);
  if (isCannot(all)) return all;
  const { values, from, to, datasets, source } = all;
  const order = [...values].sort((a, b) => b[1] - a[1]);
  const up = order.filter(([, v]) => v > 0);
  const down = order.filter(([, v]) => v < 0);
  const beyond = (claim.breadth?.beyond ?? 0) / 100;
  const counted = side === 'up' ? up.filter(([, v]) => v > beyond) : down.filter(([, v]) => v < -beyond);
  const list = (xs: typeof order) => xs.map(([k, v]) => `${k} ${pct(v)}`).join(', ') || 'none';
  const named = claim.breadth?.of;
  const held =
    named !== undefined && named !== values.size
      ? [`the claim counts ${named} sectors; ${values.size} have prices over ${from} → ${to}`]
      : [];
  const moved = `${side === 'up' ? 'rose' : 'fell'}${beyond ? ` more than ${+(beyond * 100).toFixed(4)}%` : ''}`;
  return {
    value: counted.length,
    from,
    to,
    description: `sectors that ${moved} after ${from} through ${to}: ${counted.length} of ${values.size}`,
    provenance: { datasets: datasets.filter((d, i) => datasets.findIndex((x) => x.name === d.name) === i) },
    notes: [
      `${counted.length} of ${values.size} sectors ${moved}`,
      `rose: ${list(up)}; fell: ${list(down)}`,
      ...held,
      source,
    ],
  };
}
