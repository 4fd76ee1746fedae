/**
 * The window a caption gives the sentences of its block (./read.ts): the caption's period, for each reading
 * that fell back to the default (or carried one), ran to the article's date from the caption's start, or named
 * "the five days" of a week; and the period a line of figures gives the lines under it.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions, ReadSentence } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { isOneDay } from './pick-window.ts';
import { FIGURE_LINE } from './split.ts';
import { findVerbs } from './verbs.ts';
import { findWindows } from './windows.ts';

/**
 * A "since" window that runs to the article's date from the day a caption's period starts: "Here is how
 * the biggest funds did from the Nov. 8 close to Nov. 29:" over a column "Return since Nov. 8" ends Nov. 29.
 */
function endsAt(w: ClaimWindow, caption: ClaimWindow, o: ReadOptions): boolean {
  if (w.kind !== 'since' || (w.to !== undefined && w.to !== o.to)) return false;
  if (caption.kind === 'dates') return caption.from === w.event && caption.to !== o.to;
  return caption.kind === 'since' && caption.event === w.event && caption.to !== undefined;
}

/** "Over the five days", "in those five sessions" (no event after them): a stretch spoken of before. */
const THE_FIVE_DAYS =
  /\b(?:over|in|during|across)\s+(?:the|those|these)\s+(?:five|5)\s+(?:trading\s+)?(?:days|sessions)\b(?!\s+(?:after|since|following|before|to|through)\b)/i;

/** "Small caps had a strong week ended Nov. 11. Over the five days, …": the week the sentence before named. */
function namedWeek(w: ClaimWindow, caption: ClaimWindow, text: string): boolean {
  const five = w.kind === 'sessions' && w.sessions === 5;
  return caption.kind === 'week' && !!caption.weekEnd && five && THE_FIVE_DAYS.test(text);
}

/**
 * Gives the caption's window to the readings of sentence `s` that name no period of their own: "… on the first
 * trading day after the referendum. The FTSE 250 dropped 7.2%, while the blue-chip index lost 3.2%" (a later
 * clause's window carried from a defaulted one is the caption's too).
 * @example captionReadings(s, { kind: 'dates', from: '2016-06-23', to: '2016-06-24' }, text, o, ctx)
 */
export function captionReadings(
  s: ReadSentence,
  caption: ClaimWindow,
  text: string,
  options: ReadOptions,
  ctx: ArticleContext,
  prose = false,
): void {
  const defaulted = new Set<string>();
  // A line under a label that names no period of its own ("For the week:" over "The Russell 2000 is up 183.31
  // points, or 8.3%."): the label's, not the day a wrap's move would default to.
  const bare =
    !isOneDay(caption) &&
    !findWindows(text, options).some((h) => !h.fallback && (h.window || h.part || h.needsEvent));
  for (const c of s.claims)
    for (const r of c.readings) {
      const was = JSON.stringify(r.window);
      const carried = r.windowSource === 'carried' && defaulted.has(was);
      if (
        (r.windowSource === 'default' ||
          carried ||
          (bare && isOneDay(r.window) && r.metric !== 'level') || // (a close is its own day's: a table's column)
          endsAt(r.window, caption, options) ||
          namedWeek(r.window, caption, text)) &&
        r.metric !== 'flow' &&
        !(isOneDay(caption) && r.record?.period && r.record.period !== 'day') // "Worst week for RTY since …"
      ) {
        defaulted.add(was);
        r.window = caption;
        r.windowSource = 'carried';
      }
    }
  // The period the article now speaks of ("November was a strong month for the smallest stocks. … the smallest
  // decile returned 11.0%. [¶] The bottom quintile gained 9.8%": November too); a day, the day it last spoke of
  // ("…, both their worst days since 2011" next).
  // (A calendar period a sentence of prose names: a table's caption, "Table 2: Returns in November 2016", stays
  // its block's.)
  if (defaulted.size && prose && ['month', 'week', 'month-to-date'].includes(caption.kind))
    ctx.window = caption;
  if (defaulted.size && isOneDay(caption)) ctx.day = caption;
}

/** A label that dates the lines under it: AP's "For the week:", "On Wednesday:", "For the year:". */
const LABEL = String.raw`^\s*(?:for|on|in|over|since|during|so\s+far)\b[^\n:%]{0,40}:`;
/** The label on the first line of a piece, its first dated line after it. */
const LABEL_LEAD = new RegExp(String.raw`${LABEL}[ \t]*\n`, 'i');

/**
 * The period a line of figures names ("Russell 2000: -4.0% on the week"), or the label over its line names
 * ("For the week:\nThe S&P 500 is up 200.55 points, or 3.5%."), for the lines under it that name none ("S&P
 * 500: -2.1%", "The Russell 2000 is up 183.31 points, or 8.3%."); else undefined.
 * @example figureWindow('Russell 2000: -4.0% on the week', s) // { kind: 'week', weekEnd: '2024-11-15' }
 */
export function figureWindow(text: string, s: ReadSentence): ClaimWindow | undefined {
  const label = LABEL_LEAD.test(text);
  if (!FIGURE_LINE.test(text) && !label) return undefined;
  const r = s.claims[0]?.readings[0];
  // (A label's period reaches its line as carried, from the label.)
  return (r?.windowSource === 'sentence' || label) && r?.metric !== 'flow' ? r?.window : undefined;
}

/**
 * Whether a caption outlasts a blank line: a lede of prose (`text`, `prose`) that moved on a day and states no
 * number, just before ("Small caps soared on Monday after Pfizer's news. [¶] The Russell 2000 jumped 3.7%, …":
 * Monday's; not "The election was held on Tuesday."), or a label on a line of its own ("For the week:" [¶] "The
 * S&P 500 is up 200.55 points, or 3.5%." [¶] "The Russell 2000 is up …": AP's table, a line a paragraph).
 * @example keepsCaption({ kind: 'dates', from: '2020-11-06', to: '2020-11-09' }, 'Small caps soared on Monday.', true, true) // true
 */
export function keepsCaption(
  caption: ClaimWindow | undefined,
  text: string,
  prose: boolean,
  justBefore: boolean,
): boolean {
  if (!caption || !text) return false;
  if (LABEL_ALONE.test(text)) return true; // its section's lines, each a paragraph, up to the next label
  return justBefore && prose && isOneDay(caption) && findVerbs(text).some((v) => v.kind === 'move');
}

/** A label alone on its line: "For the week:", "On Wednesday:". */
const LABEL_ALONE = new RegExp(String.raw`${LABEL}\s*$`, 'i');
