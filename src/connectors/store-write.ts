/**
 * How fetched data reach the store: through the importer's parsers and its atomic writer (`writeParsed`,
 * src/store/import/writer.ts: stage, check, then one transaction). This file only builds the importer's inputs
 * (the `datasets` row with the download's URL and date; `Parsed` tables for sources that have no file format
 * of their own: SEC share counts, iShares history).
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { fromDay, toDay } from '../calendar/dates.ts';
import type { Parsed } from '../formats/types.ts';
import { newStats } from '../formats/types.ts';
import { type WriteResult, writeParsed } from '../store/import/writer.ts';
import type { Store } from '../store/store.ts';

/** What to record about a fetched body. */
export interface FetchedWrite {
  /** Dataset name ('stooq/IWM', 'french/Portfolios_Formed_on_ME', 'sec-dei/AAPL', 'ishares/IWM'). */
  dataset: string;
  kind: string;
  /** The URL and the time it was fetched: stored as the dataset's source. */
  url: string;
  fetchedAt: string;
  citation?: string;
  /** The raw body (for its sha256) and the name it is known by (cache file). */
  body: Uint8Array;
  file: string;
  /** Replace the dataset's rows (a full re-download) instead of refusing changed values [false]. */
  replace?: boolean;
}

/** The day number of the last bar, as YYYY-MM-DD, or undefined. */
function lastBarDate(p: Parsed): string | undefined {
  const d = p.bars?.day;
  if (!d?.length) return undefined;
  let m = d[0];
  for (let i = 1; i < d.length; i++) if (d[i] > m) m = d[i];
  return fromDay(m);
}

/**
 * The `datasets` row name the importer gives a file: the dataset, and for French files
 * `<dataset> [<frequency>, <vintage>]` (src/store/import/dataset-naming.ts), so fetch and import agree.
 * @example registryNameOf('french/Portfolios_Formed_on_ME', parsed) // 'french/Portfolios_Formed_on_ME [monthly, CRSP 202602]'
 */
export function registryNameOf(dataset: string, p: Parsed): string {
  if (p.kind !== 'french') return dataset;
  const blocks = [...(p.portfolios ?? []), ...(p.factors ?? [])];
  const freq = ['daily', 'monthly', 'annual'].find((f) => blocks.some((b) => b.frequency === f));
  return `${dataset} [${freq}, ${p.vintage}]`;
}

/**
 * Writes a parsed download with its `datasets` row: source = "<url> fetched <time>", vintage = the French
 * vintage, else "through <last bar date>, fetched <date>", else "fetched <date>".
 * @example await writeFetched(store, parseStooq(text, { file, ticker: 'IWM' }), { dataset: 'stooq/IWM', … })
 */
export function writeFetched(store: Store, parsed: Parsed, w: FetchedWrite): Promise<WriteResult> {
  const sha256 = createHash('sha256').update(w.body).digest('hex');
  const day = w.fetchedAt.slice(0, 10);
  const last = lastBarDate(parsed);
  return writeParsed(store, parsed, {
    dataset: w.dataset,
    file: w.file,
    replace: w.replace,
    row: {
      name: registryNameOf(w.dataset, parsed),
      kind: w.kind,
      vintage: parsed.vintage ?? (last ? `through ${last}, fetched ${day}` : `fetched ${day}`),
      source: `${w.url} fetched ${w.fetchedAt}`,
      citation: w.citation ?? null,
      file: basename(w.file),
      sha256,
    },
  });
}

/**
 * Share counts as the importer's market_caps table (market_cap left missing).
 * @example capsParsed('AAPL', ['2024-10-18'], Float64Array.of(15115823000))
 */
export function capsParsed(id: string, dates: string[], shares: Float64Array): Parsed {
  const n = dates.length;
  const stats = newStats();
  stats.rowsRead = n;
  if (n) stats.missing.market_cap = n;
  return {
    kind: 'generic',
    stats,
    notes: ['shares outstanding as reported to the SEC; market_cap left NULL'],
    caps: {
      id: new Array<string>(n).fill(id),
      day: Int32Array.from(dates, toDay),
      line: Int32Array.from({ length: n }, (_, i) => i + 1),
      marketCap: new Float64Array(n).fill(Number.NaN),
      sharesOutstanding: shares,
    },
  };
}

/**
 * Daily shares outstanding and NAV as the importer's etf_flows table (flow and aum left missing: the flows
 * engine derives flows from shares × NAV).
 * @example flowsParsed('IWM', ['2016-11-08'], Float64Array.of(1e8), Float64Array.of(118.9))
 */
export function flowsParsed(
  ticker: string,
  dates: string[],
  shares: Float64Array,
  nav: Float64Array,
): Parsed {
  const n = dates.length;
  const stats = newStats();
  stats.rowsRead = n;
  return {
    kind: 'etf-flows',
    stats,
    notes: [
      'issuer shares outstanding and NAV per share; flow and aum left NULL (derive flows with capgap flows)',
    ],
    flows: {
      ticker: new Array<string>(n).fill(ticker),
      day: Int32Array.from(dates, toDay),
      line: Int32Array.from({ length: n }, (_, i) => i + 1),
      flow: new Float64Array(n).fill(Number.NaN),
      sharesOutstanding: shares,
      nav,
      aum: new Float64Array(n).fill(Number.NaN),
    },
  };
}
