/**
 * The file layer: read a file (CSV, gzip, Parquet), detect or take its format, parse and validate it whole,
 * then write it in one transaction. `importFile` returns a summary; `importFiles` runs several in order.
 */
import { readFileSync } from 'node:fs';
import { decodeText } from '../../formats/decode.ts';
import { ImportError } from '../../formats/errors.ts';
import { resolveLimits } from '../../formats/limits.ts';
import { parseByKind } from '../../formats/parse-by-kind.ts';
import { baseName } from '../../formats/text.ts';
import { checkFileName, checkText } from '../../formats/text-fields.ts';
import { KINDS } from '../../formats/types.ts';
import { quote } from '../../quote.ts';
import type { Store } from '../store.ts';
import { datasetFor, FRENCH_CITATION, registryNameOf, SOURCES, vintageOf } from './dataset-naming.ts';
import type { ImportOptions, ImportSummary } from './import-types.ts';
import { importPanel } from './panel.ts';
import { readForImport } from './read-for-import.ts';
import { importStreamed, streams } from './stream-import.ts';
import { unchangedImport, unchangedSummary } from './unchanged.ts';
import { writeParsed } from './writer.ts';

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
      reason: `invalid kind: ${quote(options.kind)}; expected one of ${KINDS.join(', ')}`,
    });
  }
  // the file's name and option values stored as text follow the text rule (formats/text-fields.ts)
  checkFileName(file);
  for (const o of ['dataset', 'vintage', 'exchange'] as const)
    checkText(options[o], { file, line: 0, column: `--${o}` });
  const progress = (phase: string) => options.onProgress?.({ file, phase });
  progress('read');
  const limits = resolveLimits(options.limits);
  const read = await readForImport(store, path, options, limits);
  const { sha256, parquet, kind, reason } = read;
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
  if (!parquet && streams(kind, read.head)) {
    progress('parse');
    const s = await importStreamed(store, path, read, options, limits);
    progress('done');
    return s;
  }
  progress('parse');
  // a kind parsed whole: at most maxWholeBytes of text (its parse takes about 30 times that); Parquet keeps
  // its own caps (parquet.ts)
  const whole = parquet
    ? options.limits
    : { ...limits, maxBytes: Math.min(limits.maxBytes, limits.maxWholeBytes) };
  const text = decodeText(read.bytes ?? readFileSync(path), file, whole);
  read.bytes = null; // let the bytes go before parsing
  const parsed = parseByKind(kind, text, { ...options, file });
  const dataset = datasetFor(kind, file, parsed, options);
  const registryName = registryNameOf(kind, dataset, parsed);
  const vintage = vintageOf(kind, parsed);
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
