/**
 * The daily returns a streak or a tally counts (./record-streak.ts, ./record-start.ts): an index's or a
 * fund's close to close (adjusted closes when the store has them), a size group's French daily file
 * (value-weighted), the market's Mkt-RF + RF, the size factor's daily SMB (a region's: its French SMB); or
 * two subjects' difference on the days both have.
 */
import { regionSubject } from './claim-regions.ts';
import { frenchShare, isFactor, isMarket, sizeGroup } from './claim-subjects.ts';
import type { CannotCheck, ClaimData, Evaluation } from './evaluator.ts';

/** Daily returns of the claim's one subject, with their datasets, or why there are none. */
async function dailyReturns(
  data: ClaimData,
  id: string,
): Promise<
  { days: Int32Array; r: Float64Array; datasets: Evaluation['provenance']['datasets'] } | CannotCheck
> {
  const g = sizeGroup(id);
  if (g) {
    const share = frenchShare(g.share);
    const s = share ? await data.portfolio(`${g.side} ${share}`, 'daily', 'value') : null;
    if (!s) return { cannot: `no daily value-weighted returns for ${JSON.stringify(id)} in the store` };
    return { days: s.days, r: s.values, datasets: [{ name: s.dataset, vintage: s.vintage }] };
  }
  // "beat the market in 10 of the 16 sessions": French's daily market (Mkt-RF + RF), value-weighted.
  if (isMarket(id)) {
    const m = await data.market('daily');
    if (!m) return { cannot: 'no daily market factors (Mkt-RF, RF) in the store' };
    return { days: m.days, r: m.values, datasets: [{ name: m.dataset, vintage: m.vintage }] };
  }
  // "SMB has risen for three straight weeks": French's daily size factor (a long-short return, no prices).
  if (isFactor(id)) {
    const f = data.factor ? await data.factor(id, 'daily') : null;
    if (!f) return { cannot: `no daily ${id} factor returns in the store` };
    return { days: f.days, r: f.values, datasets: [{ name: f.dataset, vintage: f.vintage }] };
  }
  const bars = await data.bars(id);
  if (!bars)
    return { cannot: `no prices for ${id} in the store`, needs: `capgap fetch prices ${id} --source yahoo` };
  const lv = bars.adjClose.some((x) => !Number.isNaN(x)) ? bars.adjClose : bars.close;
  const r = new Float64Array(lv.length).fill(Number.NaN);
  for (let i = 1; i < lv.length; i++) r[i] = lv[i] / lv[i - 1] - 1;
  return { days: bars.days, r, datasets: [{ name: bars.dataset, vintage: bars.vintage }] };
}

/**
 * The daily returns a streak counts: one subject's, or the difference of two on the days both have ("small
 * caps have outperformed large caps for four straight sessions").
 */
export async function streakReturns(
  data: ClaimData,
  subjects: readonly string[],
): Promise<
  { days: Int32Array; r: Float64Array; datasets: Evaluation['provenance']['datasets'] } | CannotCheck
> {
  if (subjects.length === 0 || subjects.length > 2)
    return {
      cannot: `a streak of one index, fund or size group, or of two's difference; the claim names ${subjects.length}`,
    };
  // "The international size factor has fallen for three straight weeks": the region's SMB, small over large.
  const [ra, rb] = subjects.map(regionSubject);
  if (ra && rb && ra.region === rb.region && ra.leg === 'small' && rb.leg === 'large') {
    const s = data.regionSeries ? await data.regionSeries(ra.region, 'SMB') : null;
    if (!s || 'cannot' in s) return s ?? { cannot: `no regional data for ${ra.region}` };
    return { days: s.days, r: s.values, datasets: [{ name: s.dataset, vintage: s.vintage }] };
  }
  const a = await dailyReturns(data, subjects[0]);
  if ('cannot' in a || subjects.length === 1) return a;
  const b = await dailyReturns(data, subjects[1]);
  if ('cannot' in b) return b;
  const bAt = new Map<number, number>();
  for (let i = 0; i < b.days.length; i++) bAt.set(b.days[i], b.r[i]);
  const days: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < a.days.length; i++) {
    const v = bAt.get(a.days[i]);
    if (v === undefined) continue;
    days.push(a.days[i]);
    r.push(a.r[i] - v);
  }
  return { days: Int32Array.from(days), r: Float64Array.from(r), datasets: [...a.datasets, ...b.datasets] };
}
