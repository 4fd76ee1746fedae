/** Synthetic series for property tests, from the one seeded generator (src/math/random.ts): never market data. */
import { mulberry32 } from '../../src/math/random.ts';

export { mulberry32 };

/**
 * A synthetic series of n values: rounded to `decimals` so ties happen, with a share of NaNs (missing).
 */
export function syntheticSeries(seed: number, n: number, decimals = 1, nanShare = 0.05): Float64Array {
  const rand = mulberry32(seed);
  const out = new Float64Array(n);
  const scale = 10 ** decimals;
  for (let i = 0; i < n; i++) {
    out[i] = rand() < nanShare ? Number.NaN : Math.round((rand() - 0.5) * 10 * scale) / scale;
  }
  return out;
}
