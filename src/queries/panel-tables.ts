/** A panel written back to DuckDB as plain tables, for the SQL reference implementation. */
import type { Panel } from '../portfolios/panel.ts';
import type { Store } from '../store/store.ts';

/**
 * Writes a panel as tables `<panel>(stock, day, price, cap)` and `<stocks>(stock, exchange, security_type)`
 * (replacing them), for referenceSql.
 * @example await writePanelTables(store, panel);
 */
export async function writePanelTables(
  store: Store,
  panel: Panel,
  names = { panel: 'panel', stocks: 'stocks' },
): Promise<void> {
  await store.run(
    `CREATE OR REPLACE TABLE ${names.panel} (stock INTEGER, day INTEGER, price DOUBLE, cap DOUBLE)`,
  );
  await store.run(
    `CREATE OR REPLACE TABLE ${names.stocks} (stock INTEGER, exchange VARCHAR, security_type VARCHAR)`,
  );
  const a = await store.connection.createAppender(names.panel);
  for (let i = 0; i < panel.stock.length; i++) {
    a.appendInteger(panel.stock[i]);
    a.appendInteger(panel.day[i]);
    if (Number.isNaN(panel.price[i])) a.appendNull();
    else a.appendDouble(panel.price[i]);
    if (Number.isNaN(panel.cap[i])) a.appendNull();
    else a.appendDouble(panel.cap[i]);
    a.endRow();
  }
  a.closeSync();
  const m = await store.connection.createAppender(names.stocks);
  for (let s = 0; s < panel.ids.length; s++) {
    m.appendInteger(s);
    const e = panel.exchange?.[s];
    if (e == null) m.appendNull();
    else m.appendVarchar(e);
    const t = panel.securityType?.[s];
    if (t == null) m.appendNull();
    else m.appendVarchar(t);
    m.endRow();
  }
  m.closeSync();
}
