/**
 * The file step of `capgap import --store clickhouse://…`: the same reading, detection and parsers as the
 * local import (src/store/import/import-file.ts, src/formats/*): the size limits, gzip with its caps, the
 * encoding checks, the detector (or `--kind`), then the kind's parser, which validates the whole file and
 * throws an ImportError naming file, line and column. Nothing is sent to the warehouse before this returns.
 * The warehouse holds a stock panel and its companylists only; other kinds are refused by name.
 */
import { decodeText } from '../../formats/decode.ts';
import { detectKind } from '../../formats/detect.ts';
import { ImportError } from '../../formats/errors.ts';
import { resolveLimits } from '../../formats/limits.ts';
import { type KindOptions, parseByKind } from '../../formats/parse-by-kind.ts';
import { checkFileName } from '../../formats/text-fields.ts';
import { type ImportKind, KINDS, type Parsed } from '../../formats/types.ts';
import { isParquet } from '../import/parquet.ts';
import { readInputFile } from '../input-file.ts';

/** The kinds a ClickHouse store takes. */
export const WAREHOUSE_KINDS = ['stock-panel', 'companylist'] as const;

/** A parsed file and why its format was chosen. */
export interface ReadFile {
  kind: ImportKind;
  reason: string;
  parsed: Parsed;
}

/**
 * Reads and parses one file for the warehouse; throws ImportError on bad input.
 * @example readForWarehouse('stocks.csv.gz', { file: 'stocks.csv.gz' }).parsed.bars?.day.length
 */
export function readForWarehouse(
  path: string,
  o: Omit<KindOptions, 'file'> & { kind?: ImportKind } = {},
): ReadFile {
  const file = path;
  const fail = (reason: string) => new ImportError({ file, line: 0, column: '', reason });
  if (o.kind && !KINDS.includes(o.kind))
    throw fail(`invalid kind: "${o.kind}"; expected one of ${KINDS.join(', ')}`);
  checkFileName(file);
  const limits = resolveLimits(o.limits);
  // a folder, a FIFO (which would wait forever), a loop, a missing file or one over the limit: named, never read
  const bytes = readInputFile(path, limits.maxBytes);
  if (bytes.length === 0) throw fail('empty file');
  if (isParquet(bytes, path))
    throw fail('Parquet into a ClickHouse store is not supported; import the CSV (or .csv.gz)');
  const text = decodeText(bytes, file, o.limits);
  const detection = o.kind
    ? { kind: o.kind, reason: '--kind given' }
    : detectKind(text.slice(0, 64_000), file);
  if (!(WAREHOUSE_KINDS as readonly string[]).includes(detection.kind))
    throw fail(
      `a ClickHouse store takes ${WAREHOUSE_KINDS.join(' and ')} files; this is ${detection.kind} (${detection.reason}): import it into the local store (--db)`,
    );
  // --reject-bad-rows: the JS panel parser skips and counts bad rows as the local DuckDB path does
  const parsed = parseByKind(detection.kind, text, { ...o, file });
  return { kind: detection.kind, reason: detection.reason, parsed };
}
