/**
 * capgap's importers, in three layers: pure text parsers (`parseYahoo(text, { file })` → typed columns),
 * the file layer (`importFile(store, path, options)` → summary) and the writer (one transaction per file).
 */
export { parseAlphaVantage } from '../../formats/alphavantage.ts';
export { parseCompanyList, symbolToId } from '../../formats/companylist.ts';
export { type Detection, detectKind } from '../../formats/detect.ts';
export { ImportError, type ImportErrorInfo } from '../../formats/errors.ts';
export { parseEtfFlows, parseEtfs } from '../../formats/etf-files.ts';
export { type FrenchOptions, parseFrench } from '../../formats/french.ts';
export { frenchDatasetName, frenchVintage } from '../../formats/french-names.ts';
export { parseGeneric } from '../../formats/generic.ts';
export { parseGics } from '../../formats/gics.ts';
export { parsePanelText } from '../../formats/panel-text.ts';
export { parseByKind } from '../../formats/parse-by-kind.ts';
export { parseStooq } from '../../formats/stooq.ts';
export { guessSecurityType, KNOWN_ETFS } from '../../formats/ticker.ts';
export { type ImportKind, KINDS, type Parsed, type SeriesBlock } from '../../formats/types.ts';
export { parseYahoo } from '../../formats/yahoo.ts';
export { parseYfinance } from '../../formats/yfinance.ts';
export { importFile, importFiles } from './import-file.ts';
export type { ImportOptions, ImportSummary } from './import-types.ts';
