/**
 * A seeded PRNG for property tests: mulberry32 (Tommy Ettinger's 32-bit generator, public domain), so the
 * synthetic series are the same on every run. Synthetic numbers only: never market data.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
