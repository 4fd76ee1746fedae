/**
 * `capgap fetch prices TICKER… --source stooq|yahoo`: daily bars, parsed by the importer's `stooq` / `yahoo`
 * parsers and written atomically as dataset `<source>/<TICKER>`. A full-history download (no --from/--to)
 * replaces that dataset, since the sources re-adjust past prices after each dividend or split; a partial one
 * adds rows and refuses to change stored ones (the importer's rule).
 */
import { isIsoDate } from '../calendar/dates.ts';
import { parseStooq } from '../formats/stooq.ts';
import { parseYahoo } from '../formats/yahoo.ts';
import { quote } from '../quote.ts';
import type { Store } from '../store/store.ts';
import { VERSION } from '../version.ts';
import { runBatch } from './batch.ts';
import type { FetchedItem } from './connect-french.ts';
import { ConnectorError } from './errors.ts';
import { type FetchContext, fetchAndRead } from './fetch-cached.ts';
import { checkStooqCsv, STOOQ_BASE_URL, stooqSymbol, stooqUrl } from './stooq.ts';
import { writeFetched } from './store-write.ts';
import { applyYahooEvents, YAHOO_BASE_URL, yahooChartToCsv, yahooChartUrl } from './yahoo.ts';

/** The price sources. */
export const PRICE_SOURCES = ['stooq', 'yahoo'] as const;
export type PriceSource = (typeof PRICE_SOURCES)[number];

/** Options of the price connector. */
export interface PriceFetchOptions {
  source: PriceSource;
  /** First and last date wanted, YYYY-MM-DD [whole history]. */
  from?: string;
  to?: string;
  /** Base URL [$CAPGAP_STOOQ_URL / $CAPGAP_YAHOO_URL, else the source's]. */
  baseUrl?: string;
  progress?: boolean;
}

/** Request spacing per source, ms: neither publishes a limit; one request a second is polite. */
export const PRICE_INTERVAL_MS: Record<PriceSource, number> = { stooq: 1000, yahoo: 1000 };

const dec = new TextDecoder();

/**
 * `from` and `to` are real days (not 2016-02-30 or 0000-00-00) within 1900..2100, `from` not after `to`.
 * @example checkRange("2016-02-30", undefined) // throws: invalid from date: "2016-02-30"; …
 */
export function checkRange(from: string | undefined, to: string | undefined): void {
  for (const [what, v] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (v === undefined) continue;
    if (!isIsoDate(v) || v < '1900-01-01' || v > '2100-12-31')
      throw new ConnectorError(
        'config',
        `invalid ${what} date: ${quote(v)}; expected a day YYYY-MM-DD in 1900..2100`,
      );
  }
  if (from !== undefined && to !== undefined && from > to)
    throw new ConnectorError('config', `invalid from date: ${quote(from)} is after the to date ${to}`);
}

/**
 * Fetches daily bars for `tickers` from one source into the store; resumable; returns what each became.
 * @example await fetchPrices(store, ctx, ['IWM', 'SPY'], { source: 'stooq' })
 */
export async function fetchPrices(
  store: Store,
  ctx: FetchContext,
  tickers: string[],
  options: PriceFetchOptions,
): Promise<Awaited<ReturnType<typeof runBatch<FetchedItem>>>> {
  const source = options.source;
  if (!PRICE_SOURCES.includes(source)) {
    throw new ConnectorError('config', `invalid source: "${source}"; expected ${PRICE_SOURCES.join(' or ')}`);
  }
  checkRange(options.from, options.to);
  const env = source === 'stooq' ? process.env.CAPGAP_STOOQ_URL : process.env.CAPGAP_YAHOO_URL;
  const base = options.baseUrl ?? env ?? (source === 'stooq' ? STOOQ_BASE_URL : YAHOO_BASE_URL);
  const range = { baseUrl: base, from: options.from, to: options.to };
  const urlOf = (t: string) => (source === 'stooq' ? stooqUrl(t, range) : yahooChartUrl(t, range));
  const list = tickers.map((t) => t.toUpperCase());
  for (const t of list) urlOf(t); // validate every ticker before the first download
  const span = options.from || options.to ? `_${options.from ?? ''}_${options.to ?? ''}` : '';
  return runBatch(
    list,
    async (ticker) => {
      const url = urlOf(ticker);
      const key = source === 'stooq' ? `${stooqSymbol(ticker)}${span}.csv` : `${ticker}${span}.json`;
      // Yahoo turns away clients that do not look like a browser (HTTP 429 at once)
      const headers =
        source === 'yahoo' ? { 'user-agent': `Mozilla/5.0 (compatible; capgap/${VERSION})` } : undefined;
      // errors name the cached file; Yahoo's JSON is read as the CSV it was turned into
      const path = ctx.cache.pathOf(source, key);
      const file = source === 'stooq' ? path : `${path} (as Yahoo CSV)`;
      const req = { source, key, url, headers, minIntervalMs: PRICE_INTERVAL_MS[source] };
      const { got, value: parsed } = await fetchAndRead(ctx, req, (body) => {
        const chart = source === 'yahoo' ? yahooChartToCsv(dec.decode(body), ticker, url) : undefined;
        const text = chart ? chart.csv : checkStooqCsv(dec.decode(body), ticker, url).text;
        const p = chart ? parseYahoo(text, { file, ticker }) : parseStooq(text, { file, ticker });
        if (chart && p.bars) {
          applyYahooEvents(p.bars, chart.events);
          p.notes.push('dividend and split_factor from the chart events (0 and 1 on days without one)');
        }
        return p;
      });
      const dataset = `${source}/${ticker}`;
      const res = await writeFetched(store, parsed, {
        dataset,
        kind: source,
        url,
        fetchedAt: got.entry.meta.fetchedAt,
        body: got.body,
        file,
        replace: span === '',
      });
      return {
        item: ticker,
        dataset,
        rows: res.stored.bars ?? 0,
        url,
        fetchedAt: got.entry.meta.fetchedAt,
        fromCache: got.fromCache,
        notes: parsed.notes,
      };
    },
    {
      stateDir: `${ctx.cache.dir}/batches`,
      scope: store.path,
      name: `fetch-prices-${source}${span}`,
      progress: options.progress,
      log: ctx.log,
    },
  );
}
