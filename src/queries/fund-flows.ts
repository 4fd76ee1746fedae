/** A fund's net flows over an event window, from the flow inputs in the store. */
import { fromDay, toDay } from '../calendar/dates.ts';
import { etfFlows } from '../flows/etf-flows.ts';
import type { Store } from '../store/store.ts';
import { readFlowInputs } from './flows-store.ts';

/**
 * A fund's net flows over (base, to] by the flows engine (src/flows/etf-flows.ts, method 'auto': the vendor's
 * flow, else Δshares × NAV with splits detected, else from AUM), or null when `etf_flows` has no row for it.
 */
export async function fundFlows(
  store: Store,
  ticker: string,
  base: string,
  to: string,
): Promise<{ rows: number; total: number | null } | null> {
  const has = await store.one<{ n: number }>(
    'SELECT count(*)::DOUBLE AS n FROM etf_flows WHERE ticker = $1',
    [ticker],
  );
  if (!has?.n) return null;
  const x = await readFlowInputs(store, { tickers: [ticker], from: fromDay(toDay(base) - 40), to });
  const f = etfFlows(x);
  let rows = 0;
  let total = 0;
  for (let i = 0; i < x.day.length; i++) {
    if (x.day[i] <= toDay(base) || x.day[i] > toDay(to) || !Number.isFinite(f.flow[i])) continue;
    rows++;
    total += f.flow[i];
  }
  return { rows, total: rows ? total : null };
}
