// capgap/store: the DuckDB store, the embedded dataset, typed reads and the import writer (docs/data-model.md, docs/import.md).
// Re-exports only this room; import it as `capgap/store` to load nothing else.
export { loadEmbedded, openDefaultStore } from './embedded.ts';
export {
  parseEtfRegistry,
  readEtfRegistry,
  readEtfRegistryFile,
  writeEtfRegistry,
} from './etf-registry.ts';
export { loadFactors, loadPortfolioReturns } from './french-load.ts';
export {
  type Detection,
  detectKind,
  frenchDatasetName,
  ImportError,
  type ImportKind,
  type ImportOptions,
  type ImportSummary,
  importFile,
  importFiles,
  KINDS as IMPORT_KINDS,
  type Parsed,
  parseAlphaVantage,
  parseByKind,
  parseCompanyList,
  parseEtfFlows,
  parseEtfs,
  parseFrench,
  parseGeneric,
  parseGics,
  parsePanelText,
  parseStooq,
  parseYahoo,
  parseYfinance,
  type SeriesBlock,
} from './import/index.ts';
export { StoreLockedError } from './lock.ts';
export { loadCompanylists, loadStockPanelCsv } from './panel-load.ts';
export { QueryCancelledError, StoreBusyError, withSignal } from './pool.ts';
export { loadPrices } from './price-load.ts';
export { type OpenOptions, Store } from './store.ts';
