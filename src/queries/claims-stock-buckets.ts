/**
 * Stock-built size buckets for the claim checker (src/findings/evaluator.ts, `StockBuckets`): the store's
 * stock panel, formed once at a claim's base close, every weighting at once; and `memo`, the per-run cache
 * every ClaimData loader goes through.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { STOCKS_COMMAND } from '../findings/evaluate-stocks.ts';
import type { CannotCheck, StockBucketQuery, StockBuckets } from '../findings/evaluator.ts';
import { SECURITY_TYPES } from '../formats/security-type.ts';
import { computeBuckets } from '../portfolios/engine.ts';
import type { Panel } from '../portfolios/panel.ts';
import type { Store } from '../store/store.ts';
import { loadPanel } from './panel.ts';

/** The stock panel's dataset and its date range, or null when the store holds none. */
/** The stock panel's dataset and its date range, or null when the store holds none. */
export async function panelRange(
  store: Store,
): Promise<{ name: string; first: string; last: string } | null> {
  const d = await store.one<{ name: string }>(
    `SELECT name FROM datasets WHERE name = 'kaggle/stocks' OR kind = 'stock-panel' ORDER BY name <> 'kaggle/stocks', name LIMIT 1`,
  );
  if (!d) return null;
  const r = await store.one<{ first: string; last: string }>(
    `SELECT strftime(min(date), '%Y-%m-%d') AS first, strftime(max(date), '%Y-%m-%d') AS last FROM bars WHERE source = $1`,
    [d.name],
  );
  if (!r?.first) return null;
  return { name: d.name, first: r.first, last: r.last };
}

/** Every listed type (for 'universe: all'): all of capgap's security types but indices. */
const ALL_TYPES = SECURITY_TYPES.filter((t) => t !== 'index');

/**
 * Stock-built buckets for one engine configuration, formed once at the last close on or before
 * `q.formation` and held from the next session (src/portfolios/engine.ts). The panel is loaded once per
 * (formation, to) and each configuration computed once with the three weightings together.
 */
export function stockBucketsOf(store: Store) {
  const range = memo(() => panelRange(store));
  const panels = memo(async (from: string, to: string): Promise<Panel> => loadPanel(store, { from, to }));
  return memo(async (q: StockBucketQuery): Promise<StockBuckets | CannotCheck> => {
    const r = await range();
    if (!r) return { cannot: 'needs a stock panel', needs: STOCKS_COMMAND };
    if (q.formation < r.first || q.formation > r.last)
      return { cannot: `the stock panel (${r.name}) covers ${r.first} .. ${r.last}, not ${q.formation}` };
    const from = fromDay(toDay(q.formation) - 20);
    const panel = await panels(from, q.to);
    const weightings = ['value', 'equal', 'equal-hold'] as const;
    let res: ReturnType<typeof computeBuckets>;
    try {
      res = computeBuckets(panel, {
        scheme: q.scheme,
        breakpoints: q.breakpoints,
        types: q.universe === 'common' ? ['common'] : ALL_TYPES,
        formation: q.formation,
        weightings: [...weightings],
        to: q.to,
      });
    } catch (err) {
      return { cannot: `stock-built buckets: ${(err as Error).message}` };
    }
    const W = res.labels.length + 1;
    const n = res.dates.length + 1;
    const days = new Int32Array(n);
    days[0] = toDay(res.formations[0].date);
    for (let i = 0; i < res.dates.length; i++) days[i + 1] = toDay(res.dates[i]);
    const returns = {} as StockBuckets['returns'];
    for (const w of weightings) {
      const a = new Float64Array(n * W).fill(Number.NaN);
      a.set(res.returns[w] as Float64Array, W);
      returns[w] = a;
    }
    return {
      dataset: r.name,
      labels: res.labels,
      days,
      returns,
      conventions: [
        `${q.scheme} on market cap, ${q.breakpoints === 'nyse' ? 'NYSE' : 'all-stock'} breakpoints, ${q.universe === 'common' ? 'common stocks' : 'every listed type'}`,
        `formed once at the ${res.formations[0].date} close`,
      ],
    };
  });
}

/** Caches an async loader by its arguments (one cache per ClaimData: per check run). */
export function memo<A extends unknown[], R>(fn: (...a: A) => Promise<R>): (...a: A) => Promise<R> {
  const cache = new Map<string, Promise<R>>();
  return (...a: A) => {
    const k = JSON.stringify(a);
    let p = cache.get(k);
    if (!p) {
      p = fn(...a);
      cache.set(k, p);
    }
    return p;
  };
}
