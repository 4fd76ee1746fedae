/**
 * Yahoo Finance daily bars through the chart API (`/v8/finance/chart/<TICKER>`; the old CSV endpoint
 * `/v7/finance/download` was closed in 2024). The JSON holds parallel arrays: `timestamp` (seconds, the
 * session's open), `indicators.quote[0].{open,high,low,close,volume}` (close: split-adjusted, not
 * dividend-adjusted) and `indicators.adjclose[0].adjclose` (split- and dividend-adjusted). It is turned into
 * Yahoo's CSV export shape, `Date,Open,High,Low,Close,Adj Close,Volume`, which the importer's `yahoo` kind reads.
 * Dates: the calendar date of `timestamp + meta.gmtoffset` (the exchange's local date). `events.dividends` and
 * `events.splits` become the bars' dividend and split_factor.
 */
import { ConnectorError } from './errors.ts';
import { type ChartEvents, chartDay, chartValue, readEvents, type YahooEvents } from './yahoo-events.ts';

export { applyYahooEvents } from './yahoo-events.ts';

/** Yahoo's base URL; override with `$CAPGAP_YAHOO_URL` or `baseUrl`. */
export const YAHOO_BASE_URL = 'https://query1.finance.yahoo.com';

/**
 * The chart API URL of a ticker's daily bars: the whole history (`range=max`) unless [from, to] is given.
 * @example yahooChartUrl('^RUT') // 'https://query1.finance.yahoo.com/v8/finance/chart/%5ERUT?interval=1d&…'
 */
export function yahooChartUrl(
  ticker: string,
  options: { baseUrl?: string; from?: string; to?: string } = {},
): string {
  if (!/^\^?[A-Za-z0-9][A-Za-z0-9.\-=]{0,19}$/.test(ticker)) {
    throw new ConnectorError(
      'config',
      `invalid ticker: "${ticker}"; expected letters, digits, '.', '-', '^', '='`,
    );
  }
  const base = `${(options.baseUrl ?? YAHOO_BASE_URL).replace(/\/$/, '')}/v8/finance/chart/${encodeURIComponent(ticker)}`;
  const q = 'interval=1d&events=div%2Csplits&includeAdjustedClose=true';
  if (!options.from && !options.to) return `${base}?${q}&range=max`;
  const sec = (d: string, what: string) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(t)) {
      throw new ConnectorError('config', `invalid ${what}: "${d}"; expected YYYY-MM-DD`);
    }
    return t / 1000;
  };
  const p1 = options.from ? sec(options.from, 'from date') : 0;
  const p2 = options.to ? sec(options.to, 'to date') + 86_400 : Math.floor(Date.now() / 1000);
  return `${base}?${q}&period1=${p1}&period2=${p2}`;
}

/** Reads `path` in a JSON value, failing with the path named when it is not there. */
function at(root: unknown, path: string, url: string): unknown {
  let v: unknown = root;
  for (const part of path.split('.')) {
    const m = /^(\w+)(?:\[(\d+)\])?$/.exec(part)!;
    v = (v as Record<string, unknown> | null)?.[m[1]];
    if (m[2] !== undefined) v = Array.isArray(v) ? v[Number(m[2])] : undefined;
    if (v === undefined || v === null) {
      throw new ConnectorError(
        'format',
        `yahoo: no "${path}" in the chart response (has the format changed?)`,
        { url },
      );
    }
  }
  return v;
}

/** A chart response as Yahoo CSV text, with its counts and corporate actions. */
export interface YahooCsv {
  csv: string;
  rows: number;
  /** Sessions Yahoo lists with no close (null), left out. */
  skippedNull: number;
  /** Dividends (cash per share) and splits (numerator/denominator: 2 = 2-for-1) by ex-date. */
  events: YahooEvents;
}

/**
 * Converts a chart API body to Yahoo CSV (see the file header). Yahoo's own error object
 * (`chart.error.description`) and missing arrays become clear errors.
 * @example yahooChartToCsv(jsonText, 'IWM', url).csv.split('\n')[0] // 'Date,Open,High,Low,Close,Adj Close,Volume'
 */
export function yahooChartToCsv(body: string, ticker: string, url: string): YahooCsv {
  let json: { chart?: { error?: { code?: string; description?: string } | null } } | null;
  try {
    json = JSON.parse(body);
  } catch (err) {
    throw new ConnectorError(
      'format',
      `yahoo ${ticker}: the chart response is not JSON (${(err as Error).message})`,
      {
        url,
      },
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new ConnectorError('format', `yahoo ${ticker}: the chart response is JSON but not an object`, {
      url,
    });
  const error = json.chart?.error;
  if (error) {
    throw new ConnectorError(
      'config',
      `yahoo ${ticker}: ${error.code ?? 'error'}: ${error.description ?? ''}`.trim(),
      {
        url,
      },
    );
  }
  const stamps = at(json, 'chart.result[0].timestamp', url) as number[];
  const gmt = (json.chart as { result?: { meta?: { gmtoffset?: unknown } }[] }).result?.[0]?.meta?.gmtoffset;
  const offset = chartValue(gmt, 'meta.gmtoffset', ticker, url) ?? 0;
  const quote = 'chart.result[0].indicators.quote[0]';
  const cols = ['open', 'high', 'low', 'close', 'volume'].map(
    (k) => at(json, `${quote}.${k}`, url) as (number | null)[],
  );
  const adj = at(json, 'chart.result[0].indicators.adjclose[0].adjclose', url) as (number | null)[];
  for (const c of [...cols, adj]) {
    if (!Array.isArray(c) || c.length !== stamps.length) {
      throw new ConnectorError(
        'format',
        `yahoo ${ticker}: the chart arrays differ in length from timestamp (${stamps.length})`,
        {
          url,
        },
      );
    }
  }
  const lines = ['Date,Open,High,Low,Close,Adj Close,Volume'];
  let skippedNull = 0;
  // every value a finite number or null, every timestamp a session's: else a format error naming where
  const names = ['open', 'high', 'low', 'close', 'volume', 'adjclose'];
  const cell = (c: number, i: number) => {
    const v = chartValue([...cols, adj][c][i], `${names[c]}[${i}]`, ticker, url);
    return v === null ? '' : String(v);
  };
  for (let i = 0; i < stamps.length; i++) {
    const date = chartDay(stamps[i], offset, `timestamp[${i}]`, ticker, url);
    if (cols[3][i] === null || cols[3][i] === undefined) {
      skippedNull++;
      continue;
    }
    lines.push([date, cell(0, i), cell(1, i), cell(2, i), cell(3, i), cell(5, i), cell(4, i)].join(','));
  }
  const ev = (json.chart as { result?: { events?: ChartEvents }[] }).result?.[0]?.events;
  return {
    csv: `${lines.join('\n')}\n`,
    rows: lines.length - 1,
    skippedNull,
    events: readEvents(ev, offset, ticker, url),
  };
}
