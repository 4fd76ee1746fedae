/**
 * A small in-memory store for the server tests, filled with REAL rows cut from ../shared/data by
 * scripts/server-fixtures.ts (test/fixtures/server/): ^RUT and ^GSPC daily closes, and French's daily
 * value-weighted size portfolios (vintage about 202505), around each preset event.
 */
import { fileURLToPath } from 'node:url';
import { Store } from '../../src/store/store.ts';

const DIR = new URL('../fixtures/server/', import.meta.url);
export const FRENCH = { dataset: 'french/Portfolios_Formed_on_ME', vintage: '202505' };

/** Opens a fresh `:memory:` store holding the fixtures. */
export async function fixtureStore(): Promise<Store> {
  const store = await Store.open(':memory:');
  await store.transaction(async () => {
    const bars = fileURLToPath(new URL('bars.csv', DIR)).replaceAll("'", "''");
    const ff = fileURLToPath(new URL('french_me_daily_vw.csv', DIR)).replaceAll("'", "''");
    await store.run(
      `INSERT INTO bars (source, id, date, close)
       SELECT source, id, date, close FROM read_csv('${bars}', header = true, columns = {'source': 'VARCHAR', 'id': 'VARCHAR', 'date': 'DATE', 'close': 'DOUBLE'})`,
    );
    await store.run(
      `INSERT INTO portfolio_series
       SELECT '${FRENCH.dataset}', '${FRENCH.vintage}', 'daily', 'value', 'return', portfolio, date, value
       FROM read_csv('${ff}', header = true, columns = {'portfolio': 'VARCHAR', 'date': 'DATE', 'value': 'DOUBLE'})`,
    );
    const ds: [string, string, string, string, string][] = [
      [
        FRENCH.dataset,
        'french',
        FRENCH.vintage,
        'Kenneth R. French Data Library (CRSP), daily VW size portfolios',
        'Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv',
      ],
      [
        'yfinance/alitalbi/^RUT',
        'yfinance',
        '2026-02-23',
        'Yahoo Finance via yfinance (repo alitalbi/storage_data_fy)',
        '^RUT.csv',
      ],
      [
        'yfinance/YoussefKh200/^GSPC',
        'yfinance',
        '2026-07-13',
        'Yahoo Finance via yfinance (repo YoussefKh200/Slow-Turtle-Research)',
        '^GSPC.csv',
      ],
    ];
    for (const [name, kind, vintage, source, file] of ds) {
      await store.run(
        'INSERT INTO datasets (name, kind, vintage, source, file) VALUES ($1, $2, $3, $4, $5)',
        [name, kind, vintage, source, file],
      );
    }
  });
  return store;
}
