/** The header of a hand-read CSV format (generic bars, ETF files): its names and its required columns. */

import { quote } from '../quote.ts';
import { type CsvRecord, checkWidth, isBlank, readCsv } from './csv.ts';
import { ImportError } from './errors.ts';
import type { Limits } from './limits.ts';
import { checkUniqueHeader } from './validate.ts';

/**
 * A file's data records (blank lines dropped, each checked to have the header's width) and its trimmed
 * header (and lower-cased names); an empty file is an error.
 */
export function headerOf(
  text: string,
  file: string,
  limits?: Partial<Limits>,
): { rows: CsvRecord[]; header: string[]; names: string[]; headerLine: number } {
  const recs = readCsv(text, { file, limits }).filter((r) => !isBlank(r));
  if (recs.length === 0) throw new ImportError({ file, line: 0, column: '', reason: 'empty file' });
  const header = recs[0].cells.map((h) => h.trim());
  checkUniqueHeader(header, file, recs[0].line);
  const rows = recs.slice(1);
  for (const r of rows) checkWidth(r, header.length, file);
  return { rows, header, names: header.map((h) => h.toLowerCase()), headerLine: recs[0].line };
}

/** The index of the first of `alts` in the header; a missing required column error otherwise. */
export function need(names: string[], header: string[], file: string, ...alts: string[]): number {
  for (const a of alts) if (names.includes(a)) return names.indexOf(a);
  throw new ImportError({
    file,
    line: 1,
    column: alts[0],
    reason: `missing required column ${quote(alts[0])} (header: ${quote(header.join(','), 200)})`,
  });
}
