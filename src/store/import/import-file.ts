/**
 * The file layer: read a file (CSV, gzip, Parquet), detect or take its format, parse and validate it whole,
 * then write it in one transaction. `importFile` returns a summary; `importFiles` runs several in order.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { constants, gunzipSync } from 'node:zlib';
import { decodeText, isGzip } from '../../formats/decode.ts';
import { type Detection, detectKind } from '../../formats/detect.ts';
import { ImportError } from '../../formats/errors.ts';
import { frenchDatasetName } from '../../formats/french-names.ts';
import { type Limits, resolveLimits, tooLarge } from '../../formats/limits.ts';
import { parseByKind } from '../../formats/parse-by-kind.ts';
import { baseName, fileStem } from '../../formats/text.ts';
import { type ImportKind, KINDS, type Parsed } from '../../formats/types.ts';
import type { Store } from '../store.ts';
import { importPanel } from './panel.ts';
import { isParquet, parquetToCsv } from './parquet.ts';
import { unchangedImport, unchangedSummary } from './unchanged.ts';
import { writeParsed } from './writer.ts';

/** Options for importing files; all optional. */
export interface ImportOptions {
  /** Force a format instead of detecting it. */
  kind?: ImportKind;
  /** Ticker for one-ticker price files (default: from the file name). */
  ticker?: string;
  /** Dataset name (default: `<kind>/<TICKER>` for price files, 'french/<file stem>' for French files, …). */
  dataset?: string;
  /** French vintage override (e.g. 'CRSP 202505'). */
  vintage?: string;
  /** Weighting of untitled French portfolio blocks. */
  weighting?: 'value' | 'equal';
  /** Exchange for a companylist (default: from the file name, e.g. companylist_NYSE_… → NYSE). */
  exchange?: string;
  /** Snapshot date for a companylist, YYYY-MM-DD (default: a date in the file name). */
  date?: string;
  /** Replace what the store holds for this dataset instead of refusing different values. */
  replace?: boolean;
  /**
   * Price files and the stock panel only: skip rows that fail validation (unparseable number, bad date,
   * negative price) and count them by reason, instead of refusing the file. Default false.
   */
  rejectBadRows?: boolean;
  /**
   * Resource limits (formats/limits.ts: inflated size and ratio, line and cell length, rows per file); the
   * CLI's --max-bytes and --max-rows set maxBytes and maxRows.
   */
  limits?: Partial<Limits>;
  /** Called as work advances (phase names and, for many files, file counts). */
  onProgress?: (event: { file: string; phase: string; done?: number; total?: number }) => void;
}

/** What one import did. */
export interface ImportSummary {
  file: string;
  kind: ImportKind;
  /** Why this format was chosen ('--kind' or the detector's reason). */
  reason: string;
  /** The dataset the rows were written under. */
  dataset: string;
  /** The `datasets` row name (equal to `dataset` except for French files). */
  registryName: string;
  vintage: string | null;
  rowsRead: number;
  /** Rows stored (new or already present with the same values), by table. */
  stored: Record<string, number>;
  /** Rows that were new to the store, by table. */
  added: Record<string, number>;
  /** Rows not stored, by reason. */
  rejected: Record<string, number>;
  /** Cells stored as NULL because the source marks them missing, by column/section. */
  missing: Record<string, number>;
  /** Conventions applied. */
  notes: string[];
}

const SOURCES: Record<ImportKind, string> = {
  yahoo: 'Yahoo Finance CSV export',
  yfinance: 'yfinance download',
  stooq: 'Stooq / Kaggle Huge Stock Market Dataset',
  alphavantage: 'Alpha Vantage TIME_SERIES_DAILY_ADJUSTED',
  companylist: 'NASDAQ.com companylist screener',
  'stock-panel': 'long daily stock panel (Date,Ticker,OHLCV; adjusted prices)',
  gics: 'S&P 500 securities file with GICS sectors',
  french: 'Kenneth R. French Data Library',
  generic: 'capgap generic long format',
  'etf-flows': 'ETF flow inputs',
  etfs: 'ETF registry rows',
};
const FRENCH_CITATION =
  'Kenneth R. French, Data Library, https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/data_library.html';

/** The first KB of a file's text for the detector; gzip: a 16 KB prefix inflated (at most 17 MB, the
 * deflate ratio's bound), so a bomb cannot blow up here. */
function headText(bytes: Uint8Array): string {
  let raw: Uint8Array = bytes.subarray(0, 64_000);
  if (isGzip(bytes)) {
    try {
      raw = gunzipSync(bytes.subarray(0, 16_384), {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: 17 * 1024 * 1024,
      }).subarray(0, 64_000);
    } catch {
      raw = new Uint8Array(); // corrupt: decodeText or the panel scan names the byte offset
    }
  }
  let start = 0;
  while (raw[start] === 0xef && raw[start + 1] === 0xbb && raw[start + 2] === 0xbf) start += 3;
  return new TextDecoder('utf-8').decode(raw.subarray(start));
}

function datasetFor(kind: ImportKind, file: string, p: Parsed | null, o: ImportOptions): string {
  if (o.dataset) return o.dataset;
  if (kind === 'french') return frenchDatasetName(file);
  if (p?.bars && p.bars.tickers.length === 1 && kind !== 'stock-panel' && kind !== 'generic')
    return `${kind}/${p.bars.tickers[0]}`;
  return `${kind}/${fileStem(file)}`;
}

