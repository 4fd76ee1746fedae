/**
 * An article pasted as HTML (a page's source or a fragment) read as its text, with parse5 (the WHATWG
 * HTML parser jsdom itself uses: every named and numeric entity, malformed markup read as browsers read
 * it; nothing runs, nothing is fetched; linear in the input, where a DOM built by jsdom is quadratic in
 * the nesting depth and overflows the stack at about 10,000 levels). The tree is walked with an explicit
 * stack, so any depth is read. Layout kept for the sentence splitter: a paragraph, heading, quotation or
 * table is a block (blank lines around it); a heading is a '#' line (a headline); a list item a '- '
 * line (a bullet); a table row one line of cells joined by tabs (./tables.ts reads them under their
 * header), its caption the line above; `<br>` a line break; a `<sup>` footnote number a superscript
 * ("8.95%<sup>2</sup>" → "8.95%²"). Page furniture is dropped, never read: head
 * (except the date), script, style, noscript, template, svg, iframe, object, form, button, select, nav,
 * aside, footer, images and their captions (a figure's table is read), and anything `hidden` or `aria-hidden`. The
 * publication date, when the page gives one (`<meta property="article:published_time">`,
 * `itemprop="datePublished"`, the first `<time datetime>`), is returned for the article's date.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { isIsoDate } from '../../calendar/dates.ts';
import { superscript } from './footnote-marks.ts';

type Node = T.ChildNode | T.Document;

const DROP = new Set(
  'head script style noscript template svg iframe object embed form button select nav aside footer figcaption img picture video audio canvas map'.split(
    ' ',
  ),
);
const BLOCK = new Set(
  'p div section article main header figure h1 h2 h3 h4 h5 h6 blockquote pre table caption ul ol dl dd dt li address hr body html'.split(
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

const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isElement = (n: Node): n is T.Element => 'tagName' in n;
const children = (n: Node): T.ChildNode[] => ('childNodes' in n ? n.childNodes : []);

/** Pushes `nodes` so that the first is popped first (a loop: no spread of a huge argument list). */
function pushAll<N>(stack: N[], nodes: readonly N[]): void {
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
}

/** The text under a node (for table cells), with an explicit stack. */
function textOf(root: Node): string {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (n.nodeName === '#text') out += (n as T.TextNode).value;
    else if (!isElement(n) || !DROP.has(n.tagName)) pushAll(stack, children(n));
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Walks the tree in document order with an explicit stack (an 'end' entry closes a block). */
function walk(root: Node, o: Out): void {
  const stack: (Node | { end: string })[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node | { end: string };
    if ('end' in n) {
      flush(o, n.end !== 'li' && n.end !== 'caption' && n.end !== 'dt');
      continue;
    }
    if (n.nodeName === '#text') {
      o.line += (n as T.TextNode).value.replace(/\s+/g, ' ');
      continue;
    }
    if (!isElement(n)) {
      if (n.nodeName === '#document') pushAll(stack, children(n));
      continue;
    }
    const tag = n.tagName;
    if (DROP.has(tag) || attr(n, 'hidden') !== undefined || attr(n, 'aria-hidden') === 'true') continue;
    if (tag === 'br') {
      flush(o);
      continue;
    }
    if (tag === 'sup') {
      // A footnote marker ("8.95%<sup>2</sup>") as the superscript the reader knows ("8.95%²"), never a
      // digit glued to the number.
      const t = textOf(n);
      const m = /^\[?(\d{1,3})\]?$/.exec(t);
      o.line += m ? superscript(m[1]) : /^[*†‡]$/.test(t) ? t : ` ${t}`;
      continue;
    }
    if (tag === 'tr') {
      flush(o);
      const cells = n.childNodes.filter((c) => c.nodeName === 'td' || c.nodeName === 'th');
      o.lines.push(cells.map(textOf).join('\t'));
      continue;
    }
    // A paragraph or div inside a list item is part of the item ("<li><p>…</p></li>" stays one bullet).
    const inItem =
      (tag === 'p' || tag === 'div') &&
      n.parentNode &&
      'tagName' in n.parentNode &&
      n.parentNode.tagName === 'li';
    const block = BLOCK.has(tag) && !inItem;
    if (block) flush(o, tag !== 'li' && tag !== 'caption' && tag !== 'dt' && tag !== 'dd');
    if (/^h[1-6]$/.test(tag)) o.line += '# ';
    if (tag === 'li') o.line += '- ';
    if (block) stack.push({ end: tag });
    pushAll(stack, n.childNodes);
  }
}

/** Every element in document order (for the date), with an explicit stack. */
function* elements(root: Node): Generator<T.Element> {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (isElement(n)) yield n;
    pushAll(stack, children(n));
  }
}

function published(doc: T.Document): string | undefined {
  let found: string | undefined;
  let time: string | undefined;
  for (const el of elements(doc)) {
    if (el.tagName === 'meta' && attr(el, 'property') === 'article:published_time')
      found ??= attr(el, 'content');
    if (attr(el, 'itemprop') === 'datePublished') found ??= attr(el, 'content') ?? attr(el, 'datetime');
    if (el.tagName === 'time') time ??= attr(el, 'datetime');
  }
  // A stated date that is no calendar day ("5357-44-31") dates nothing.
  const iso = (v?: string) => {
    const d = /^\s*((?:19|20)\d{2}-\d{2}-\d{2})/.exec(v ?? '')?.[1];
    return d && isIsoDate(d) ? d : undefined;
  };
  return iso(found) ?? iso(time);
}

/**
 * The text of an HTML article, one block a paragraph, and its publication date when the page states one.
 * @example htmlText('<h1>Small caps soar</h1><p>The Russell 2000 rose 3.1&nbsp;per&nbsp;cent.</p>')
 * // { text: '# Small caps soar\n\nThe Russell 2000 rose 3.1 per cent.' }
 */
export function htmlText(html: string): { text: string; date?: string } {
  const doc = parse(html);
  const o: Out = { lines: [], line: '' };
  walk(doc, o);
  flush(o);
  const text = o.lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const date = published(doc);
  return date ? { text, date } : { text };
}
