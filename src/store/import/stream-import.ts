/**
 * Importing a big row-by-row file in bounded memory: the file is read as a stream (text-stream.ts), cut into
 * pieces of whole records (record-chunks.ts), and each piece, after the file's header block, is parsed by the
 * kind's own parser (`parseByKind`, the same rules) and appended to the staging tables; the checks and the
 * one transaction then run on the staged rows as for any file (writer.ts). Peak memory is that of one piece
 * (about 2 MiB of text and its parse), not of the file. Lines are the file's: a piece parsed as
 * `header block + piece` has its rows' lines, and its errors' lines, moved by the piece's place in the file.
 * Kinds whose rows stand alone stream: the one-ticker price files, generic wide bars and ETF flows; French,
 * companylist, GICS, ETF registry and generic long files (a bar's fields on several lines) and Parquet are
 * parsed whole (the stock panel CSV goes through DuckDB, panel.ts).
 */
import { ImportError } from '../../formats/errors.ts';
import type { Limits } from '../../formats/limits.ts';
import { parseByKind } from '../../formats/parse-by-kind.ts';
import { baseName } from '../../formats/text.ts';
import { bump, type ImportKind, newStats, type Parsed } from '../../formats/types.ts';
import { safeMessage } from '../../quote.ts';
import type { Store } from '../store.ts';
import { datasetFor, SOURCES } from './dataset-naming.ts';
import type { ImportOptions, ImportSummary } from './import-types.ts';
import { recordPieces } from './record-chunks.ts';
import { dropStaged } from './stage.ts';
import { stageSecurities } from './stage-securities.ts';
import { stageAll } from './stage-tables.ts';
import type { Staged } from './table-specs.ts';
import { textPieces } from './text-stream.ts';
import { unchangedImport, unchangedSummary } from './unchanged.ts';
import { commitStaged } from './writer.ts';

const ROW_KINDS: ImportKind[] = ['yahoo', 'yfinance', 'stooq', 'alphavantage', 'etf-flows'];

/**
 * True when files of `kind` (with this head of text) are read in pieces: their rows stand alone.
 * @example streams('generic', 'date,id,field,value\n') // false: a bar's fields span lines
 */
export function streams(kind: ImportKind, head: string): boolean {
  if (ROW_KINDS.includes(kind)) return true;
  if (kind !== 'generic') return false;
  const line = head.split('\n').find((l) => l.trim() !== '') ?? '';
  const first = line.toLowerCase().split(',');
  return !(first.some((h) => h.trim() === 'field') && first.some((h) => h.trim() === 'value'));
}

/** Moves the lines of a piece's rows (all after the header block) by `delta`. */
function shiftLines(p: Parsed, delta: number): void {
  for (const t of [p.bars, p.caps, p.flows, p.etfs, p.securities]) {
    if (!t) continue;
    for (let i = 0; i < t.line.length; i++) t.line[i] += delta;
  }
}

/** An error of a piece with its line in the file (lines of the header block stay as they are). */
function inFile(err: ImportError, headerLines: number, delta: number): ImportError {
  if (err.line <= headerLines) return err;
  return new ImportError({ ...err, line: err.line + delta });
}

/** A note quoting a piece's error ("first bad row rejected: file:12: …") with the line in the file. */
function noteInFile(note: string, file: string, headerLines: number, delta: number): string {
  const at = `${safeMessage(file, 400)}:`;
  const i = note.indexOf(at);
  if (i < 0) return note;
  const m = /^(\d+):/.exec(note.slice(i + at.length));
  if (!m || Number(m[1]) <= headerLines) return note;
  return `${note.slice(0, i + at.length)}${Number(m[1]) + delta}${note.slice(i + at.length + m[1].length)}`;
}

/**
 * Imports `path` (of a kind that `streams`) piece by piece; all or nothing, as `importFile`.
 * @example await importStreamed(store, 'big.csv.gz', { kind: 'generic', reason, sha256, head }, options, limits)
 */
