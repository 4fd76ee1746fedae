/**
 * An article as pasted → the text the reader reads. Every form first loses what a paste carries and a
 * reader does not see: Windows and old Mac line endings (\r\n, \r → \n), Unicode line and paragraph
 * separators (→ \n), no-break, thin, hair, figure and narrow no-break spaces (→ a space), zero-width
 * characters, the byte-order mark and soft hyphens (removed); a word broken at a hyphen by a hard wrap
 * (text copied from a PDF or an e-mail: "elec-\ntion", "small-\ncap") is joined ("election", "small-cap"); a thin
 * or no-break space between thousands is a comma ("2 392.92"). Then HTML is read as its text
 * (./html-text.ts) and Markdown as its text (./markdown-text.ts); in text and Markdown, HTML's entities ("S&amp;P
 * 500", "2000&#8217;s", as a feed or a page's source carries them) are decoded with `entities`, the decoder parse5
 * itself uses (strict: "AT&T" and "&copy" without a semicolon stay). The format is the file's extension
 * (.html/.htm, .md/.markdown, else text), or sniffed from the text: a document type, an <html>/<body>
 * tag or three or more block tags make HTML; a '#' heading, a pipe table's rule, a '[text](url)' link or a
 * footnote '[^1]' make Markdown; a text's wiki citations ("[2]") become superscripts (`wikiMarks`). Spans of the
 * sentences are offsets in the returned text.
 */
import { decodeHTMLStrict } from 'entities';
import { COMPOUND } from './clauses.ts';
import { superscript } from './footnote-marks.ts';
import { htmlText } from './html-text.ts';
import { markdownText } from './markdown-text.ts';

/** How an article arrives. */
export type ArticleFormat = 'text' | 'html' | 'markdown';
/** The formats' names as the CLI and the API take them. */
export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['text', 'html', 'markdown'];

/**
 * The text with line endings and invisible characters as a reader sees them.
 * @example plainText('Up 3.1\u202f%\r\n') // 'Up 3.1 %\n'
 */
export function plainText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/(?<=\d)[\u00a0\u2009\u202f](?=\d{3}(?![\d,]))/g, ',') // a thin space between thousands: "2 392.92"
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\b([A-Za-z]+)-\n(?=[a-z])/g, (_m, a) => (COMPOUND.test(a) ? `${a}-` : a));
}

/**
 * The format a file's name says, or undefined.
 * @example formatOfFile('story.html') // 'html'
 */
export function formatOfFile(name: string): ArticleFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt' || ext === 'text') return 'text';
  return undefined;
}

/**
 * The format the text looks like.
 * @example sniffFormat('<p>The index rose 3%.</p><p>…</p><p>…</p>') // 'html'
 */
export function sniffFormat(text: string): ArticleFormat {
  const head = text.slice(0, 4000);
  if (/^\s*<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(head)) return 'html';
  if ((head.match(/<(?:p|div|h[1-6]|li|tr|article|section|br)\b[^>]*>/gi) ?? []).length >= 3) return 'html';
  if (/^#{1,6}\s+\S/m.test(head) || /^\s*\|?\s*:?-{3,}:?\s*\|/m.test(head)) return 'markdown';
  if (/\[[^\]\n]+\]\((?:https?:|\/)[^)\s]*\)|\[\^\d+\]/.test(head)) return 'markdown';
  return 'text';
}

/** The text to read, its format, and the date the page's markup gives (HTML only). */
export interface ArticleSource {
  text: string;
  format: ArticleFormat;
  /** The publication date from the HTML's metadata (`<meta property="article:published_time">`, `<time>`). */
  date?: string;
}

/**
 * The text of an article as pasted, in the given format (sniffed when not given).
 * @example articleSource('<p>The Russell 2000 rose 3.1&nbsp;per cent.</p>', 'html').text // 'The Russell 2000 rose 3.1 per cent.'
 */
export function articleSource(raw: string, format?: ArticleFormat): ArticleSource {
  const plain = plainText(raw);
  const f = format ?? sniffFormat(plain);
  if (f === 'html') {
    const h = htmlText(plain);
    return { text: plainText(h.text), format: f, ...(h.date ? { date: h.date } : {}) };
  }
  // A text or Markdown with HTML's entities in it (a feed's, a page source's: "S&amp;P 500", "2000&#8217;s") as
  // it reads (CommonMark reads them so too).
  return { text: decoded(f === 'markdown' ? markdownText(plain) : wikiMarks(plain)), format: f };
}

/**
 * A wiki page's marks, as pasted: a citation right after a word or a stop ("… gained 1.1%.[2]", "[5][6]") is the
 * footnote superscript the reader knows ("²"); a lettered or a worded one ("[a]", "[note 1]", "[citation needed]")
 * and a heading's "[edit]" go. Not a bracket after a space, nor a link's ("[1](…)").
 * @example wikiMarks('The S&P 500 gained 1.1%.[2] The index …') // 'The S&P 500 gained 1.1%.² The index …'
 */
export function wikiMarks(text: string): string {
  return text.replace(CITATION, (_m, n: string) => (/^\d+$/.test(n) ? superscript(n) : ''));
}
const CITATION = /(?<=[^\s[\]]|\])\[(\d{1,3}|[a-z]|note\s+\d{1,3}|citation\s+needed|edit)\](?!\()/gi;

/** The text with HTML's named and numeric entities decoded, when it has any (a semicolon each: "AT&T" stays). */
function decoded(text: string): string {
  return /&(?:#\d{2,6}|#x[\da-f]{2,5}|[a-z]{2,8}\d?);/i.test(text) ? plainText(decodeHTMLStrict(text)) : text;
}
