/** The stock panel's rows read from DuckDB's result chunks straight into typed columns. */
import type { Store } from '../store/store.ts';

/**
 * Runs the panel query and copies its result chunk by chunk, vector by vector, into typed columns (no row
 * objects, no per-row JS arrays): INTEGER stock and day, DOUBLE price and cap (NULL → NaN).
 */
export async function readPanelColumns(store: Store, sql: string, params: (string | null)[]) {
  await store.ready(); // a store answering from its answer cache opens DuckDB now
  const result = await store.connection.run(sql, params);
  const n = result.rowCount;
  const stock = new Int32Array(n);
  const day = new Int32Array(n);
  const price = new Float64Array(n);
  const cap = new Float64Array(n);
  let at = 0;
  for (let c = 0; c < result.chunkCount; c++) {
    const chunk = result.getChunk(c);
    const m = chunk.rowCount;
    const vs = chunk.getColumnVector(0);
    const vd = chunk.getColumnVector(1);
    const vp = chunk.getColumnVector(2);
    const vc = chunk.getColumnVector(3);
    for (let j = 0; j < m; j++) {
      stock[at + j] = vs.getItem(j) as number;
      day[at + j] = vd.getItem(j) as number;
      price[at + j] = (vp.getItem(j) as number | null) ?? Number.NaN;
      cap[at + j] = (vc.getItem(j) as number | null) ?? Number.NaN;
    }
    at += m;
  }
  return { stock, day, price, cap };
}
