/**
 * The one seeded random number generator: mulberry32 (Tommy Ettinger's 32-bit generator, public domain).
 * For synthetic data in benchmarks and property tests only, labelled as such: never market data.
 */

/**
 * A generator of uniforms in [0, 1), the same sequence for the same seed on every machine.
 * @example const rand = mulberry32(1); rand() // 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  if (!Number.isFinite(seed)) throw new Error(`invalid seed: ${seed}; expected a finite number`);
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
