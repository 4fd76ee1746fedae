/**
 * A CSV text stream cut into pieces of whole records, so each piece can be parsed alone by the one CSV reader
 * (formats/csv.ts) and keep its file lines: a cut falls only after a line feed outside quotes, read with the
 * reader's dialect (a quote opens a quoted cell only at the start of a cell, `""` inside one is a quote, a
 * quote inside an unquoted cell is text; LF or CRLF ends a record; a bare CR does not). The first piece is the
 * header block (blank lines, then `headerRecords` records that are not blank), so the caller can put it before
 * every later piece. Limits that span pieces are checked here: a record longer than `maxLineChars` (a 100 MB
 * line fails after its first MiB, never held whole), more than `maxRows` records after the header block.
 */
import { ImportError } from '../../formats/errors.ts';
import type { Limits } from '../../formats/limits.ts';

/** Whole records of a file's text. */
export interface RecordPiece {
  /** Text of whole records (ends with a line feed, except the file's last piece). */
  text: string;
  /** The file line `text` starts on (1-based). */
  line: number;
  /** True for the header block (always the first piece yielded). */
  header: boolean;
}

/** A record over the row limit (the CSV reader's words). */
const tooLong = (file: string, line: number, l: Limits) =>
  new ImportError({
    file,
    line,
    column: '',
    reason: `row longer than ${l.maxLineChars.toLocaleString('en-US')} characters (limit)`,
  });

const FIELD = 0; // at the start of a cell
const PLAIN = 1; // in an unquoted cell
const QUOTED = 2; // in a quoted cell
const QUOTE = 3; // a quote inside a quoted cell: an escape ("") or the closing quote, by the next character

/**
 * Cuts `pieces` (text in any pieces) into pieces of whole records of about `chunkChars` characters each.
 * @example for await (const p of recordPieces(textPieces(path, l), path, l, { headerRecords: 1 })) …
 */
export async function* recordPieces(
  pieces: AsyncIterable<string>,
  file: string,
  l: Limits,
  o: { headerRecords: number; chunkChars?: number },
): AsyncGenerator<RecordPiece> {
  const chunk = o.chunkChars ?? 1 << 21;
  let buf = '';
  let scan = 0; // next character of buf to read
  let cut = 0; // end of the last whole record in buf
  let startLine = 1; // file line of buf[0]
  let line = 1; // file line of buf[scan]
  let recLine = 1; // file line the record being read starts on
  let recStart = 0; // where in buf it starts
  let state = FIELD;
  let any = false; // the record has a character (not only its line end): the CSV reader counts it
  let solid = false; // the record has more than spaces, tabs and CRs: not blank
  let headers = 0;
  let rows = 0;
  let header = true;
  const take = (end: number): RecordPiece => {
    const p = { text: buf.slice(0, end), line: startLine, header };
    for (let i = buf.indexOf('\n'); i >= 0 && i < end; i = buf.indexOf('\n', i + 1)) startLine++;
    buf = buf.slice(end);
    scan -= end;
    recStart -= end;
    cut = 0;
    return p;
  };
  for await (const t of pieces) {
    buf += t;
    for (; scan < buf.length; scan++) {
      const c = buf.charCodeAt(scan);
      if (state === QUOTED) {
        if (c === 34) state = QUOTE;
        else if (c === 10) line++;
        continue;
      }
      if (state === QUOTE) {
        if (c === 34) {
          state = QUOTED;
          continue;
        }
        state = PLAIN; // closed; anything but , or a line end after it is the reader's error
      }
      if (c === 10) {
        if (scan - recStart > l.maxLineChars) throw tooLong(file, recLine, l);
        line++;
        if (any && !header && ++rows > l.maxRows) {
          throw new ImportError({
            file,
            line: recLine,
            column: '',
            reason: `more than ${l.maxRows.toLocaleString('en-US')} rows (limit; --max-rows to raise)`,
          });
        }
        cut = scan + 1;
        if (header ? solid && ++headers === o.headerRecords : cut >= chunk) {
          yield take(cut); // take() leaves scan at -1: the loop's ++ reads buf from 0
          header = false;
        }
        state = FIELD;
        any = false;
        solid = false;
        recLine = line;
        recStart = scan + 1;
        continue;
      }
      if (c !== 13) any = true;
      if (c !== 13 && c !== 32 && c !== 9) solid = true;
      if (c === 34 && state === FIELD) state = QUOTED;
      else state = c === 44 ? FIELD : PLAIN;
    }
    if (buf.length - recStart > l.maxLineChars) throw tooLong(file, recLine, l);
  }
  if (any && !header && state !== QUOTED && state !== QUOTE && ++rows > l.maxRows) {
    throw new ImportError({
      file,
      line: recLine,
      column: '',
      reason: `more than ${l.maxRows.toLocaleString('en-US')} rows (limit; --max-rows to raise)`,
    });
  }
  if (buf.length) yield take(buf.length);
}