export async function importStreamed(
  store: Store,
  path: string,
  read: { kind: ImportKind; reason: string; sha256: string; head: string },
  options: ImportOptions,
  limits: Limits,
  chunkChars?: number,
): Promise<ImportSummary> {
  const file = path;
  const { kind, reason, sha256 } = read;
  const headerRecords = kind === 'yfinance' && /^price,/i.test(read.head) ? 3 : 1;
  const stats = newStats();
  const notes: string[] = [];
  const staged = new Map<string, Staged>();
  const made = new Set<string>();
  let headerText = '';
  let headerLines = 0;
  let dataset = '';
  let same: Record<string, number> | null = null;
  let last = Number.NEGATIVE_INFINITY;
  let securities = 0;
  let first = true;
  const pieces = recordPieces(textPieces(path, limits), file, limits, { headerRecords, chunkChars });
  try {
    for await (const piece of pieces) {
      if (piece.header) {
        headerText = piece.text;
        for (let i = headerText.indexOf('\n'); i >= 0; i = headerText.indexOf('\n', i + 1)) headerLines++;
        continue;
      }
      if (!/\S/.test(piece.text)) continue; // blank lines only
      const delta = piece.line - headerLines - 1;
      let p: Parsed;
      try {
        p = parseByKind(kind, headerText + piece.text, { ...options, file, limits });
      } catch (err) {
        throw err instanceof ImportError ? inFile(err, headerLines, delta) : err;
      }
      shiftLines(p, delta);
      stats.rowsRead += p.stats.rowsRead;
      options.onProgress?.({ file, phase: 'parse', done: stats.rowsRead });
      for (const [k, v] of Object.entries(p.stats.rejected)) bump(stats.rejected, k, v);
      for (const [k, v] of Object.entries(p.stats.missing)) bump(stats.missing, k, v);
      for (const n of p.notes) {
        const note = noteInFile(n, file, headerLines, delta);
        const bad = note.startsWith('first bad row');
        if (!notes.includes(note) && !(bad && notes.some((x) => x.startsWith('first bad row'))))
          notes.push(note);
      }
      const days = p.bars?.day ?? [];
      for (let i = 0; i < days.length; i++) if (days[i] > last) last = days[i];
      if (first) {
        first = false;
        dataset = datasetFor(kind, file, p, options);
        same = options.replace
          ? null
          : await unchangedImport(store, { registryName: dataset, kind, sha256, dataset });
      }
      if (same) continue; // the store holds this file: read on for the counts only
      const wo = { dataset, file, replace: options.replace, row: undefined as never };
      for (const s of await stageAll(store, p, wo, made)) {
        const had = staged.get(s.stg);
        if (had) had.n += s.n;
        else staged.set(s.stg, s);
      }
      const append = made.has('_stg_securities');
      if (await stageSecurities(store, p, append)) {
        made.add('_stg_securities');
        securities = p.securities?.id.length ? securities + p.securities.id.length : -1;
      }
    }
  } catch (err) {
    for (const stg of made) await dropStaged(store, stg);
    throw err;
  }
  if (first) {
    // no data rows: the parser says so for the header block alone (an empty file, a header only)
    parseByKind(kind, headerText, { ...options, file, limits });
    throw new ImportError({ file, line: 0, column: '', reason: 'empty file (a header but no data rows)' });
  }
  const vintage = Number.isFinite(last)
    ? `through ${new Date(last * 86_400_000).toISOString().slice(0, 10)}`
    : null;
  if (same) {
    const u = unchangedSummary(file, kind, reason, dataset, dataset, vintage, same);
    return {
      ...u,
      rowsRead: stats.rowsRead,
      rejected: stats.rejected,
      missing: stats.missing,
      notes: [...notes, ...u.notes],
    };
  }
  options.onProgress?.({ file, phase: 'write' });
  const res = await commitStaged(store, [...staged.values()], securities, 'fill', {
    dataset,
    file,
    replace: options.replace,
    row: {
      name: dataset,
      kind,
      vintage,
      source: SOURCES[kind],
      citation: null,
      file: baseName(file),
      sha256,
    },
  });
  const rejected = { ...stats.rejected };
  if (res.duplicates) rejected['duplicate row (identical to an earlier line)'] = res.duplicates;
  return {
    file,
    kind,
    reason,
    dataset,
    registryName: dataset,
    vintage,
    rowsRead: stats.rowsRead,
    stored: res.stored,
    added: res.added,
    rejected,
    missing: stats.missing,
    notes,
  };
}
