/**
 * What the checker box says before it sends anything: an empty box, or an article larger than the server
 * reads (POST /api/check takes a body of at most 100,000 bytes: MAX_ARTICLE_BYTES in routes/check.ts; the
 * page counts the JSON body it would send, so a text with curly quotes and dashes is measured as sent).
 */

/** The largest body POST /api/check accepts, in bytes (routes/check.ts). */
export const MAX_BODY_BYTES = 100_000;

const n = (x: number) => x.toLocaleString('en-US');

/**
 * Why this body cannot be checked, or null: `text` is the box's content, `body` the JSON the page would send.
 * @example checkInputProblem('', '{"text":""}') // 'the box is empty: paste an article or a paragraph …'
 */
export function checkInputProblem(text: string, body: string): string | null {
  if (!text.trim())
    return "the box is empty: paste an article or a paragraph (text, Markdown or a saved page's HTML), then press Check";
  const bytes = new TextEncoder().encode(body).length;
  if (bytes <= MAX_BODY_BYTES) return null;
  return `the text is ${n(text.length)} characters (${n(bytes)} bytes as sent); the checker reads at most ${n(MAX_BODY_BYTES)} bytes at a time: paste one article, or check a longer file with \`capgap check --text FILE\``;
}
