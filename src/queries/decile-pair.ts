/**
 * French's smallest and largest size deciles from the store (table `portfolio_series`), aligned by date.
 *
 * Data: dataset 'french/Portfolios_Formed_on_ME', measure 'return' (decimal), portfolios 'Lo 10' and
 * 'Hi 10'; monthly VW and EW; daily VW only (French's daily EW file is not available, PROVENANCE §5).
 * The latest vintage in the store is used unless one is named; outputs state the vintage.
 */

import { SIZE_DATASET } from '../formats/french-names.ts';
import type { DecilePair } from '../records/size-spread.ts';
import type { Store } from '../store/store.ts';

/** Options of {@link readDecilePair}. */
export interface DecileQuery {
  weighting: 'value' | 'equal';
  frequency?: 'monthly' | 'daily';
  dataset?: string;
  /** A vintage such as 'CRSP 202602'; defaults to the latest in the store. */
  vintage?: string;
  from?: string;
  to?: string;
}

/**
 * The smallest ('Lo 10') and largest ('Hi 10') decile returns, aligned by date, with the vintage read.
 * @example const { pair, vintage } = await readDecilePair(store, { weighting: 'value' });
 */
export async function readDecilePair(
  store: Store,
  q: DecileQuery,
): Promise<{ pair: DecilePair; vintage: string }> {
  if (q.weighting !== 'value' && q.weighting !== 'equal') {
    throw new Error(`invalid weighting: ${JSON.stringify(q.weighting)}; expected "equal" or "value"`);
  }
  const dataset = q.dataset ?? SIZE_DATASET;
  const frequency = q.frequency ?? 'monthly';
  const base = [dataset, frequency, q.weighting];
  const v = q.vintage
    ? { vintage: q.vintage }
    : await store.one<{ vintage: string }>(
        `SELECT max(vintage) AS vintage FROM portfolio_series
         WHERE dataset = $1 AND frequency = $2 AND weighting = $3 AND measure = 'return' AND portfolio = 'Lo 10'`,
        base,
      );
  if (!v?.vintage) {
    throw new Error(
      `no ${frequency} ${q.weighting}-weighted size deciles (${dataset}) in the store: import French's Portfolios_Formed_on_ME file with \`capgap import\``,
    );
  }
  const params = [...base, v.vintage, q.from ?? '0001-01-01', q.to ?? '9999-12-31'];
  const where = `FROM portfolio_series
     WHERE dataset = $1 AND frequency = $2 AND weighting = $3 AND vintage = $4 AND measure = 'return'
       AND portfolio IN ('Lo 10', 'Hi 10') AND date BETWEEN $5::DATE AND $6::DATE`;
  const count = await store.one<{ n: number }>(`SELECT count(*)::DOUBLE AS n ${where}`, params);
  if (!count?.n)
    return { pair: { ends: [], small: new Float64Array(0), large: new Float64Array(0) }, vintage: v.vintage };
  const cols = await store.typedColumns(
    `SELECT date, max(value) FILTER (WHERE portfolio = 'Lo 10') AS small, max(value) FILTER (WHERE portfolio = 'Hi 10') AS large
     ${where}
     GROUP BY date ORDER BY date`,
    params,
    { numbers: ['large', 'small'], strings: ['date'] },
  );
  const pair = {
    ends: cols.date,
    small: cols.small,
    large: cols.large,
  };
  return { pair, vintage: v.vintage };
}