function lastDate(p: Parsed): string | null {
  const b = p.bars;
  if (!b?.day.length) return null;
  let m = b.day[0];
  for (let i = 1; i < b.day.length; i++) if (b.day[i] > m) m = b.day[i];
  return `through ${new Date(m * 86_400_000).toISOString().slice(0, 10)}`;
}

/**
 * Imports one file into the store: all or nothing. Throws ImportError for bad input (the store unchanged).
 * @example const s = await importFile(store, '/data/^RUT.csv'); s.kind // 'yahoo'
 */
export async function importFile(
  store: Store,
  path: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const file = path;
  if (options.kind && !KINDS.includes(options.kind)) {
    throw new ImportError({
      file,
      line: 0,
      column: '',
      reason: `invalid kind: "${options.kind}"; expected one of ${KINDS.join(', ')}`,
    });
  }
  const progress = (phase: string) => options.onProgress?.({ file, phase });
  progress('read');
  const limits = resolveLimits(options.limits);
  const size = statSync(path).size;
  if (size > limits.maxBytes) throw tooLarge(file, limits.maxBytes, null, limits);
  let bytes: Uint8Array = readFileSync(path);
  if (bytes.length === 0) throw new ImportError({ file, line: 0, column: '', reason: 'empty file' });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const parquet = isParquet(bytes, path);
  if (parquet) bytes = new TextEncoder().encode(await parquetToCsv(store, path, limits.maxRows));
  let detection: Detection;
  if (options.kind) detection = { kind: options.kind, reason: '--kind given' };
  else {
    const head = headText(bytes);
    // an undecodable head (corrupt gzip, UTF-16): let the decoder name the fault, not the detector
    if (head === '' || head.includes('\u0000') || head.includes('\ufffd'))
      decodeText(bytes, file, options.limits);
    detection = detectKind(head, file);
  }
  const kind = detection.kind;
  const reason = parquet
    ? `${detection.reason} (read from Parquet; line = row number + 1)`
    : detection.reason;
  if (kind === 'stock-panel' && !parquet) {
    const dataset = datasetFor(kind, file, null, options);
    const same = options.replace
      ? null
      : await unchangedImport(store, { registryName: dataset, kind, sha256, dataset });
    if (same) return unchangedSummary(file, kind, reason, dataset, dataset, null, same);
    return importPanel(store, path, {
      ...options,
      sha256,
      reason,
      dataset: datasetFor(kind, file, null, options),
    });
  }
  progress('parse');
  const text = decodeText(bytes, file, options.limits);
  bytes = new Uint8Array(0);
  const parsed = parseByKind(kind, text, { ...options, file });
  const dataset = datasetFor(kind, file, parsed, options);
  let registryName = dataset;
  let vintage = parsed.vintage ?? lastDate(parsed);
  if (kind === 'french') {
    const blocks = [...(parsed.portfolios ?? []), ...(parsed.factors ?? [])];
    const freq = ['daily', 'monthly', 'annual'].find((f) => blocks.some((b) => b.frequency === f));
    registryName = `${dataset} [${freq}, ${parsed.vintage}]`;
  }
  if (kind === 'companylist')
    vintage = `snapshot ${parsed.caps?.day.length ? new Date(parsed.caps.day[0] * 86_400_000).toISOString().slice(0, 10) : ''}`;
  const frequencies = [...(parsed.portfolios ?? []), ...(parsed.factors ?? [])].map((b) => b.frequency);
  const same =
    options.replace || kind === 'etfs' || kind === 'gics'
      ? null
      : await unchangedImport(store, {
          registryName,
          kind,
          sha256,
          dataset,
          french:
            kind === 'french'
              ? { vintage: parsed.vintage ?? '', frequencies: [...new Set(frequencies)] }
              : undefined,
        });
  if (same) {
    const u = unchangedSummary(file, kind, reason, dataset, registryName, vintage, same);
    return {
      ...u,
      rowsRead: parsed.stats.rowsRead,
      rejected: parsed.stats.rejected,
      missing: parsed.stats.missing,
      notes: [...parsed.notes, ...u.notes],
    };
  }
  progress('write');
  const res = await writeParsed(store, parsed, {
    dataset,
    file,
    replace: options.replace,
    row: {
      name: registryName,
      kind,
      vintage,
      source: SOURCES[kind],
      citation: kind === 'french' ? FRENCH_CITATION : null,
      file: baseName(file),
      sha256,
    },
  });
  const rejected = { ...parsed.stats.rejected };
  if (res.duplicates) rejected['duplicate row (identical to an earlier line)'] = res.duplicates;
  progress('done');
  return {
    file,
    kind,
    reason,
    dataset,
    registryName,
    vintage,
    rowsRead: parsed.stats.rowsRead,
    stored: res.stored,
    added: res.added,
    rejected,
    missing: parsed.stats.missing,
    notes: parsed.notes,
  };
}

/**
 * Imports files in order, each in its own transaction; stops at the first error (earlier files stay).
 * @example await importFiles(store, ['a/^RUT.csv', 'b/IWM.csv'], { replace: true })
 */
export async function importFiles(
  store: Store,
  paths: string[],
  options: ImportOptions = {},
): Promise<ImportSummary[]> {
  const out: ImportSummary[] = [];
  for (let i = 0; i < paths.length; i++) {
    options.onProgress?.({ file: paths[i], phase: 'file', done: i, total: paths.length });
    out.push(await importFile(store, paths[i], options));
  }
  options.onProgress?.({ file: '', phase: 'file', done: paths.length, total: paths.length });
  return out;
}
