/**
 * The step behind `POST /api/import`: parse the uploaded text with capgap's importers and write it to the
 * store. Kinds are an allow-list (a subset of `capgap import`'s formats that arrive as one text file).
 */
import type { Store } from '../../io/store.ts';
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

/**
 * Imports one uploaded file into the store and returns the importer's summary.
 * @example await importBody(store, bytes, { kind: 'yahoo', name: 'IWM.csv' })
 */
export async function importBody(
  _store: Store,
  _body: Uint8Array,
  o: { kind: ServerImportKind; name: string },
): Promise<unknown> {
  throw new ApiError(
    501,
    `import of ${o.kind} files over HTTP is not available in this build; use \`capgap import\``,
  );
}
