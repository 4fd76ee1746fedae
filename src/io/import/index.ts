/**
 * capgap's importers, in three layers: pure text parsers (`parseYahoo(text, { file })` → typed columns),
 * the file layer (`importFile(store, path, options)` → summary) and the writer (one transaction per file).
 */
export { parseAlphaVantage } from './alphavantage.ts';
export { parseCompanyList, symbolToId } from './companylist.ts';
export { type Detection, detectKind } from './detect.ts';
export { ImportError, type ImportErrorInfo } from './errors.ts';
export { parseEtfFlows, parseEtfs } from './etf-files.ts';
export { type FrenchOptions, parseFrench } from './french.ts';
export { frenchDatasetName, frenchVintage } from './french-names.ts';
export { parseGeneric } from './generic.ts';
export { parseGics } from './gics.ts';
export { type ImportOptions, type ImportSummary, importFile, importFiles } from './import-file.ts';
export { parsePanelText } from './panel-text.ts';
export { parseByKind } from './parse-by-kind.ts';
export { parseStooq } from './stooq.ts';
export { guessSecurityType, KNOWN_ETFS } from './ticker.ts';
export { type ImportKind, KINDS, type Parsed, type SeriesBlock } from './types.ts';
export { parseYahoo } from './yahoo.ts';
export { parseYfinance } from './yfinance.ts';
