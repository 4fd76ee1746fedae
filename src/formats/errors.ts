/**
 * The one error an import throws for bad input: it names the file, the 1-based line in that file (0 when
 * the problem is the file as a whole) and the column (header name; '' when none), and says what is wrong.
 */

import { quote, safeMessage } from '../quote.ts';

/** Where and why an input file was rejected. */
export interface ImportErrorInfo {
  /** The file as the user named it (or '<text>' for inline text). */
  file: string;
  /** 1-based line number in the file; 0 for whole-file problems (empty file, encoding, unknown format). */
  line: number;
  /** The column's header name as in the file; '' when the problem is not in one column. */
  column: string;
  /** What is wrong, in words, naming the bad value. */
  reason: string;
}

/**
 * A bad input file. `message` reads `file:line: column "X": reason`.
 * @example throw new ImportError({ file: 'IWM.csv', line: 12, column: 'Close', reason: 'unparseable number "1,2x"' })
 */
export class ImportError extends Error implements ImportErrorInfo {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  readonly reason: string;
  constructor(info: ImportErrorInfo) {
    // the file name as given (its hidden characters escaped), the column quoted like any user value
    const file = safeMessage(info.file, 400);
    const where = info.line > 0 ? `${file}:${info.line}` : file;
    const col = info.column ? ` column ${quote(info.column)}:` : '';
    super(`${where}:${col} ${info.reason}`);
    this.name = 'ImportError';
    this.file = info.file;
    this.line = info.line;
    this.column = info.column;
    this.reason = info.reason;
  }
}
