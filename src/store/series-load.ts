/**
 * Reading time series out of the store as typed columns: prices of one security (price-load.ts), French
 * portfolio returns and factor returns (french-load.ts). The analytics take what these return and never touch
 * the store. This file re-exports them.
 */
export { loadFactors, loadPortfolioReturns, type PortfolioPanel, vintages } from './french-load.ts';
export { type DatedSeries, loadPrices, type PriceSeries } from './price-load.ts';
