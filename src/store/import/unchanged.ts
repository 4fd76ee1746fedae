/**
 * The shortcut for a repeat import: when the `datasets` row of this import already records the same file
 * (sha256) read as the same kind, and the store still holds exactly that many rows for the dataset, the file
 * is already in the store and nothing is written. Anything else takes the full path (checks, then write),
 * so the shortcut can only skip work, never change the outcome.
 */

import type { ImportKind } from '../../formats/types.ts';
import type { Store } from '../store.ts';
import type { ImportSummary } from './import-types.ts';

/** Where an import's rows live: the dataset, and for French files its vintage and frequencies. */
export interface Scope {
  registryName: string;
  kind: string;
  sha256: string;
  dataset: string;
  /** French: vintage and frequencies of the file (portfolio_series and factors are counted in them). */
  french?: { vintage: string; frequencies: string[] };
}

/**
 * The rows the store holds for an import already recorded with the same sha256 and kind, by table; null when
 * the shortcut does not apply.
 * @example await unchangedImport(store, { registryName: 'yahoo/^RUT', kind: 'yahoo', sha256, dataset: 'yahoo/^RUT' })
 */
export async function unchangedImport(store: Store, s: Scope): Promise<Record<string, number> | null> {
  const r = await store.one<{ rows: number; sha256: string; kind: string }>(
    'SELECT rows::DOUBLE AS rows, sha256, kind FROM datasets WHERE name = $1',
    [s.registryName],
  );
  if (!r || r.sha256 !== s.sha256 || r.kind !== s.kind) return null;
  const counts: Record<string, number> = {};
  if (s.french) {
    const f = s.french.frequencies.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ');
    for (const t of ['portfolio_series', 'factors']) {
      const c = await store.one<{ n: number }>(
        `SELECT count(*)::DOUBLE AS n FROM ${t} WHERE dataset = $1 AND vintage = $2 AND frequency IN (${f})`,
        [s.dataset, s.french.vintage],
      );
      if (c?.n) counts[t] = c.n;
    }
  } else {
    for (const t of ['bars', 'market_caps', 'etf_flows']) {
      const c = await store.one<{ n: number }>(`SELECT count(*)::DOUBLE AS n FROM ${t} WHERE source = $1`, [
        s.dataset,
      ]);
      if (c?.n) counts[t] = c.n;
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return total > 0 && total === r.rows ? counts : null;
}

/**
 * The summary of a file the store already holds (same sha256, same rows): nothing read into the store.
 * @example unchangedSummary('^RUT.csv', 'yahoo', reason, 'yahoo/^RUT', 'yahoo/^RUT', null, { bars: 47 }).added // { bars: 0 }
 */
export function unchangedSummary(
  file: string,
  kind: ImportKind,
  reason: string,
  dataset: string,
  registryName: string,
  vintage: string | null,
  stored: Record<string, number>,
): ImportSummary {
  const added: Record<string, number> = {};
  for (const k of Object.keys(stored)) added[k] = 0;
  const rows = Object.values(stored).reduce((a, b) => a + b, 0);
  return {
    file,
    kind,
    reason,
    dataset,
    registryName,
    vintage,
    rowsRead: rows,
    stored,
    added,
    rejected: {},
    missing: {},
    notes: ['unchanged: this file (same sha256) is already in the store; nothing written'],
  };
}
