/**
 * Builds the embedded default dataset (data/*.parquet) from the real files in ../shared/data, through
 * capgap's own importers, so that it can be rebuilt and checked. Run: `npm run data:build`.
 * Sources, vintages and the citation: data/PROVENANCE.md.
 */
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFiles } from '../src/store/import/index.ts';
import { DATA_TABLES } from '../src/store/schema.ts';
import { Store } from '../src/store/store.ts';

const SHARED = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const OUT = fileURLToPath(new URL('../data/', import.meta.url));

const french = `${SHARED}kenfrench_data_library/`;
const yf = `${SHARED}prices/yfinance_autoadjusted_alitalbi_storage_data_fy/`;
const av = `${SHARED}prices/alphavantage_tareqalyousef_backtester/`;

/** What ships, and why each file: see data/PROVENANCE.md. */
export const EMBEDDED_SOURCES: string[] = [
  // Kenneth R. French Data Library: size portfolios (monthly VW, EW, firms, sizes; daily VW) and factors.
  `${french}Portfolios_Formed_on_ME_monthly_vintage202602.CSV`,
  `${french}Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv`,
  `${french}F-F_Research_Data_Factors_daily_vintage202505_cleaned.csv`,
  `${french}F-F_Research_Data_Factors_monthly_vintage202507_cleaned.csv`,
  // French regional daily factors (Bloomberg 202603, US dollars): Europe 3 factors, Developed ex US 5 factors.
  `${french}international/Europe_3_Factors_Daily_vintage202603.csv`,
  `${french}international/Developed_ex_US_5_Factors_Daily_vintage202603.csv`,
  // Indices: the longest histories (S&P 500 from 1927, Russell 2000 from 1987, both to 2026).
  `${SHARED}prices/yfinance_YoussefKh200_slow_turtle/^GSPC.csv`,
  `${yf}^RUT.csv`,
  // ETFs to 2026 (adjusted closes): IWM, SPY and the sector SPDRs.
  ...['IWM', 'SPY', 'XLB', 'XLC', 'XLE', 'XLF', 'XLI', 'XLK', 'XLP', 'XLRE', 'XLU', 'XLV', 'XLY'].map(
    (t) => `${yf}${t}.csv`,
  ),
  // Other size ETFs to 2020-12 (Alpha Vantage: raw and adjusted close, dividends, splits).
  ...[
    'IJR',
    'VB',
    'IWN',
    'IWO',
    'IJS',
    'IJT',
    'VBR',
    'VBK',
    'IWC',
    'IJH',
    'MDY',
    'IWB',
    'IWV',
    'IVV',
    'VTI',
    'IWD',
    'IWF',
  ].map((t) => `${av}${t}.csv`),
  `${SHARED}prices/yahoo_sabriaouani_top10_index_funds/VTWO.csv`,
];

async function main() {
  if (!existsSync(SHARED))
    throw new Error(`../shared/data not found at ${SHARED}: the embedded dataset is built from it`);
  const store = await Store.open(':memory:');
  const summaries = await importFiles(store, EMBEDDED_SOURCES, {});
  for (const s of summaries) {
    console.log(
      `${s.kind.padEnd(12)} ${String(Object.values(s.stored).reduce((a, b) => a + b, 0)).padStart(8)}  ${s.file}`,
    );
  }
  const registry = fileURLToPath(new URL('../data/etfs.csv', import.meta.url));
  if (existsSync(registry)) await importFiles(store, [registry], { kind: 'etfs' } as never);
  // Reproducible output: no import timestamps, rows in key order.
  await store.run('UPDATE datasets SET imported_at = NULL');
  for (const t of DATA_TABLES) {
    const out = `${OUT}${t}.parquet`;
    rmSync(out, { force: true });
    const n = (await store.one<{ n: number }>(`SELECT count(*)::DOUBLE AS n FROM ${t}`))?.n ?? 0;
    if (n === 0) continue;
    await store.run(`COPY (SELECT * FROM ${t} ORDER BY ALL) TO '${out}' (FORMAT parquet, COMPRESSION zstd)`);
    console.log(`data/${t}.parquet: ${n} rows`);
  }
  store.close();
}

await main();
