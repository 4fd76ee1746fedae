/**
 * A move in the simple past with no period of its own is a day's move (./number-window.ts asks here):
 * - right after a sentence about one day: that day ("The S&P 500 jumped 2.1% on Wednesday. Small caps
 *   lagged: the Russell 2000 rose 1.6%."); "has risen", "is up" are the stretch since;
 * - in a piece with no event, after a sentence that stated a stretch in the present ("… is now up 12.8 pct
 *   for the year. Real estate … rallied 4.1 pct"): the last day the article spoke of, not that stretch;
 * - in a day's report (an earlier sentence spoke of the article's own session): that day, even after an event
 *   ("The Russell 2000 tumbled 4.4% on Wednesday. … The S&P 500 fell 2.9%, but remains 1.5% above …"),
 *   unless the sentence before spoke of a stretch of dates to it ("IWN rose 22% over the period."): that stretch.
 */
import { monthEnd, toDay } from '../../calendar/dates.ts';
import { isNyseSession } from '../../calendar/nyse.ts';
import type { ClaimWindow } from '../claim.ts';
import type { ReadClaim, ReadOptions, TextSpan } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { HEDGE } from './hedges.ts';
import { isOneDay } from './same-period.ts';

/** A verb in the simple past ("rose", "gained", "was up"), not a perfect or a present ("has risen", "is up"). */
export function simplePast(words: string | undefined): boolean {
  if (!words || /\b(?:has|have|had|is|are|am|been|'s)\b/i.test(words)) return false;
  return /\b(?:was|were)\b|^\s*(?:\w+ed|rose|fell|lost|slid|sank|shed|won|beat|led|hit|ran|gave|took|grew|shrank|swung|dove)\b/i.test(
    words,
  );
}

/** The sentence's verb in the simple past before a bare "up"/"down" ("was the only sector to fall, down 1.0%"). */
const PAST_LEAD = /\b(was|were)\b(?![^,;]*\b(?:is|are|has|have)\b)[^;]*,\s*(?:up|down)\s*$/i;

/**
 * The tense a bare "up"/"down" takes from the sentence's verb before it.
 * @example leadTense('down', 'Real estate was the only sector to fall, down ') // 'was'
 */
export function leadTense(verb: string | undefined, before: string): string | undefined {
  return /^(?:up|down)$/i.test(verb ?? '') ? PAST_LEAD.exec(before)?.[1] : undefined;
}

/** A verb before a bracketed move: "Tech barely budged (+0.2%)", "The Russell 2000 soared (up 5.8%)". */
const BRACKETED_PAST = /\b(\w+ed|rose|fell|sank|slid|shed|lost)\s*\(\s*(?:up\s+|down\s+)?$/i;

/** "The Dow was flat", "were little changed": a day's level word in the simple past. */
const FLAT = /\b(?:was|were)\s+(?:little\s+changed|flat|unchanged)\b/i;

/**
 * The verb whose tense number `q` of clause `seg` takes: its own, the one a bare "up"/"down" leans on ("was the
 * only sector to fall, down 1.0%"), "was flat", the verb before a bracket ("Tech barely budged (+0.2%)"), or
 * a "was" right before it.
 * @example pastVerb(undefined, 'Tech barely budged (+0.2%).', seg, q) // 'budged'
 */
export function pastVerb(own: string | undefined, t: string, seg: TextSpan, q: TextSpan): string | undefined {
  return (
    leadTense(own, t.slice(0, q.start)) ??
    own ??
    FLAT.exec(t.slice(seg.start, q.end))?.[0] ??
    BRACKETED_PAST.exec(t.slice(seg.start, q.start))?.[1] ??
    /\b(was|were)\s+(?:[\w-]+\s+){0,2}$/i.exec(t.slice(seg.start, q.start))?.[1] // "the spread … was about 17.5 points"
  );
}

/**
 * Moves `w` to the day a simple past `verb` speaks of, when the number's clause names no period (`named`:
 * its window phrases, none) and no earlier clause of it gave one (`carried`).
 * @example pastDay(w, 'rallied', 0, {}, ctx, o) // w.window = ctx.day
 */
export function pastDay(
  w: { window?: ClaimWindow; source: ReadClaim['windowSource'] },
  verb: string | undefined,
  named: number,
  carried: { window?: ClaimWindow },
  ctx: ArticleContext,
  o: ReadOptions,
): void {
  if (!simplePast(verb) || (w.window && isOneDay(w.window))) return;
  // An article of the day after the event keeps the event's window; a table's rows are not prose.
  const lastDay = dayJustSpoken(ctx);
  if (w.source === 'default' && lastDay) [w.window, w.source] = [lastDay, 'carried'];
  // "In the week after the vote, industrials gained 6.2%. Real estate was the only sector to fall, down 1.0%.":
  // right after a closed stretch (one that ends before the article's day), that stretch.
  else if (w.source === 'default' && !named && !ctx.inTable && closedStretch(ctx.window, o))
    [w.window, w.source] = [ctx.window, 'carried'];
  // A day's report ("Small-cap stocks extended their rally on Thursday", of Thursday): a move in the simple
  // past with no period is that day's, even after an event.
  // Not right after a stretch of dates to that day ("IWN rose 22% over the period. IJR … returned 19.5%.").
  else if (w.source === 'default' && !named && ctx.day && !ctx.inTable && isToday(ctx.day, o)) {
    const stretch = ctx.window?.kind === 'dates' && !isOneDay(ctx.window) && ctx.window.to === o.to;
    [w.window, w.source] = [stretch ? ctx.window : ctx.day, 'carried'];
  } else if (
    w.source === 'carried' &&
    (!o.event || (ctx.day && isToday(ctx.day, o))) &&
    !named &&
    !carried.window &&
    ctx.day &&
    !ctx.inTable
  )
    [w.window, w.source] = [ctx.day, 'carried'];
}

/** The sentence before's period when it was one day (not a table's row): the day a wrap goes on about. */
export function dayJustSpoken(ctx: ArticleContext): ClaimWindow | undefined {
  return ctx.window && isOneDay(ctx.window) && !ctx.inTable ? ctx.window : undefined;
}

/**
 * A week, a count of sessions after an event, a past month (or one to date on its last session: "rose 10.8% in
 * November. The S&P 500 added 5.7%." on Friday, Nov. 29, 2024; not on Nov. 25, 2016, when a wrap's simple past
 * is the day's), or dates or a stretch since the news that end before the article's day.
 */
function closedStretch(w: ClaimWindow | undefined, o: ReadOptions): w is ClaimWindow {
  if (!w || isOneDay(w)) return false;
  if (w.kind === 'week' || w.kind === 'sessions' || w.kind === 'month') return true;
  if (w.kind === 'month-to-date') return !!w.to && lastSessionOfMonth(w.to);
  // "… up 12.6% through Wednesday" in an article of Thursday: a stretch since the news that ended, too.
  return (w.kind === 'dates' || w.kind === 'since') && !!o.to && !!w.to && w.to < o.to;
}

/** The session ending the article's date. */
function isToday(w: ClaimWindow, o: ReadOptions): boolean {
  return w.kind === 'dates' && !!o.to && w.to === o.to;
}

/** "closed up about", "to end the day down": a close's move right before its number. */
const CLOSED_MOVE = new RegExp(
  String.raw`\b(?:closed|ended|finished|settled|to\s+(?:close|end|finish|settle))\s+(?:the\s+(?:day|session)\s+)?(?:up|down|higher|lower)\s+${HEDGE}$`,
  'i',
);
/** "to close about" before "2.6% higher". */
const TO_CLOSE = new RegExp(String.raw`\bto\s+(?:close|end|finish|settle)\s+${HEDGE}$`, 'i');

/**
 * A close's verb right before the number ("closed up", "to close") or after it ("to close 2.6% higher"); "By the
 * close, … had pared its gain to 0.4%"; a close that is flat ("finished flat", "ended little changed").
 */
export function closedDay(before: string, after: string, words = ''): boolean {
  const flat = /^(?:flat|little\s+changed|unchanged)$/i.test(words.trim());
  return (
    (flat && /\b(?:closed|ended|finished|settled)\s+(?:the\s+(?:day|session)\s+)?$/i.test(before)) ||
    /^\s*(?:by|at)\s+the\s+close\s*,/i.test(before) ||
    CLOSED_MOVE.test(before) ||
    (TO_CLOSE.test(before) && /^\s+(?:higher|lower|up|down)\b/i.test(after)) ||
    /^\s+(?:higher\s+|lower\s+)?(?:by|at)\s+the\s+(?:close|closing\s+bell|end\s+of\s+(?:trading|the\s+session))\b/i.test(
      after,
    ) // "up 5.8 per cent by the close"
  );
}

/** Whether `iso` is its month's last NYSE session. */
function lastSessionOfMonth(iso: string): boolean {
  const end = monthEnd(toDay(iso));
  let d = toDay(iso) + 1;
  while (d <= end && !isNyseSession(d)) d++;
  return d > end;
}
