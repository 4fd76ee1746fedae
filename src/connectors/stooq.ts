/**
 * Stooq daily bars: `https://stooq.com/q/d/l/?s=<symbol>&i=d[&d1=YYYYMMDD&d2=YYYYMMDD]` answers a CSV
 * `Date,Open,High,Low,Close,Volume`, prices adjusted for splits and dividends. US listings are `<ticker>.us`.
 * Stooq answers HTTP 200 with a plain-text body for an unknown symbol ("No data") and for its daily request
 * limit ("Exceeded the daily hits limit"); both become clear errors here.
 */
import { ConnectorError } from './errors.ts';

/** Stooq's base URL; override with `$CAPGAP_STOOQ_URL` or `baseUrl`. */
export const STOOQ_BASE_URL = 'https://stooq.com';

/** The columns Stooq's download has, in order. */
export const STOOQ_COLUMNS = ['Date', 'Open', 'High', 'Low', 'Close', 'Volume'] as const;

/**
 * Stooq's symbol for a ticker: US tickers get `.us` (IWM → iwm.us); `^` indices and names with a market
 * suffix are passed as they are, lower case. BRK-B stays brk-b.us (Stooq writes class shares with '-').
 * @example stooqSymbol('IWM') // 'iwm.us'
 */
export function stooqSymbol(ticker: string): string {
  const t = ticker.trim().toLowerCase();
  if (!/^\^?[a-z0-9][a-z0-9.\-_]{0,19}$/.test(t)) {
    throw new ConnectorError(
      'config',
      `invalid ticker: "${ticker}"; expected letters, digits, '.', '-', '^'`,
    );
  }
  return t.startsWith('^') || t.includes('.') ? t : `${t}.us`;
}

/** YYYY-MM-DD → YYYYMMDD, checked. */
function compact(date: string, what: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new ConnectorError('config', `invalid ${what}: "${date}"; expected YYYY-MM-DD`);
  return date.replaceAll('-', '');
}

/**
 * The download URL of a ticker's daily bars, optionally limited to [from, to].
 * @example stooqUrl('IWM', { from: '2016-11-01' }) // 'https://stooq.com/q/d/l/?s=iwm.us&i=d&d1=20161101'
 */
export function stooqUrl(
  ticker: string,
  options: { baseUrl?: string; from?: string; to?: string } = {},
): string {
  let url = `${(options.baseUrl ?? STOOQ_BASE_URL).replace(/\/$/, '')}/q/d/l/?s=${encodeURIComponent(stooqSymbol(ticker))}&i=d`;
  if (options.from) url += `&d1=${compact(options.from, 'from date')}`;
  if (options.to) url += `&d2=${compact(options.to, 'to date')}`;
  return url;
}

/**
 * Checks a Stooq body before import: the known plain-text refusals, the header, and a last row cut short.
 * Returns the text (BOM removed) and its data-row count.
 * @example checkStooqCsv('Date,Open,High,Low,Close,Volume\n2016-11-08,1,2,1,2,100\n', 'IWM', url).rows // 1
 */
export function checkStooqCsv(body: string, ticker: string, url: string): { text: string; rows: number } {
  const text = body.replace(/^\uFEFF/, '');
  const head = text.slice(0, 200).trim();
  if (/^no data/i.test(head)) {
    throw new ConnectorError(
      'config',
      `stooq has no data for "${ticker}" (${stooqSymbol(ticker)}): check the ticker`,
      {
        url,
      },
    );
  }
  if (/exceeded the daily hits limit/i.test(head)) {
    throw new ConnectorError(
      'rate-limit',
      `stooq: daily request limit reached ("${head.slice(0, 60)}"); try again tomorrow`,
      {
        url,
      },
    );
  }
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = lines[0] ?? '';
  const cols = header.split(',').map((c) => c.trim());
  const want = STOOQ_COLUMNS.slice(0, 5);
  if (!want.every((c, i) => cols[i] === c)) {
    throw new ConnectorError(
      'format',
      `stooq ${ticker}: unexpected columns "${header.slice(0, 80)}"; expected ${STOOQ_COLUMNS.join(',')} (has the format changed?)`,
      { url },
    );
  }
  const last = lines.at(-1) ?? '';
  if (lines.length > 1 && (last.split(',').length !== cols.length || !/^\d{4}-\d{2}-\d{2},/.test(last))) {
    throw new ConnectorError(
      'truncated',
      `stooq ${ticker}: the last row is incomplete ("${last}"): truncated body`,
      {
        url,
      },
    );
  }
  return { text, rows: lines.length - 1 };
}
