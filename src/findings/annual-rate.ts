/**
 * A return as an annual rate ("small caps have returned an annualized 7.5% over the past decade"): the
 * window's compound return R over d calendar days, from the base close's date to the end close's date, is
 * (1 + R)^(365.25 / d) − 1 (the CAGR convention; a window under a year is annualized the same way). Or, for
 * "has averaged 2% a year since 1927", the mean of the calendar years' returns (`rate: 'annual-mean'`): each
 * full year in the window from the last close of the year before to its own last close, a simple average.
 */
import type { Claim, ClaimWindow } from './claim.ts';
import type { Leg } from './evaluate-legs.ts';
import type { CannotCheck } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

const DAY_MS = 864e5;

/**
 * The leg's return as an annual rate, saying so in its description and notes.
 * @example annualRate({ value: 1.0, from: '2014-07-16', to: '2024-07-16', … }).value // 0.0718 (doubling in ten years)
 */
export function annualRate(l: Leg): Leg {
  const days = (Date.parse(`${l.to}T00:00:00Z`) - Date.parse(`${l.from}T00:00:00Z`)) / DAY_MS;
  if (!(days > 0) || !(l.value > -1)) return l;
  const value = (1 + l.value) ** (365.25 / days) - 1;
  const note = `an annual rate: (1 + ${(l.value * 100).toFixed(2)}%)^(365.25 / ${days} days) − 1`;
  return { ...l, value, description: `${l.description} (annual rate)`, notes: [...(l.notes ?? []), note] };
}

/**
 * The mean of the full calendar years' returns in the claim's window, each from `legOf` (the same engine and
 * conventions over that year). A window that starts in the year's first days counts that year; one that ends
 * before Dec. 29 leaves its last year out.
 * @example await annualMean(claim, (w) => leg(w)) // { value: 0.021, description: 'the mean of 97 calendar years …' }
 */
export async function annualMean(
  claim: Claim,
  legOf: (w: ClaimWindow) => Promise<Leg | CannotCheck>,
): Promise<Leg | CannotCheck> {
  const w = claim.window;
  const from = w.kind === 'dates' ? w.from : w.kind === 'since' ? w.event : undefined;
  const to = w.kind === 'dates' || w.kind === 'since' ? w.to : undefined;
  if (!from || !to)
    return { cannot: 'a mean of yearly returns needs a window of dates: give from and to (or since and to)' };
  const first = Number(from.slice(0, 4)) + (from.slice(5) <= '01-03' ? 0 : 1);
  const last = Number(to.slice(0, 4)) - (to.slice(5) >= '12-29' ? 0 : 1);
  if (last < first)
    return {
      cannot: `no whole calendar year from ${from} to ${to}: a mean of yearly returns needs one; state the window's return or its annual rate (rate: annual)`,
    };
  const legs: Leg[] = [];
  for (let y = first; y <= last; y++) {
    const l = await legOf({ kind: 'dates', from: `${y - 1}-12-31`, to: `${y}-12-31` });
    if (isCannot(l)) return { cannot: `${y}: ${l.cannot}`, ...(l.needs ? { needs: l.needs } : {}) };
    legs.push(l);
  }
  const value = legs.reduce((s, l) => s + l.value, 0) / legs.length;
  const pct = (l: Leg) => `${l.to.slice(0, 4)} ${(l.value * 100).toFixed(2)}%`;
  const some =
    legs.length <= 6 ? legs.map(pct) : [...legs.slice(0, 3).map(pct), '…', ...legs.slice(-3).map(pct)];
  return {
    ...legs[legs.length - 1],
    value,
    from: legs[0].from,
    description: `the mean of ${legs.length} calendar years' returns, ${first} to ${last} (${legs[0].description.replace(/ compounded after .*$/, '')})`,
    notes: [`a mean of yearly returns: ${some.join(', ')} (the compound annual rate is another convention)`],
  };
}
