/**
 * The tables the sector × size tests' independent SQL reads (test/sectors/sectors-panel.test.ts,
 * test/findings/sector-region-claims.test.ts): the engine's formation (members with their sector and
 * formation cap) as `m (s, g, cap)` and the panel's positive prices as `px (s, day, p)`, written to the
 * test's DuckDB store, from which the reference query recomputes breakpoints, assignment and returns.
 */
import type { Panel } from '../../src/portfolios/panel.ts';
import type { Store } from '../../src/store/store.ts';

/**
 * Writes (or rewrites) tables `m` and `px` for one formation.
 * @example await writeReferenceTables(store, panel, sector, res.formed[0])
 */
export async function writeReferenceTables(
  store: Store,
  panel: Panel,
  sector: readonly (string | null)[],
  f: { members: ArrayLike<number>; cap: ArrayLike<number> },
): Promise<void> {
  await store.run('CREATE OR REPLACE TABLE m (s INTEGER, g VARCHAR, cap DOUBLE)');
  const a = await store.connection.createAppender('m');
  for (let j = 0; j < f.members.length; j++) {
    a.appendInteger(f.members[j]);
    a.appendVarchar(sector[f.members[j]] ?? 'Unclassified');
    a.appendDouble(f.cap[j]);
    a.endRow();
  }
  a.closeSync();
  await store.run('CREATE OR REPLACE TABLE px (s INTEGER, day INTEGER, p DOUBLE)');
  const b = await store.connection.createAppender('px');
  for (let i = 0; i < panel.stock.length; i++) {
    if (!(panel.price[i] > 0)) continue;
    b.appendInteger(panel.stock[i]);
    b.appendInteger(panel.day[i]);
    b.appendDouble(panel.price[i]);
    b.endRow();
  }
  b.closeSync();
}
