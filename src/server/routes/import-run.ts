/**
 * The step behind `POST /api/import`: parse the uploaded text with capgap's importers (src/formats) and
 * write it to the store in one transaction, as `capgap import` does for a file. Kinds are an allow-list
 * (formats that arrive as one text file); a gzip body is inflated with a cap (no zip bombs).
 */
import { createHash } from 'node:crypto';
import { decodeText } from '../../formats/decode.ts';
import { ImportError } from '../../formats/errors.ts';
import { frenchDatasetName } from '../../formats/french-names.ts';
import type { Limits } from '../../formats/limits.ts';
import { parseByKind } from '../../formats/parse-by-kind.ts';
import { fileStem } from '../../formats/text.ts';
import { isParquet } from '../../store/import/parquet.ts';
import { writeParsed } from '../../store/import/writer.ts';
import type { Store } from '../../store/store.ts';
import { ApiError } from '../errors.ts';

/** The formats the server accepts for upload. */
export const SERVER_IMPORT_KINDS = [
  'yahoo',
  'yfinance',
  'stooq',
  'alphavantage',
  'french',
  'generic',
  'etf-flows',
  'etfs',
] as const;
export type ServerImportKind = (typeof SERVER_IMPORT_KINDS)[number];

/** Largest inflated size of a gzip body, bytes (the inflate ratio rule of formats/limits.ts applies too). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** The limits of an upload: formats/limits.ts defaults with the inflated size capped at MAX_INFLATED_BYTES. */
export const UPLOAD_LIMITS: Partial<Limits> = { maxBytes: MAX_INFLATED_BYTES, maxRatio: 100 };

const SOURCES: Record<ServerImportKind, string> = {
  yahoo: 'Yahoo Finance CSV export',
  yfinance: 'yfinance download',
  stooq: 'Stooq / Kaggle Huge Stock Market Dataset',
  alphavantage: 'Alpha Vantage TIME_SERIES_DAILY_ADJUSTED',
  french: 'Kenneth R. French Data Library',
  generic: 'capgap generic long format',
  'etf-flows': 'ETF flow inputs',
  etfs: 'ETF registry rows',
};

/** What an upload did. */
export interface UploadSummary {
  file: string;
  kind: ServerImportKind;
  dataset: string;
  vintage: string | null;
  rowsRead: number;
  stored: Record<string, number>;
  added: Record<string, number>;
  rejected: Record<string, number>;
  notes: string[];
}

/**
 * Imports one uploaded file into the store (all or nothing); bad input is a 400 naming file, line, column.
 * Dataset names follow `capgap import`: `<kind>/<TICKER>` for one-ticker price files, `french/<stem>`.
 * @example await importBody(store, bytes, { kind: 'yahoo', name: 'IWM.csv' })
 */
export async function importBody(
  store: Store,
  body: Uint8Array,
  o: { kind: ServerImportKind; name: string },
): Promise<UploadSummary> {
  try {
    if (isParquet(body, ''))
      throw new ImportError({
        file: o.name,
        line: 0,
        column: '',
        reason: `a Parquet file (it starts with "PAR1"); upload CSV text, or import Parquet with \`capgap import FILE.parquet\``,
      });
    let text: string;
    try {
      text = decodeText(body, o.name, UPLOAD_LIMITS);
    } catch (err) {
      if (err instanceof ImportError && /too large/.test(err.reason))
        throw new ApiError(413, `invalid body: ${err.message}`, 'body', { cause: err });
      throw err;
    }
    const parsed = parseByKind(o.kind, text, { file: o.name, limits: UPLOAD_LIMITS });
    const one = parsed.bars && parsed.bars.tickers.length === 1 && o.kind !== 'generic';
    const dataset =
      o.kind === 'french'
        ? frenchDatasetName(o.name)
        : one
          ? `${o.kind}/${parsed.bars!.tickers[0]}`
          : `${o.kind}/${fileStem(o.name)}`;
    const vintage = parsed.vintage ?? null;
    let name = dataset;
    if (o.kind === 'french') {
      const blocks = [...(parsed.portfolios ?? []), ...(parsed.factors ?? [])];
      const freq = ['daily', 'monthly', 'annual'].find((f) => blocks.some((b) => b.frequency === f));
      name = `${dataset} [${freq}, ${parsed.vintage}]`;
    }
    const res = await writeParsed(store, parsed, {
      dataset,
      file: o.name,
      row: {
        name,
        kind: o.kind,
        vintage,
        source: `${SOURCES[o.kind]} (uploaded over HTTP)`,
        citation: null,
        file: o.name,
        sha256: createHash('sha256').update(body).digest('hex'),
      },
    });
    return {
      file: o.name,
      kind: o.kind,
      dataset,
      vintage,
      rowsRead: parsed.stats.rowsRead,
      stored: res.stored,
      added: res.added,
      rejected: parsed.stats.rejected,
      notes: parsed.notes,
    };
  } catch (err) {
    if (err instanceof ImportError)
      throw new ApiError(400, `invalid body: ${uploadAdvice(err.message)}`, 'body', { cause: err });
    throw err;
  }
}

/**
 * An import error's advice as it applies to an upload: the route has no `--replace` (an upload never replaces
 * stored rows), so the advice names the command that does.
 * @example uploadAdvice('…; re-import with --replace to replace those rows') // '…; an upload never replaces …'
 */
export function uploadAdvice(message: string): string {
  return message.replace(
    /re-import with --replace to replace (.*)$/,
    'an upload never replaces stored rows: run `capgap import FILE --replace` to replace $1',
  );
}
