/**
 * Live blogs: an entry's stamp ("10:42 ET: Russell 2000 +2.1%", "16.45 BST Closing summary", "Sept. 18, 4:10
 * PM ET: …") gives the sentences of its entry their time (intraday before the close) and, with a day, their
 * date.
 */
import type { ReadOptions } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { MONTH_RE, resolveDate } from './dates.ts';

/**
 * "10:42 ET: …", "3:15 PM ET | …", a stamp on the line above its entry ("3:15 PM ET\nSmall caps …"), and
 * British stamps with a point ("16.45 BST", "9.05am").
 */
const LIVE_STAMP = new RegExp(
  `^\\s*(?:(${MONTH_RE}\\s+\\d{1,2}),?\\s+)?(\\d{1,2})([:.])(\\d{2})\\s*(a\\.?m\\.?|p\\.?m\\.?)?\\s*(ET|EST|EDT|GMT|BST)?(\\s*[:|\\-–—]\\s|\\s+(?=["A-Z]))`,
  'i',
);

/**
 * A live blog's entry stamp at the start of `t`: its words, whether it is before the close (4 p.m. New York,
 * 16:30 in London) and its day when it gives one ("Sept. 18, 4:10 PM ET"), or undefined when `t` opens with none.
 * @example liveStamp('16.45 BST Closing summary: …') // { words: '16.45 BST', intraday: false }
 */
export function liveStamp(t: string): { words: string; intraday: boolean; day?: string } | undefined {
  const live = LIVE_STAMP.exec(t);
  if (!live) return undefined;
  const [, day, hh, sep, mm, ampm, zone, after] = live;
  // "16.45 BST", "9.05am": a point needs a zone or am/pm; a colon needs either or a separator after it.
  if (!(ampm || zone || (sep === ':' && /[:|\-–—]/.test(after)))) return undefined;
  // "4:05 ET — Closing bell" with no am/pm: a New York trading hour before 9 is the afternoon.
  const afternoon = !ampm && !/GMT|BST/i.test(zone ?? '') && Number(hh) < 9;
  const h = (Number(hh) % 12) + (/^p/i.test(ampm ?? '') || Number(hh) >= 13 || afternoon ? 12 : 0);
  const close = /GMT|BST/i.test(zone ?? '') ? 16 * 60 + 30 : 16 * 60;
  const at = (Number(hh) >= 13 ? Number(hh) : h) * 60 + Number(mm);
  const words = live[0].replace(/[\s:|\-–—]+$/, '');
  return { words, intraday: at < close, ...(day ? { day } : {}) };
}

/**
 * A live blog's entry runs from its stamp to the next stamp or blank line: its sentences share the stamp's
 * time (`ctx.stamp`), and a stamp with a day ("Sept. 18, 4:10 PM ET: …") dates its entry and those after it
 * (`ctx.entryTo`, read as the article's date for them) until another dated stamp.
 */
export function liveEntry(ctx: ArticleContext, t: string, between: string, o: ReadOptions): void {
  const stamp = liveStamp(t);
  if (stamp) ctx.stamp = stamp.intraday ? stamp.words : '';
  else if (/\n\s*\n/.test(between)) ctx.stamp = undefined;
  const day = stamp?.day && resolveDate(stamp.day, o);
  if (day) ctx.entryTo = day;
}
