/**
 * The article or claims file `capgap check` reads: `--file ARTICLE` (its format from the extension:
 * .html/.htm, .md/.markdown, else sniffed), `--text FILE|-` (sniffed), `--input-format` to say it; the
 * article prepared (src/findings/article/prepare.ts: read as text, dated by --to or its own dateline).
 */
import { readFileSync } from 'node:fs';
import { type PreparedArticle, prepareArticle } from '../findings/article/prepare.ts';
import {
  ARTICLE_FORMATS,
  type ArticleFormat,
  formatOfFile,
  sniffFormat,
} from '../findings/article/source-text.ts';
import { decodeText } from '../formats/decode.ts';
import { ImportError } from '../formats/errors.ts';
import { quote } from '../quote.ts';
import { readInputFile } from '../store/input-file.ts';
import { CliError } from './context.ts';

/** Bytes an article or claims file may have before it is decoded (the article's own limit is in characters). */
const MAX_INPUT_BYTES = 8 * 2 ** 20;

/**
 * Reads a file or stdin ('-') as UTF-8 text (gzip inflated, one BOM dropped); a CliError (exit 2) names the
 * file when it cannot: a folder, a FIFO or device (reading one would wait forever), a loop of links, a file
 * over 8 MiB, or bytes that are not UTF-8 (UTF-16, Latin-1: the encoding found and the byte offset).
 */
export function readInput(file: string, what: string): string {
  try {
    const bytes = file === '-' ? readFileSync(0) : readInputFile(file, MAX_INPUT_BYTES);
    return decodeText(bytes, file === '-' ? 'stdin' : file, { maxBytes: MAX_INPUT_BYTES });
  } catch (err) {
    const why = (err instanceof ImportError ? err.reason : (err as Error).message).replace(
      'expected a data file (CSV, .gz or Parquet)',
      'expected a text, HTML or Markdown file',
    );
    throw new CliError(`cannot read ${what} ${file === '-' ? 'from stdin' : quote(file)}: ${why}`, 2, {
      cause: err,
    });
  }
}

/**
 * The article of `--file` or `--text`, prepared; undefined when neither is given.
 * @example readArticleInput({ file: 'story.html', event: '2016-06-23' }, 100_000)?.format // 'html'
 */
export function readArticleInput(
  args: { file?: string; text?: string; 'input-format'?: string; event?: string; to?: string },
  max: number,
): PreparedArticle | undefined {
  const name = args.file ?? args.text;
  if (name === undefined) return undefined;
  const f = args['input-format'];
  if (f !== undefined && !ARTICLE_FORMATS.includes(f as ArticleFormat))
    throw new CliError(
      `invalid --input-format: ${quote(f)}; expected one of ${ARTICLE_FORMATS.join(', ')}`,
      2,
    );
  const raw = readInput(name, 'the article');
  const where = name === '-' ? 'on stdin' : name;
  if (!raw.trim()) throw new CliError(`the article ${where} is empty`, 2);
  if (raw.length > max)
    throw new CliError(`the article ${where} has ${raw.length} characters; at most ${max}`, 2);
  // A .txt file of pasted markup ("<p>…</p>" three times, "<html>") reads as HTML, one of Markdown ("## " headings,
  // a pipe table's rule, "[words](https://…)") as Markdown ("**3.4%**" loses its marks), as the first line says.
  const byName = args.file ? formatOfFile(args.file) : undefined;
  const named = byName === 'text' && sniffFormat(raw) !== 'text' ? undefined : byName;
  const format = (f as ArticleFormat | undefined) ?? named;
  const p = prepareArticle(raw, { format, event: args.event, to: args.to });
  if (!p.text.trim()) throw new CliError(`the article ${where} has no text once read as ${p.format}`, 2);
  return p;
}
