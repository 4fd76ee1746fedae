/**
 * The flows a flow claim names, from the store: a category of the fund registry ("US small cap") or one fund
 * by ticker ("IWM"), its funds' daily flows (src/flows/etf-flows.ts: a vendor's flow as given, else from
 * shares outstanding × NAV or AUM, the same rules as `capgap flows`) summed per day. When there are none, it
 * says exactly what is missing and how to add it: which funds, the file's columns, and, for a subject the
 * registry does not hold ("UK equity"), how to add it to the registry first.
 */
import { fromDay } from '../calendar/dates.ts';
import { type CannotCheck, FLOWS_COMMAND } from '../findings/evaluator.ts';
import { etfFlows } from '../flows/etf-flows.ts';
import { readEtfRegistry } from '../store/etf-registry.ts';
import type { Store } from '../store/store.ts';
import { readFlowInputs } from './flows-store.ts';

/** The command that adds flows and what its file holds, for the 'cannot check' line. */
export const FLOW_FILE = `${FLOWS_COMMAND}, where FILE is a CSV of date,ticker,flow in USD, or of date,ticker,shares_outstanding,nav; capgap ships no flow data`;

/** A subject's summed daily flows (USD). */
export interface SubjectFlows {
  dataset: string;
  days: Int32Array;
  flows: Float64Array;
}

function fundList(tickers: readonly string[]): string {
  const shown = tickers.slice(0, 6).join(', ');
  return tickers.length > 6 ? `${shown}, …` : shown;
}

/**
 * The daily flows of a category's funds or of one fund, or why there are none (naming the funds and the
 * command and file that would add them).
 * @example await subjectFlows(store, 'US small cap') // { dataset: 'vendor', days, flows } | { cannot: 'no flow data in the store for US small cap (IWM, IJR, …)', needs: '…' }
 */
export async function subjectFlows(store: Store, subject: string): Promise<SubjectFlows | CannotCheck> {
  const registry = await readEtfRegistry(store);
  const key = subject.toLowerCase();
  // "funds tracking the Russell 2000" (../findings/article/flow-claim.ts): the funds with that benchmark.
  const tracked = /^funds tracking (?:the )?(.+)$/.exec(key)?.[1];
  const inCategory = registry
    .filter((e) =>
      tracked ? e.benchmark.toLowerCase() === `${tracked} index` : e.category.toLowerCase() === key,
    )
    .map((e) => e.ticker);
  const funds = inCategory.length
    ? inCategory
    : registry.filter((e) => e.ticker.toLowerCase() === key).map((e) => e.ticker);
  if (!funds.length) {
    const categories = [...new Set(registry.map((e) => e.category))].sort();
    return {
      cannot: `"${subject}" is neither a category nor a fund of capgap's fund registry, which holds ${registry.length} ETFs (${categories.join(', ')}; capgap flows --etfs lists them)`,
      needs: `capgap import --kind etfs REGISTRY.csv (ticker,name,category rows for the funds of "${subject}"), then ${FLOW_FILE}`,
    };
  }
  const none = {
    cannot: `no flow data in the store for ${inCategory.length ? `${subject}'s ${funds.length} funds (${fundList(funds)})` : subject}`,
    needs: FLOW_FILE,
  };
  let x: Awaited<ReturnType<typeof readFlowInputs>>;
  try {
    x = await readFlowInputs(store, { tickers: funds });
  } catch (err) {
    return { cannot: (err as Error).message };
  }
  if (x.day.length === 0) return none;
  const daily = etfFlows(x).flow;
  const sums = new Map<number, number>();
  for (let i = 0; i < x.day.length; i++)
    if (!Number.isNaN(daily[i])) sums.set(x.day[i], (sums.get(x.day[i]) ?? 0) + daily[i]);
  if (sums.size === 0) return none;
  const days = Int32Array.from([...sums.keys()].sort((a, b) => a - b));
  const rows = await store.all<{ src: string }>(
    `SELECT DISTINCT source AS src FROM etf_flows WHERE ticker IN (${funds.map((_, i) => `$${i + 1}`).join(', ')}) ORDER BY src`,
    funds,
  );
  return {
    dataset: rows.map((r) => r.src).join(', ') || `flows ${fromDay(days[0])} .. ${fromDay(days.at(-1) ?? 0)}`,
    days,
    flows: Float64Array.from(days, (d) => sums.get(d) ?? Number.NaN),
  };
}
