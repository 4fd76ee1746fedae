/**
 * What an import is called: the dataset its rows go under, the `datasets` row's name (French files add their
 * frequency and vintage), the vintage it states, and the source and citation by kind.
 */
import { frenchDatasetName } from '../../formats/french-names.ts';
import { fileStem } from '../../formats/text.ts';
import type { ImportKind, Parsed } from '../../formats/types.ts';
import type { ImportOptions } from './import-types.ts';

/** Where each kind of file comes from, as the `datasets` row says. */
export const SOURCES: Record<ImportKind, string> = {
  yahoo: 'Yahoo Finance CSV export',
  yfinance: 'yfinance download',
  stooq: 'Stooq / Kaggle Huge Stock Market Dataset',
  alphavantage: 'Alpha Vantage TIME_SERIES_DAILY_ADJUSTED',
  companylist: 'NASDAQ.com companylist screener',
  'stock-panel': 'long daily stock panel (Date,Ticker,OHLCV; adjusted prices)',
  gics: 'S&P 500 securities file with GICS sectors',
  french: 'Kenneth R. French Data Library',
  generic: 'capgap generic long format',
  'etf-flows': 'ETF flow inputs',
  etfs: 'ETF registry rows',
};
/** The citation of French's library. */
export const FRENCH_CITATION =
  'Kenneth R. French, Data Library, https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/data_library.html';

/** The dataset a file's rows go under: --dataset, else by kind (`<kind>/<TICKER>`, `french/<stem>`, …). */
export function datasetFor(kind: ImportKind, file: string, p: Parsed | null, o: ImportOptions): string {
  if (o.dataset) return o.dataset;
  if (kind === 'french') return frenchDatasetName(file);
  if (p?.bars && p.bars.tickers.length === 1 && kind !== 'stock-panel' && kind !== 'generic')
    return `${kind}/${p.bars.tickers[0]}`;
  return `${kind}/${fileStem(file)}`;
}

/** The vintage of a parsed file: its own, else "through <last bar date>", "snapshot <date>" for a companylist. */
export function vintageOf(kind: ImportKind, parsed: Parsed): string | null {
  if (kind === 'companylist')
    return `snapshot ${parsed.caps?.day.length ? new Date(parsed.caps.day[0] * 86_400_000).toISOString().slice(0, 10) : ''}`;
  return parsed.vintage ?? lastDate(parsed);
}

/** The `datasets` row's name: the dataset, and for French files `<dataset> [<frequency>, <vintage>]`. */
export function registryNameOf(kind: ImportKind, dataset: string, parsed: Parsed): string {
  if (kind !== 'french') return dataset;
  const blocks = [...(parsed.portfolios ?? []), ...(parsed.factors ?? [])];
  const freq = ['daily', 'monthly', 'annual'].find((f) => blocks.some((b) => b.frequency === f));
  return `${dataset} [${freq}, ${parsed.vintage}]`;
}

function lastDate(p: Parsed): string | null {
  const b = p.bars;
  if (!b?.day.length) return null;
  let m = b.day[0];
  for (let i = 1; i < b.day.length; i++) if (b.day[i] > m) m = b.day[i];
  return `through ${new Date(m * 86_400_000).toISOString().slice(0, 10)}`;
}
