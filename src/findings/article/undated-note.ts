/**
 * The closing line of an undated article's check: which sentences its missing date left unchecked (their
 * reason names the article's date or --to), so the reader sees at the end what the first line warned of.
 */
import type { ArticleCheck } from '../check-article.ts';
import type { PreparedArticle } from './prepare.ts';

const NEEDS_DATE = /the article is undated|--to DATE|the article's date/;

/**
 * "Undated article: sentences 1, 3 not checked for want of its date (give --to YYYY-MM-DD)", or '' when the
 * article is dated or every sentence was checked.
 * @example undatedNote({ text: '', format: 'text', undated: 'NEW YORK, Nov 10 (Reuters)' }, result)
 */
export function undatedNote(p: PreparedArticle, result: ArticleCheck): string {
  if (p.to || !p.undated) return '';
  const left: number[] = [];
  for (const s of result.sentences) {
    const reasons = [s.reason ?? '', ...s.claims.flatMap((c) => c.readings.map((r) => r.line ?? ''))];
    if (reasons.some((r) => NEEDS_DATE.test(r))) left.push(s.index + 1);
  }
  if (left.length === 0) return '';
  const which = left.length === 1 ? `sentence ${left[0]}` : `sentences ${left.join(', ')}`;
  return `\nUndated article (${JSON.stringify(p.undated)} has no year): ${which} not checked for want of its date; give --to YYYY-MM-DD`;
}
