/**
 * Text handling shared by the parsers: bytes → UTF-8 text (gzip unpacked, BOM dropped, non-UTF-8 rejected),
 * text → lines (LF or CRLF), and one CSV line → cells (double quotes, "" escapes; no newlines in cells).
 */
import { gunzipSync } from 'node:zlib';
import { ImportError } from './errors.ts';

/** True if `bytes` start with the gzip magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decodes a file's bytes as UTF-8, unpacking gzip first and dropping a BOM. A byte sequence that is not
 * UTF-8 (e.g. a Latin-1 'é', byte 0xE9) throws an ImportError naming the line and telling the user to convert.
 * @example decodeText(new TextEncoder().encode('Date,Close\n'), 'a.csv') // 'Date,Close\n'
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (isGzip(bytes)) bytes = gunzipSync(bytes);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    let line = 1;
    const loose = new TextDecoder('utf-8').decode(bytes);
    for (let i = 0; i < loose.length; i++) {
      const c = loose.charCodeAt(i);
      if (c === 0xfffd) break;
      if (c === 10) line++;
    }
    throw new ImportError({
      file,
      line,
      column: '',
      reason:
        'the file is not UTF-8 (a byte such as a Latin-1 accent was found); convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8 in.csv > out.csv`',
    });
  }
}

/** Splits text into lines (LF or CRLF; a final newline adds no line). `lines[k]` is file line k + 1. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const s = lines[i];
    if (s.length && s.charCodeAt(s.length - 1) === 13) lines[i] = s.slice(0, -1);
  }
  return lines;
}

/**
 * Splits one CSV line into cells. Quoted cells may hold commas and doubled quotes; cells are not trimmed.
 * @example splitCsvLine('"A, Inc.",1.5,"n/a",') // ['A, Inc.', '1.5', 'n/a', '']
 */
export function splitCsvLine(line: string): string[] {
  if (line.indexOf('"') < 0) return line.split(',');
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  while (i <= n) {
    if (line[i] === '"') {
      let s = '';
      i++;
      while (i < n) {
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            s += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else s += line[i++];
      }
      const comma = line.indexOf(',', i);
      out.push(s + (comma < 0 ? line.slice(i) : line.slice(i, comma)));
      if (comma < 0) break;
      i = comma + 1;
      if (i === n) out.push('');
    } else {
      const comma = line.indexOf(',', i);
      if (comma < 0) {
        out.push(line.slice(i));
        break;
      }
      out.push(line.slice(i, comma));
      i = comma + 1;
      if (i === n) {
        out.push('');
        break;
      }
    }
  }
  return out;
}

/** The file name without folders (`/a/b/^RUT.csv` → `^RUT.csv`). */
export function baseName(file: string): string {
  const k = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return k >= 0 ? file.slice(k + 1) : file;
}

/** The file name without folders and without its extensions (.csv, .txt, .us.txt, .gz, .parquet). */
export function fileStem(file: string): string {
  return baseName(file)
    .replace(/\.gz$/i, '')
    .replace(/\.(csv|txt|parquet|tsv)$/i, '')
    .replace(/\.us$/i, '');
}
