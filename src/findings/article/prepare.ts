/**
 * An article as pasted, made ready to read: its text (./source-text.ts: HTML and Markdown read as text,
 * line endings and invisible spaces normalised) and its date: the one given (--to, the API's "to"), else
 * the article's own (./dateline.ts), said with where it came from, so every output can state it.
 */
import { articleDate } from './dateline.ts';
import { type ArticleFormat, articleSource } from './source-text.ts';

/** An article ready for readArticle: the text read, its format, and the date "last week" counts from. */
export interface PreparedArticle {
  text: string;
  format: ArticleFormat;
  /** The article's date: the given one, else the article's own. */
  to?: string;
  /** Where `to` came from: 'given', or the words of the timestamp or dateline ("Updated Nov. 10, 2016"). */
  toSource?: string;
}

/**
 * The text and date of an article.
 * @example prepareArticle('Updated Nov. 10, 2016\r\n\r\nThe Russell 2000 rose 1.6 pct on Thursday.', { event: '2016-11-08' }).to // '2016-11-10'
 */
export function prepareArticle(
  raw: string,
  o: { format?: ArticleFormat; event?: string; to?: string } = {},
): PreparedArticle {
  const src = articleSource(raw, o.format);
  const base = { text: src.text, format: src.format };
  if (o.to) return { ...base, to: o.to, toSource: 'given' };
  const d = articleDate(src.text, { event: o.event, markup: src.date });
  return d ? { ...base, to: d.date, toSource: d.source } : base;
}

/**
 * One line saying how the article was read ("Read as HTML; dated 2016-06-27 by "27 June 2016"").
 * @example preparedLine({ text: '', format: 'text', to: '2016-11-10', toSource: 'Updated Nov. 10, 2016' })
 * // 'Read as text; article dated 2016-11-10 from "Updated Nov. 10, 2016" (give --to to change it)'
 */
export function preparedLine(p: PreparedArticle): string {
  const as = p.format === 'html' ? 'HTML' : p.format === 'markdown' ? 'Markdown' : 'text';
  if (!p.to) return `Read as ${as}; no article date found or given: "last week", "this month" need --to`;
  if (p.toSource === 'given') return `Read as ${as}; article dated ${p.to} (given)`;
  return `Read as ${as}; article dated ${p.to} from ${JSON.stringify(p.toSource)} (give --to to change it)`;
}
