// Data connectors (docs/connectors.md)
export { backoffDelay, parseRetryAfter, RateLimiter } from './io/connectors/backoff.ts';
export { DownloadCache, defaultCacheDir } from './io/connectors/cache.ts';
export { fetchFrench } from './io/connectors/connect-french.ts';
export { fetchPrices } from './io/connectors/connect-prices.ts';
export { fetchIsharesShares, fetchSecShares } from './io/connectors/connect-shares.ts';
export { ConnectorError, OfflineError } from './io/connectors/errors.ts';
export { type FetchContext, fetchCached } from './io/connectors/fetch-cached.ts';
export { download } from './io/connectors/http.ts';
