/**
 * `capgap fetch shares TICKER… --source sec` (company share counts from SEC EDGAR company facts, into
 * market_caps as datasets `sec-dei/<TICKER>` and `sec-gaap/<TICKER>`) and
 * `capgap fetch etf-shares TICKER… --source ishares` (daily fund shares outstanding and NAV from the issuer,
 * into etf_flows as dataset `ishares/<TICKER>`). Every download replaces its dataset: each is a full history.
 */
import type { Store } from '../store/store.ts';
import { runBatch } from './batch.ts';
import type { FetchedItem } from './connect-french.ts';
import { ConnectorError } from './errors.ts';
import { type FetchContext, fetchAndRead } from './fetch-cached.ts';
import { ISHARES_BASE_URL, isharesFundUrl, parseIsharesHistory } from './ishares.ts';
import {
  parseCompanyFacts,
  parseSecTickers,
  SEC_DATA_URL,
  SEC_WWW_URL,
  secFactsUrl,
  secUserAgent,
} from './sec.ts';
import { capsParsed, flowsParsed, writeFetched } from './store-write.ts';

/** SEC fair access: at most 10 requests per second; we leave a margin. */
export const SEC_INTERVAL_MS = 125;
/** iShares publishes no limit; one request a second. */
export const ISHARES_INTERVAL_MS = 1000;

const dec = new TextDecoder();
type Outcomes = Awaited<ReturnType<typeof runBatch<FetchedItem>>>;

/** Options of the SEC connector. */
export interface SecFetchOptions {
  /** User-Agent ["$CAPGAP_SEC_USER_AGENT", required]. */
  userAgent?: string;
  /** Base URLs [$CAPGAP_SEC_URL for both in tests, else www.sec.gov and data.sec.gov]. */
  wwwUrl?: string;
  dataUrl?: string;
  progress?: boolean;
}

/**
 * Fetches share counts for `tickers` from SEC company facts (ticker → CIK through company_tickers.json).
 * @example await fetchSecShares(store, ctx, ['AAPL'], { userAgent: 'Jane Doe jane@example.com' })
 */
export async function fetchSecShares(
  store: Store,
  ctx: FetchContext,
  tickers: string[],
  options: SecFetchOptions = {},
): Promise<Outcomes> {
  const ua = options.userAgent ?? secUserAgent();
  const www = options.wwwUrl ?? process.env.CAPGAP_SEC_URL ?? SEC_WWW_URL;
  const data = options.dataUrl ?? process.env.CAPGAP_SEC_URL ?? SEC_DATA_URL;
  const headers = { 'user-agent': ua, accept: 'application/json' };
  const mapUrl = `${www.replace(/\/$/, '')}/files/company_tickers.json`;
  const mapReq = {
    source: 'sec',
    key: 'company_tickers.json',
    url: mapUrl,
    headers,
    minIntervalMs: SEC_INTERVAL_MS,
  };
  const { value: ciks } = await fetchAndRead(ctx, mapReq, (b) => parseSecTickers(dec.decode(b), mapUrl));
  // the SEC writes class shares with '-' (BRK-B); accept BRK.B too
  const list = tickers.map((t) => t.toUpperCase().replaceAll('.', '-'));
  const unknown = list.filter((t) => !ciks.has(t));
  if (unknown.length) {
    throw new ConnectorError(
      'config',
      `not in the SEC's ticker list: ${unknown.join(', ')} (funds and indices have no company facts)`,
    );
  }
  return runBatch(
    list,
    async (ticker) => {
      const url = secFactsUrl(ciks.get(ticker)!, data);
      const key = `CIK${String(ciks.get(ticker)).padStart(10, '0')}.json`;
      const req = { source: 'sec', key, url, headers, minIntervalMs: SEC_INTERVAL_MS };
      const { got, value: counts } = await fetchAndRead(ctx, req, (b) =>
        parseCompanyFacts(dec.decode(b), ticker, url),
      );
      let rows = 0;
      const notes: string[] = [];
      await store.transaction(async () => {
        for (const c of counts) {
          const dataset = `${c.concept.startsWith('dei:') ? 'sec-dei' : 'sec-gaap'}/${ticker}`;
          const res = await writeFetched(store, capsParsed(ticker, c.date, c.shares), {
            dataset,
            kind: 'sec',
            url,
            fetchedAt: got.entry.meta.fetchedAt,
            citation: `SEC EDGAR XBRL company facts, ${c.concept}`,
            body: got.body,
            file: got.entry.path,
            replace: true,
          });
          rows += res.stored.market_caps ?? 0;
          notes.push(
            `${dataset}: ${c.concept}, ${c.date.length} dates${c.superseded ? `, ${c.superseded} superseded by later filings` : ''}`,
          );
        }
      });
      return {
        item: ticker,
        dataset: `sec-*/${ticker}`,
        rows,
        url,
        fetchedAt: got.entry.meta.fetchedAt,
        fromCache: got.fromCache,
        notes,
      };
    },
    {
      stateDir: `${ctx.cache.dir}/batches`,
      scope: store.path,
      name: 'fetch-shares-sec',
      progress: options.progress,
      log: ctx.log,
    },
  );
}

/** Options of the iShares connector. */
export interface IsharesFetchOptions {
  /** More products, ticker → `<id>/<slug>`. */
  products?: Record<string, string>;
  /** Base URL [$CAPGAP_ISHARES_URL, else ISHARES_BASE_URL]. */
  baseUrl?: string;
  progress?: boolean;
}

/**
 * Fetches daily shares outstanding and NAV of iShares funds from the issuer's fund spreadsheet.
 * @example await fetchIsharesShares(store, ctx, ['IWM'])
 */
export async function fetchIsharesShares(
  store: Store,
  ctx: FetchContext,
  tickers: string[],
  options: IsharesFetchOptions = {},
): Promise<Outcomes> {
  const baseUrl = options.baseUrl ?? process.env.CAPGAP_ISHARES_URL ?? ISHARES_BASE_URL;
  const list = tickers.map((t) => t.toUpperCase());
  for (const t of list) isharesFundUrl(t, { baseUrl, products: options.products });
  return runBatch(
    list,
    async (ticker) => {
      const url = isharesFundUrl(ticker, { baseUrl, products: options.products });
      const req = { source: 'ishares', key: `${ticker}_fund.xml`, url, minIntervalMs: ISHARES_INTERVAL_MS };
      const { got, value: h } = await fetchAndRead(ctx, req, (b) =>
        parseIsharesHistory(dec.decode(b), ticker, url),
      );
      const dataset = `ishares/${ticker}`;
      const res = await writeFetched(store, flowsParsed(ticker, h.date, h.sharesOutstanding, h.nav), {
        dataset,
        kind: 'ishares',
        url,
        fetchedAt: got.entry.meta.fetchedAt,
        citation: 'iShares by BlackRock, fund data download',
        body: got.body,
        file: got.entry.path,
        replace: true,
      });
      const notes = [`missing: nav ${h.missing.nav}, shares outstanding ${h.missing.sharesOutstanding}`];
      return {
        item: ticker,
        dataset,
        rows: res.stored.etf_flows ?? 0,
        url,
        fetchedAt: got.entry.meta.fetchedAt,
        fromCache: got.fromCache,
        notes,
      };
    },
    {
      stateDir: `${ctx.cache.dir}/batches`,
      scope: store.path,
      name: 'fetch-etf-shares-ishares',
      progress: options.progress,
      log: ctx.log,
    },
  );
}
