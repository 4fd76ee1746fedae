/**
 * Distances from a high or a low: "now stands about 3% below the record high it hit on Nov. 25", "remain 6%
 * below their November 2021 record", "up 9% from their August low". The value is the claimed day's close
 * over the reference close, minus 1 (−0.03 for "3% below"): the reference is the highest (lowest) close in
 * the claim's `extreme` range (./claim.ts, Extreme), through the claimed day at the latest. The claimed day
 * is the window's last session (the article's date for "now"), moved by `endShift` like any end. Closes as
 * quoted (`returnType: 'price'`, the claim's own convention: the level a reader sees); `total` reads the
 * dividend-adjusted closes, which put an old peak lower; `proxy: 'etf'` the ETF tracking an index. Only an
 * index or a fund has a level: a size group, the market or a sector cannot be checked. A moving average
 * ("5% above its 50-day moving average") is the mean of the N closes through the claimed day. Under
 * `distanceBase: 'close'` the distance is a share of the claimed close instead ("would need to rise 2.1% to
 * regain its record": −(reference / close − 1)). With `at: 'peak'` the close is the highest after the reference's
 * range ("has yet to top its November 2021 record": below it, every close since).
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import type { Claim } from './claim.ts';
import { claimedClose, levelText } from './claimed-close.ts';
import type { CannotCheck, ClaimData, Evaluation, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

/**
 * A close's distance from the highest (lowest) close of a range, as a decimal.
 * @example await distance(data, { metric: 'distance', subjects: ['^RUT'], extreme: { side: 'high', words: 'its record high' }, … }, c) // { value: -0.0138, from: '2024-11-25', to: '2024-12-06', … }
 */
export async function distance(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
): Promise<Evaluation | CannotCheck> {
  const x = claim.extreme;
  if (!x) return { cannot: 'a distance with no high or low to measure it from' };
  const cc = await claimedClose(data, claim, c, `"${x.words}"`);
  if (isCannot(cc)) return cc;
  const { id, bars, p, end, basis } = cc;
  const day = p.days[end];
  if (x.side === 'average') {
    // "5% above its 50-day moving average": the mean of the last N closes, the claimed day's included.
    const n = x.sessions ?? 0;
    if (!(n >= 2) || end + 1 < n)
      return { cannot: `fewer than ${n} closes of ${id} through ${fromDay(day)}` };
    let sum = 0;
    for (let i = end - n + 1; i <= end; i++) sum += p.v[i];
    const mean = sum / n;
    return {
      value: p.v[end] / mean - 1,
      from: fromDay(p.days[end - n + 1]),
      to: fromDay(day),
      description: `${id} ${basis}: the close of ${fromDay(day)}, ${levelText(p.v[end])}, against the mean of its ${n} closes from ${fromDay(p.days[end - n + 1])}, ${levelText(mean)}`,
      provenance: { datasets: [{ name: bars.dataset, vintage: bars.vintage }] },
    };
  }
  const from = x.from ? toDay(x.from) : x.lookback ? day - x.lookback : Number.NEGATIVE_INFINITY;
  const to = Math.min(x.to ? toDay(x.to) : day, day);
  if (x.from && toDay(x.from) > day)
    return { cannot: `"${x.words}" (${x.from}) is after the claimed day, ${fromDay(day)}` };
  let at = -1;
  for (let i = 0; i <= end; i++) {
    if (p.days[i] < from || p.days[i] > to) continue;
    if (at < 0 || (x.side === 'high' ? p.v[i] > p.v[at] : p.v[i] < p.v[at])) at = i;
  }
  if (at < 0) return { cannot: `no close of ${id} in the range of "${x.words}"` };
  const which = x.side === 'high' ? 'highest' : 'lowest';
  const first = fromDay(p.days.find((d) => d >= from) ?? day);
  const ref =
    x.from && x.from === x.to
      ? `the close of ${fromDay(p.days[at])}, ${levelText(p.v[at])}`
      : x.from || x.lookback
        ? `the ${which} close from ${first} to ${fromDay(Math.min(to, day))}, ${levelText(p.v[at])} on ${fromDay(p.days[at])}`
        : `the ${which} of every close from ${fromDay(p.days[0])} to ${fromDay(to)}, ${levelText(p.v[at])} on ${fromDay(p.days[at])}`;
  // "has yet to top its November 2021 record" (`at: 'peak'`): the highest close after the reference's range
  // through the claimed day, not the day's own.
  let k = end;
  if (claim.at === 'peak') for (let i = end; i > at && p.days[i] > to; i--) if (p.v[i] > p.v[k]) k = i;
  const close =
    claim.at === 'peak'
      ? `the highest close after ${fromDay(to)} through ${fromDay(day)}, ${levelText(p.v[k])} on ${fromDay(p.days[k])}`
      : `the close of ${fromDay(day)}, ${levelText(p.v[end])}`;
  // `distanceBase: 'close'`: the move from the claimed close back to the reference, signed as the side.
  const value = c.distanceBase === 'close' ? -(p.v[at] / p.v[k] - 1) : p.v[k] / p.v[at] - 1;
  return {
    value,
    from: fromDay(p.days[at]),
    to: fromDay(day),
    description: `${id} ${basis}: ${close}, against ${ref}`,
    provenance: { datasets: [{ name: bars.dataset, vintage: bars.vintage }] },
  };
}
