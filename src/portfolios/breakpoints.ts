/**
 * Size breakpoints and bucket assignment.
 *
 * Conventions:
 * - Percentile breakpoints use linear interpolation between order statistics (Hyndman–Fan type 7, the
 *   default of numpy, pandas, R and DuckDB's `quantile_cont`): over n sorted caps v, the p-th breakpoint is
 *   `v[j] + (h - j) * (v[j+1] - v[j])` with `h = (n - 1) * p / 100`, `j = floor(h)`.
 * - A stock with cap x goes to bucket k = the number of breakpoints strictly below x. So a cap equal to
 *   a breakpoint goes to the lower bucket, equal caps always share a bucket, and repeated breakpoints only
 *   leave a bucket empty: there is no "bin edges must be unique" failure.
 * - Buckets are numbered from the smallest (0) to the largest (K-1).
 */
import { bisectLeft } from '../math/bisect.ts';

/** A bucketing scheme, parsed. */
export interface Scheme {
  /** The name as given: 'deciles', 'quintiles', 'terciles', '30-40-30', 'p:10,50,90', 'coverage:70,85,98'. */
  name: string;
  kind: 'percentiles' | 'coverage';
  /** Percentiles (ascending, 0 < p < 100) for 'percentiles'; cumulative-cap shares from the top for 'coverage'. */
  cuts: number[];
  /** Bucket labels, smallest first (French's names where the scheme matches his). */
  labels: string[];
}

const DEC = ['Lo 10', '2-Dec', '3-Dec', '4-Dec', '5-Dec', '6-Dec', '7-Dec', '8-Dec', '9-Dec', 'Hi 10'];
const QNT = ['Lo 20', 'Qnt 2', 'Qnt 3', 'Qnt 4', 'Hi 20'];

function parseList(name: string, text: string): number[] {
  const cuts = text.split(',').map((t) => Number(t.trim()));
  for (let i = 0; i < cuts.length; i++) {
    const c = cuts[i];
    if (!Number.isFinite(c) || c <= 0 || c >= 100 || (i > 0 && c <= cuts[i - 1])) {
      throw new Error(`invalid scheme: "${name}"; expected increasing numbers strictly between 0 and 100`);
    }
  }
  return cuts;
}

/**
 * Parses a scheme name: deciles | quintiles | terciles | 30-40-30 | p:10,50,90 | coverage:70,85,98.
 * @example parseScheme('30-40-30').labels // ['Lo 30', 'Med 40', 'Hi 30']
 */
export function parseScheme(name: string): Scheme {
  if (name === 'deciles')
    return { name, kind: 'percentiles', cuts: [10, 20, 30, 40, 50, 60, 70, 80, 90], labels: DEC };
  if (name === 'quintiles') return { name, kind: 'percentiles', cuts: [20, 40, 60, 80], labels: QNT };
  if (name === 'terciles')
    return { name, kind: 'percentiles', cuts: [100 / 3, 200 / 3], labels: ['T1', 'T2', 'T3'] };
  if (name === '30-40-30')
    return { name, kind: 'percentiles', cuts: [30, 70], labels: ['Lo 30', 'Med 40', 'Hi 30'] };
  if (name.startsWith('p:')) {
    const cuts = parseList(name, name.slice(2));
    const edges = [0, ...cuts, 100];
    const labels = edges.slice(1).map((e, i) => `p${edges[i]}-${e}`);
    return { name, kind: 'percentiles', cuts, labels };
  }
  if (name.startsWith('coverage:')) {
    const cuts = parseList(name, name.slice(9));
    const labels = [`bottom ${+(100 - cuts[cuts.length - 1]).toFixed(6)}%`];
    for (let i = cuts.length - 1; i > 0; i--) labels.push(`${cuts[i - 1]}-${cuts[i]}%`);
    labels.push(`top ${cuts[0]}%`);
    return { name, kind: 'coverage', cuts, labels };
  }
  throw new Error(
    `invalid scheme: "${name}"; expected deciles, quintiles, terciles, 30-40-30, p:<list> or coverage:<list>`,
  );
}

/**
 * Type-7 percentiles of `values[idx]` (NaN-free, positive caps); sorts a copy, returns ascending breakpoints.
 * @example percentileBreakpoints(Float64Array.of(1, 2, 3, 4), Int32Array.of(0, 1, 2, 3), [50]) // [2.5]
 */
export function percentileBreakpoints(
  values: Float64Array,
  idx: Int32Array,
  cuts: readonly number[],
): Float64Array {
  const n = idx.length;
  if (n === 0) throw new Error('cannot form breakpoints: no stocks in the breakpoint universe');
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = values[idx[i]];
  v.sort();
  const out = new Float64Array(cuts.length);
  for (let k = 0; k < cuts.length; k++) {
    const h = ((n - 1) * cuts[k]) / 100;
    const j = Math.floor(h);
    out[k] = j + 1 < n ? v[j] + (h - j) * (v[j + 1] - v[j]) : v[n - 1];
  }
  return out;
}

/**
 * Cap-coverage breakpoints: walking from the largest cap down, the group "top c%" holds the stocks until
 * the cumulative cap first reaches c% of the total (the stock that crosses is in). The breakpoint is the
 * cap of the first stock left out, so ties at the edge fall to the smaller group.
 * @example coverageBreakpoints(Float64Array.of(60, 30, 10), Int32Array.of(0, 1, 2), [50]) // [30]
 */
export function coverageBreakpoints(
  values: Float64Array,
  idx: Int32Array,
  cuts: readonly number[],
): Float64Array {
  const n = idx.length;
  if (n === 0) throw new Error('cannot form breakpoints: no stocks in the breakpoint universe');
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = values[idx[i]];
  v.sort().reverse();
  let total = 0;
  for (let i = 0; i < n; i++) total += v[i];
  const out = new Float64Array(cuts.length);
  let cum = 0;
  let i = 0;
  // cuts ascending: top 70% is the largest-cap group, so its breakpoint is the highest.
  for (let k = 0; k < cuts.length; k++) {
    while (i < n && cum < (cuts[k] / 100) * total) cum += v[i++];
    out[cuts.length - 1 - k] = i < n ? v[i] : 0;
  }
  return out;
}

/**
 * Bucket of each stock: the number of breakpoints strictly below its cap (see the module comment).
 * @example assignBuckets(Float64Array.of(1, 5, 9), Int32Array.of(0, 1, 2), Float64Array.of(5)) // [0, 0, 1]
 */
export function assignBuckets(values: Float64Array, idx: Int32Array, breakpoints: Float64Array): Int32Array {
  const out = new Int32Array(idx.length);
  const K = breakpoints.length;
  for (let i = 0; i < idx.length; i++) {
    out[i] = bisectLeft(breakpoints, values[idx[i]], 0, K);
  }
  return out;
}
