/**
 * `node --import tsx bench/fresh-memory.ts [--mib 64]`: what fresh memory costs on this machine, the
 * figure behind the size engine's first-call times (src/portfolios/threads/scratch.ts): milliseconds a
 * MiB to write a new typed array once (every 4 KiB page faulted in, mapped and zeroed) against writing
 * the same array again, the page faults counted, and the kernel's transparent-huge-page mode (with
 * `[madvise]`, the default on Debian, Node's buffers get 4 KiB pages). The benchmark prints the same line
 * above its table (bench/buckets.ts), since it moves every engine's time: a peer that allocates more pays
 * more, and the floor, which reads memory already written, pays none.
 */
import { readFileSync } from 'node:fs';

/** Transparent huge pages: the bracketed word of the kernel's setting, or "unknown". */
function thpMode(): string {
  try {
    const s = readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8');
    return /\[(\w+)\]/.exec(s)?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** One sequential write over a, in ms. */
function writeOnce(a: Float64Array): number {
  const t = performance.now();
  for (let i = 0; i < a.length; i++) a[i] = i;
  return performance.now() - t;
}

/**
 * One line: fresh and rewritten memory's cost, faults, and the huge-page mode (min of 3 tries each).
 * @example freshMemoryLine(64) // "fresh memory: 2.55 ms/MiB to write once (256 faults/MiB), 0.09 rewritten; transparent huge pages: madvise"
 */
export function freshMemoryLine(mib = 64): string {
  const n = (mib << 20) / 8;
  writeOnce(new Float64Array(1 << 16)); // compile the loop before timing it
  let fresh = Number.POSITIVE_INFINITY;
  let again = Number.POSITIVE_INFINITY;
  let faults = 0;
  for (let k = 0; k < 3; k++) {
    const a = new Float64Array(n);
    const f0 = process.resourceUsage().minorPageFault;
    fresh = Math.min(fresh, writeOnce(a));
    faults = process.resourceUsage().minorPageFault - f0;
    again = Math.min(again, writeOnce(a));
  }
  return `fresh memory: ${(fresh / mib).toFixed(2)} ms/MiB to write once (${Math.round(faults / mib)} faults/MiB), ${(again / mib).toFixed(2)} rewritten; transparent huge pages: ${thpMode()}`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const at = process.argv.indexOf('--mib');
  const mib = at > 0 ? Number(process.argv[at + 1]) : 64;
  if (!(mib >= 1 && mib <= 4096)) throw new Error(`invalid --mib: ${process.argv[at + 1]}; expected 1..4096`);
  console.log(freshMemoryLine(mib));
}
