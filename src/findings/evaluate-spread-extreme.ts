/**
 * A spread at its widest (narrowest) in a stretch: "At its widest, the Russell 2000's lead over the S&P 500 since
 * the vote was 4.5 points", "…, down from 4.5 points at its widest" (Claim.at 'peak' or 'trough' on a spread). The
 * spread from the window's base to each session's close in the window, under the claim's own conventions; the
 * widest is the largest in the direction the claim states (a lead: the highest; a deficit: the lowest; a gap with
 * no side: the farthest from zero), the narrowest the smallest there.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { nyseSessions } from '../calendar/nyse.ts';
import type { Claim, ClaimWindow } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';
import type { CannotCheck, Evaluation } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

/**
 * The widest (narrowest) spread of the window's sessions, each evaluated by `spreadOf` with the window ended there.
 * @example await extremeSpread({ ...claim, at: 'peak' }, (x) => spread(data, x, c)) // { value: 0.0447, to: '2024-11-25', … }
 */
export async function extremeSpread(
  claim: Claim,
  spreadOf: (claim: Claim) => Promise<Evaluation | CannotCheck>,
): Promise<Evaluation | CannotCheck> {
  const { at, ...plain } = claim;
  const w = plain.window;
  const first = w.kind === 'since' ? w.event : w.kind === 'dates' ? w.from : undefined;
  const last = w.kind === 'since' || w.kind === 'dates' ? w.to : undefined;
  if (!first || !last || last <= first)
    return {
      cannot: 'a spread at its widest needs a stretch from a day to a day ("since the vote", "since Nov. 5")',
    };
  const side = (claim as Partial<ReadClaim>).unsigned ? 0 : claim.stated < 0 ? -1 : 1;
  const score = (v: number) => (side === 0 ? Math.abs(v) : side * v);
  let best: Evaluation | undefined;
  for (const d of nyseSessions(fromDay(toDay(first) + 1), last)) {
    const e = await spreadOf({ ...plain, window: { ...w, to: fromDay(d) } as ClaimWindow });
    if (isCannot(e)) return e;
    if (!best || (at === 'trough' ? score(e.value) < score(best.value) : score(e.value) > score(best.value)))
      best = e;
  }
  if (!best) return { cannot: `no session from ${first} to ${last}` };
  const word = at === 'trough' ? 'narrowest' : 'widest';
  return {
    ...best,
    description: `the ${word} of the spreads from ${first} to each session's close through ${last}: ${best.description}`,
  };
}
