/**
 * A store's checksum: row counts plus an order-independent hash of every row of every table the store holds
 * (schema tables and any other, `imported_at` included), so a test can say "a failed import changed nothing".
 */
import type { Store } from '../../src/store/store.ts';

/** The store's tables (main schema, not temporary), by name. */
async function tables(store: Store): Promise<string[]> {
  const rows = await store.all<{ t: string }>(
    "SELECT table_name AS t FROM duckdb_tables() WHERE NOT temporary AND schema_name = 'main' ORDER BY 1",
  );
  return rows.map((r) => r.t);
}

/**
 * `table:rows:hash` for every table (but those in `except`), joined by "|"; equal strings mean equal stores
 * (up to row order).
 * @example const before = await storeChecksum(store); …; assert.equal(await storeChecksum(store), before)
 */
export async function storeChecksum(store: Store, o: { except?: readonly string[] } = {}): Promise<string> {
  const parts: string[] = [];
  for (const t of await tables(store)) {
    if (o.except?.includes(t)) continue;
    const q = `"${t.replace(/"/g, '""')}"`;
    const r = await store.one<{ n: number; h: string }>(
      `SELECT count(*)::DOUBLE AS n, coalesce(sum(hash(x))::VARCHAR, '0') AS h FROM ${q} x`,
    );
    parts.push(`${t}:${r?.n}:${r?.h}`);
  }
  return parts.join('|');
}
