/**
 * An article pasted as HTML (a page's source or a fragment) read as its text, with jsdom's HTML parser
 * (the project's: the WHATWG parsing algorithm, every named and numeric entity, malformed markup as
 * browsers read it; scripts never run, nothing is fetched). Loaded on first use (about 0.7 s of CPU).
 * Layout kept for the sentence splitter: a paragraph, heading, quotation or table is a block (blank lines
 * around it); a heading is a '#' line (a headline); a list item a '- ' line (a bullet); a table row one
 * line of cells joined by tabs (./tables.ts reads them under their header), its caption the line above;
 * `<br>` a line break. Page furniture is dropped, never read: head (except the date), script, style,
 * noscript, template, svg, iframe, object, form, button, select, nav, aside, footer, figure (images and
 * their captions), and anything `hidden` or `aria-hidden`. The publication date, when the page gives one
 * (`<meta property="article:published_time">`, `itemprop="datePublished"`, the first `<time datetime>`),
 * is returned for the article's date.
 */
import { createRequire } from 'node:module';
import type * as JsdomModule from 'jsdom';

const load = createRequire(import.meta.url);
let jsdom: typeof JsdomModule | undefined;

const DROP = new Set(
  'head script style noscript template svg iframe object embed form button select nav aside footer figure figcaption img picture video audio canvas map'.split(
    ' ',
  ),
);
const BLOCK = new Set(
  'p div section article main header h1 h2 h3 h4 h5 h6 blockquote pre table caption ul ol dl dd dt li address hr body html'.split(
    ' ',
  ),
);

interface Out {
  lines: string[];
  line: string;
}

function flush(o: Out, blank = false): void {
  const l = o.line.replace(/[ \t]+/g, ' ').trim();
  if (l) o.lines.push(l);
  o.line = '';
  if (blank && o.lines.length && o.lines[o.lines.length - 1] !== '') o.lines.push('');
}

function cellText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function walk(node: Node, o: Out): void {
  if (node.nodeType === 3) {
    o.line += (node.nodeValue ?? '').replace(/\s+/g, ' ');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.localName;
  if (DROP.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
  if (tag === 'br') {
    flush(o);
    return;
  }
  if (tag === 'tr') {
    flush(o);
    const cells = [...el.children].filter((c) => c.localName === 'td' || c.localName === 'th');
    o.lines.push(cells.map(cellText).join('\t'));
    return;
  }
  const block = BLOCK.has(tag);
  if (block) flush(o, tag !== 'li' && tag !== 'caption' && tag !== 'dt' && tag !== 'dd');
  if (/^h[1-6]$/.test(tag)) o.line += '# ';
  if (tag === 'li') o.line += '- ';
  for (const c of el.childNodes) walk(c, o);
  if (block) flush(o, tag !== 'li' && tag !== 'caption' && tag !== 'dt');
}

function published(doc: Document): string | undefined {
  const found =
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ??
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime');
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(found ?? '');
  return m?.[1];
}

/**
 * The text of an HTML article, one block a paragraph, and its publication date when the page states one.
 * @example htmlText('<h1>Small caps soar</h1><p>The Russell 2000 rose 3.1&nbsp;per&nbsp;cent.</p>')
 * // { text: '# Small caps soar\n\nThe Russell 2000 rose 3.1 per cent.' }
 */
export function htmlText(html: string): { text: string; date?: string } {
  jsdom ??= load('jsdom') as typeof JsdomModule;
  const doc = new jsdom.JSDOM(html).window.document;
  const o: Out = { lines: [], line: '' };
  walk(doc.body ?? doc.documentElement, o);
  flush(o);
  const text = o.lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const date = published(doc);
  return date ? { text, date } : { text };
}
