/**
 * The detector: which format a file is, from its first lines (and name), with the reason in words.
 * `--kind` skips it. Rules, first match wins (docs/import.md lists them):
 * French ('CRSP database' in the preamble, or a `,…`/`Date,…` header over YYYYMM(DD) dates), then by header:
 * `Adj Close` → yahoo; `timestamp`+`adjusted_close` → alphavantage; `OpenInt` → stooq; `Symbol`+`MarketCap` →
 * companylist; `Tickersymbol`+`GICSSector` → gics; exactly Date,Ticker,Open,High,Low,Close,Volume →
 * stock-panel; `flow` or `nav` with date,ticker → etf-flows; ticker,name,category → etfs; date + (id|ticker)
 * → generic; Date,Close,…,Volume or Date,Open,High,Low,Close → yfinance.
 */

import { quote } from '../quote.ts';
import { type CsvRecord, isBlank, readCsv } from './csv.ts';
import { ImportError } from './errors.ts';
import type { ImportKind } from './types.ts';

/** A detected format and why. */
export interface Detection {
  kind: ImportKind;
  reason: string;
}

/** Columns of price files (lower case), which no French library file has. */
const PRICE_COLUMNS = ['close', 'adj close', 'adjusted_close', 'openint', 'ticker', 'id', 'volume', 'symbol'];

/**
 * Detects the format of a file from its head (the first few KB of text are enough).
 * @example detectKind('Date,Open,High,Low,Close,Adj Close,Volume\n', 'SPY.csv').kind // 'yahoo'
 */
export function detectKind(head: string, file: string): Detection {
  let text = head.slice(0, 64_000);
  if (text.length === 64_000 && text.lastIndexOf('\n') > 0) text = text.slice(0, text.lastIndexOf('\n') + 1);
  let recs: CsvRecord[];
  try {
    recs = readCsv(text, { file, toLine: 60 }).filter((r) => !isBlank(r));
  } catch (err) {
    // a quoted cell cut by the 64 KB head: read the first line alone
    if (!(err instanceof ImportError) || !/quoted cell/.test(err.reason)) throw err;
    recs = readCsv(text.slice(0, text.indexOf('\n') + 1), { file }).filter((r) => !isBlank(r));
  }
  if (recs.length === 0) throw new ImportError({ file, line: 0, column: '', reason: 'empty file' });
  if (/CRSP database/i.test(text)) {
    return { kind: 'french', reason: 'the preamble names a CRSP database (Kenneth French library file)' };
  }
  if (/\d{6} Bloomberg database/i.test(text)) {
    return {
      kind: 'french',
      reason: 'the preamble names a Bloomberg database (Kenneth French library regional file)',
    };
  }
  const firstText = recs[0].cells.join(',');
  const header = recs[0].cells.map((h) => h.trim().toLowerCase());
  const has = (...names: string[]) => names.every((n) => header.includes(n));
  const next = (recs[1]?.cells[0] ?? '').trim();
  // French headers name portfolios or factors, never a price column: a price file with YYYYMMDD dates is not French
  const priced = header.some((h) => PRICE_COLUMNS.includes(h));
  if (
    (header[0] === '' || header[0] === 'date') &&
    /^\d{6}$|^\d{8}$/.test(next) &&
    header.length > 2 &&
    !priced
  ) {
    return {
      kind: 'french',
      reason: `header ${quote(firstText, 30)} over YYYYMM(DD) dates (French library file without preamble)`,
    };
  }
  if (header[0] === 'price' && (recs[1]?.cells[0] ?? '').trim().toLowerCase() === 'ticker') {
    return { kind: 'yfinance', reason: 'two-level Price/Ticker/Date header (yfinance download)' };
  }
  if (has('date', 'adj close'))
    return { kind: 'yahoo', reason: 'header has Date and "Adj Close" (Yahoo Finance export)' };
  if (has('timestamp', 'adjusted_close')) {
    return {
      kind: 'alphavantage',
      reason: 'header has timestamp and adjusted_close (Alpha Vantage daily adjusted)',
    };
  }
  if (has('date', 'close', 'openint'))
    return { kind: 'stooq', reason: 'header has OpenInt (Stooq / Kaggle .us.txt)' };
  if (has('symbol', 'marketcap'))
    return { kind: 'companylist', reason: 'header has Symbol and MarketCap (NASDAQ companylist)' };
  if (has('tickersymbol', 'gicssector') || has('ticker symbol', 'gics sector')) {
    return { kind: 'gics', reason: 'header has Ticker symbol and GICS Sector (S&P 500 securities file)' };
  }
  const panel = ['date', 'ticker', 'open', 'high', 'low', 'close', 'volume'];
  if (header.length === panel.length && has(...panel)) {
    return {
      kind: 'stock-panel',
      reason: 'header is exactly Date,Ticker,Open,High,Low,Close,Volume (long stock panel)',
    };
  }
  if (has('date', 'ticker') && (has('flow') || has('nav') || has('shares_outstanding'))) {
    return {
      kind: 'etf-flows',
      reason: 'header has date, ticker and flow or shares_outstanding/nav (ETF flow inputs)',
    };
  }
  if (has('ticker', 'name', 'category') && !header.includes('date')) {
    return { kind: 'etfs', reason: 'header has ticker, name, category (ETF registry rows)' };
  }
  if (has('date') && (has('id') || has('ticker'))) {
    return { kind: 'generic', reason: 'header has date and id/ticker (capgap generic long format)' };
  }
  if (has('date', 'close', 'volume')) {
    return {
      kind: 'yfinance',
      reason: 'header has Date, Close and Volume but no Adj Close: yfinance auto-adjusted download',
    };
  }
  if (has('date', 'open', 'high', 'low', 'close')) {
    return {
      kind: 'yfinance',
      reason: 'header is Date,Open,High,Low,Close with no volume: a price index (yfinance)',
    };
  }
  throw new ImportError({
    file,
    line: recs[0].line,
    column: '',
    reason: `unknown format (header: ${quote(firstText)}); pass --kind (one of yahoo, yfinance, stooq, alphavantage, companylist, stock-panel, gics, french, generic, etf-flows, etfs)`,
  });
}
