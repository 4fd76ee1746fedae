/**
 * The rule for the text capgap stores beside the numbers (company names, sectors, industries, exchanges, ETF
 * names, categories, benchmarks, issuers, French portfolio and factor names and section titles, vintages,
 * dataset names): the identifiers' rule (ticker.ts). No control character (C0 including tab, CR and a quoted
 * line feed; DEL; C1) and no bidirectional or zero-width format character: they hide or reorder what a
 * reader of a table, a chart or an article sees. Such a value is **refused, never stripped**: the error names
 * the file, the line, the column and the character, and nothing of the file is written (docs/import.md).
 */
import { quote } from '../quote.ts';
import { ImportError } from './errors.ts';
import { baseName } from './text.ts';
import { checkIdentifier, HIDDEN_PATTERN } from './ticker.ts';
import type { Parsed } from './types.ts';

const HIDDEN = new RegExp(HIDDEN_PATTERN);

/** Where a value sits, for the error. */
interface At {
  file: string;
  line: number;
  column: string;
}

/**
 * Returns `value` unchanged, or throws an ImportError naming the hidden character when it holds one.
 * @example checkText('3M Company', { file: 'c.csv', line: 2, column: 'Name' }) // '3M Company'
 * @example checkText('3D Sys\u0000tems', at) // throws: text "3D Sys\u0000tems" holds … (U+0000) …
 */
export function checkText<T extends string | null | undefined>(value: T, at: At): T {
  if (!value) return value;
  const m = HIDDEN.exec(value);
  if (!m) return value;
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  throw new ImportError({
    ...at,
    reason: `text ${quote(value)} holds a control or bidi character (${code}); text fields may not (remove it from the file)`,
  });
}

/**
 * Throws unless a file's base name is free of control and bidi characters: the name becomes the dataset's
 * name (`generic/<stem>`) and the `datasets.file` column, which `capgap datasets` prints.
 * @example checkFileName('/data/gen\u202eeric.csv') // throws: … (U+202E); rename the file
 */
export function checkFileName(file: string): void {
  const name = baseName(file);
  const m = HIDDEN.exec(name);
  if (!m) return;
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  throw new ImportError({
    file,
    line: 0,
    column: '',
    reason: `the file name ${quote(name)} holds a control or bidi character (${code}); it would name the dataset: rename the file`,
  });
}

/** The first line holding each ticker index of a bar table (for naming a bad ticker's row). */
function firstLines(ticker: Int32Array, line: Int32Array, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = ticker.length - 1; i >= 0; i--) out[ticker[i]] = line[i];
  return out;
}

/**
 * The safety net every parsed file passes before it is written (parse-by-kind.ts): every identifier and text
 * value of every table follows the rules above; the error names the store column (the parsers name the
 * file's own header where they check first).
 * @example checkParsedText(parseYahoo(text, { file }), file) // throws on a ticker or name with a NUL
 */
export function checkParsedText(p: Parsed, file: string): void {
  const at = (line: number, column: string) => ({ file, line, column });
  if (p.bars) {
    const lines = firstLines(p.bars.ticker, p.bars.line, p.bars.tickers.length);
    for (let i = 0; i < p.bars.tickers.length; i++)
      checkIdentifier(p.bars.tickers[i], at(lines[i], 'ticker'));
  }
  if (p.securities) {
    const s = p.securities;
    for (let i = 0; i < s.id.length; i++) {
      checkIdentifier(s.id[i], at(s.line[i], 'id'));
      for (const c of ['name', 'exchange', 'securityType', 'sector', 'industry'] as const)
        checkText(s[c][i], at(s.line[i], c));
    }
  }
  const caps = p.caps;
  if (caps) for (let i = 0; i < caps.id.length; i++) checkIdentifier(caps.id[i], at(caps.line[i], 'id'));
  const flows = p.flows;
  if (flows)
    for (let i = 0; i < flows.ticker.length; i++)
      checkIdentifier(flows.ticker[i], at(flows.line[i], 'ticker'));
  if (p.etfs) {
    const e = p.etfs;
    for (let i = 0; i < e.ticker.length; i++) {
      checkIdentifier(e.ticker[i], at(e.line[i], 'ticker'));
      for (const c of ['name', 'category', 'benchmark', 'issuer'] as const)
        checkText(e[c][i], at(e.line[i], c));
    }
  }
  for (const b of [...(p.portfolios ?? []), ...(p.factors ?? [])]) {
    const line = Math.max(0, (b.line[0] ?? 1) - 1);
    checkText(b.title, at(line, 'section title'));
    for (const n of b.names) checkText(n, at(line, n));
  }
  checkText(p.vintage, at(0, 'vintage'));
}
