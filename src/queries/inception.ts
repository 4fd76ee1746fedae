/**
 * Every registry fund's inception date against its first bar in the store (any dataset). Status:
 * - 'consistent': the first bar is on the inception date or within 14 calendar days after it (funds start
 *   trading a few days after their legal inception: SPY 1993-01-22 / 1993-01-29);
 * - 'contradicted': the first bar is before the inception date, so the registry date is wrong;
 * - 'data start later': the first bar is more than 14 days after; the store's history is shorter than the
 *   fund's, so the date can be neither confirmed nor refuted from it;
 * - 'no bars': nothing to check against (the registry note says where the date comes from).
 */
import { toDay } from '../calendar/dates.ts';
import { readEtfRegistry, readEtfRegistryFile } from '../store/etf-registry.ts';
import type { Store } from '../store/store.ts';

/** One fund's check. */
export interface InceptionCheck {
  ticker: string;
  inception: string | null;
  firstBar: string | null;
  dataset: string | null;
  status: 'consistent' | 'contradicted' | 'data start later' | 'no bars' | 'no inception';
  note: string | null;
}

/**
 * Checks the registry (the store's rows plus shipped rows it lacks) against the store's bars.
 * @example (await inceptionAudit(store)).filter((r) => r.status === 'contradicted')
 */
export async function inceptionAudit(store: Store): Promise<InceptionCheck[]> {
  const stored = await readEtfRegistry(store);
  const have = new Set(stored.map((e) => e.ticker));
  const reg = [...stored, ...readEtfRegistryFile().filter((e) => !have.has(e.ticker))];
  const first = await store.all<{ id: string; first: string; ds: string }>(
    'SELECT id, min(date)::VARCHAR AS first, arg_min(source, date) AS ds FROM bars GROUP BY id',
  );
  const by = new Map(first.map((r) => [r.id, r]));
  return reg
    .map((e): InceptionCheck => {
      const f = by.get(e.ticker);
      const base = {
        ticker: e.ticker,
        inception: e.inception,
        firstBar: f?.first ?? null,
        dataset: f?.ds ?? null,
        note: e.note ?? null,
      };
      if (!f) return { ...base, status: 'no bars' };
      if (!e.inception) return { ...base, status: 'no inception' };
      const lag = toDay(f.first) - toDay(e.inception);
      return { ...base, status: lag < 0 ? 'contradicted' : lag <= 14 ? 'consistent' : 'data start later' };
    })
    .sort((a, b) => (a.ticker < b.ticker ? -1 : 1));
}
