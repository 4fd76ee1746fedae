/**
 * The quoting edge: the one way an error message shows a value the user gave (a cell, a file name, an
 * option's or a query parameter's value). A hostile value must not hide what it is nor flood the terminal:
 * - control characters (C0, DEL, C1), format characters (bidi overrides and isolates U+202A–E, U+2066–9,
 *   marks U+200E/F, zero-width and BOM, soft hyphen, tags), line and paragraph separators and lone
 *   surrogates are written as escapes a reader can see (`\u202E`, `\n`, `\t`, `\r`);
 * - `"` and `\` are escaped as JSON does, so a short printable value quotes exactly as `JSON.stringify`;
 * - a value whose quoted form passes `max` characters is cut, with an ellipsis and its full length:
 *   `"xxxx…" (1048576 characters)`.
 * Every message then passes `safeMessage` at its edge (the CLI's one catch, the HTTP error body), which
 * escapes the same characters in the message as a whole and cuts it at MESSAGE_MAX characters.
 */

/** Characters a quoted value shows at most (before the ellipsis and the length). */
export const QUOTE_MAX = 80;

/** Characters an error message has at most, as the CLI prints it or the API sends it. */
export const MESSAGE_MAX = 1000;

/** Characters that must never reach a terminal or a page as they are. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const HIDDEN_ALL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The visible escape of one hidden character.
 * @example escapeChar('\u202e') // '\\u202E'
 */
export function escapeChar(c: string): string {
  if (SHORT[c]) return SHORT[c];
  const code = c.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/**
 * True when `s` holds a character `quote` escapes (a control, bidi or other format character).
 * @example hasHidden('a\u202eb') // true
 */
export function hasHidden(s: string): boolean {
  return HIDDEN.test(s);
}

/**
 * A user's value as an error message shows it: double-quoted, hidden characters escaped, at most `max`
 * characters of it with an ellipsis and the full length when longer.
 * @example quote('2016-02-30') // '"2016-02-30"'
 * @example quote('\u202e1') // '"\\u202E1"'
 * @example quote('9'.repeat(1e6)) // '"9999…" (1000000 characters)'
 */
export function quote(value: unknown, max = QUOTE_MAX): string {
  const s = typeof value === 'string' ? value : String(value);
  let out = '';
  for (const c of s) {
    const piece = c === '"' || c === '\\' ? `\\${c}` : HIDDEN.test(c) ? escapeChar(c) : c;
    if (out.length + piece.length > max) return `"${out}…" (${s.length} characters)`;
    out += piece;
  }
  return `"${out}"`;
}

/**
 * A whole message made safe to print: hidden characters escaped (a message is one line), cut at `max`
 * characters with an ellipsis and its full length.
 * @example safeMessage('bad "\u202e"') // 'bad "\\u202E"'
 */
export function safeMessage(message: string, max = MESSAGE_MAX): string {
  const s = message.replace(HIDDEN_ALL, escapeChar);
  if (s.length <= max) return s;
  // cut on a code point boundary; the note says how long the message was
  const note = ` … (${s.length} characters)`;
  const cut = s.slice(0, max - note.length);
  return /[\uD800-\uDBFF]$/.test(cut) ? `${cut.slice(0, -1)}${note}` : `${cut}${note}`;
}
