/**
 * The index a fund's document names its benchmark: "compared with -10.6% for its benchmark, the Russell 2000
 * Index", "the Fund's benchmark (the Russell 2000)". A later bare "the benchmark" in that document is that index
 * (./class-index.ts), not the broad index a newsroom's "the benchmark" is.
 */
import type { ClaimSubject } from '../claim-read.ts';
import { BENCHMARK_APPOSITION } from './quantity-words.ts';
import { findSubjects } from './subjects.ts';

/** "its benchmark, the", "the Fund's benchmark index (", "their benchmark —": a benchmark named in apposition. */
export const DECLARED = new RegExp(`${BENCHMARK_APPOSITION}(?:the\\s+)?`, 'gi');

/**
 * The index sentence `t` declares a fund's benchmark, else undefined.
 * @example declaredBenchmark('… -10.6% for its benchmark, the Russell 2000 Index, …') // { kind: 'security', id: '^RUT' }
 */
export function declaredBenchmark(t: string): ClaimSubject | undefined {
  for (const m of t.matchAll(DECLARED)) {
    const at = m.index + m[0].length;
    const hit = findSubjects(t.slice(at))[0];
    if (hit?.start === 0 && hit.subject.kind === 'security') return hit.subject;
  }
  return undefined;
}
