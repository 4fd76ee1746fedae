/**
 * The window of one number's claim: the window phrases of its sentence (./pick-window.ts) less those an
 * earlier close owns ("up from 1,191.39 at the end of October"); a period a record ranks when no event is
 * known; the article's day for a close, a distance, a move in points with no period, or a day's move
 * (./day-move.ts); the day the sentence before spoke of for a simple past ("the Russell 2000 rose 1.6%"); a
 * dated close's day; a flow's total "a week earlier" (./flow-window.ts); the windows listed "respectively"; a
 * tally's stretch ("in seven of the past 10 sessions, gaining 3%"); for an earlier close or peak, the phrase
 * right after it (./earlier-day.ts); after a numberless clause's window, that one (./window-between.ts).
 */

import type { ClaimWindow } from '../claim.ts';
import type { ReadClaim, ReadOptions, TextSpan } from '../claim-read.ts';
import { isGivenBack } from './after-move.ts';
import { carriesPeriodBefore, restatesMove } from './carried-period.ts';
import { closingWindow } from './closing-level.ts';
import { isComparedLeg } from './comparison-claim.ts';
import { previousSession } from './dates.ts';
import { dayMove } from './day-move.ts';
import { flowWindow } from './flow-window.ts';
import { earlierLevelHit } from './gap-words.ts';
import { levelDay } from './level-claim.ts';
import { goneOnTo } from './next-day.ts';
import type { Quantity } from './numbers.ts';
import { pastDay, pastVerb, simplePast } from './past-day.ts';
import { allTimePeak, undatedPeak } from './peak-level.ts';
import { thePeriodSpoken } from './period-spoken.ts';
import { type ArticleContext, nearestParts, PART_OF, pickWindow } from './pick-window.ts';
import type { QuantityClaim } from './quantity-claim.ts';
import { recordThen, tallyStretch, thenUnread, whenNamed } from './record-then.ts';
import { recordsWindow } from './record-window.ts';
import type { RecordHit } from './records.ts';
import { scoreboardWindow } from './respectively.ts';
import { streakSpan } from './streak-words.ts';
import { asOfNow, asOfThatDay, gapAsOf, sessionsLeft } from './window-as-of.ts';
import { multipleOfBefore, windowBetween } from './window-between.ts';
import { earlierCloseWindow, ownedHits } from './window-owned.ts';
import { runningFrom, totalThen } from './window-running.ts';
import { fromThatLow } from './window-turn.ts';
import type { WindowHit } from './windows.ts';

export { isRunningTotal } from './window-owned.ts'; // read-numbers.ts's

/** A base named right after a number: "0.4% above its pre-referendum close", "2% below its Nov. 5 level". */
const BASE = /^(?:above|below|under|over|from)\s/i;

/** The present before a distance's number: "is up nearly", "remains", "now sits". */
const NOW = /\b(?:is|are|remains?|sits?|stands?|now)\s+(?:[\w-]+\s+){0,3}$/i;
/** A clause after the number that gives the move's cause: ", as a cooler inflation report on Thursday …". */
const CAUSE =
  /^[^.;]*?[,;—–]\s*(?:as|after|when|because|following)\s+(?:a|an|the|investors|traders|data|news|reports?)\b/i;

/**
 * The window of the claim `qc` that number `q` makes in clause `seg`, or what it misses.
 * @example numberWindow(t, q, qc, seg, windows, quantities, records, carry, ctx, o) // { window: { kind: 'month', month: '2016-10' }, source: 'sentence' }
 */
export function numberWindow(
  t: string,
  q: Quantity,
  qc: QuantityClaim,
  seg: TextSpan,
  windows: readonly WindowHit[],
  quantities: readonly Quantity[],
  records: readonly RecordHit[],
  carry: { window?: ClaimWindow },
  ctx: ArticleContext,
  o: ReadOptions,
): { window?: ClaimWindow; source: ReadClaim['windowSource']; missing?: string; unread?: string } {
  const owned = ownedHits(t, windows, quantities);
  if (q.earlier) return earlierCloseWindow(t, q, seg, owned, o);
  const mine = owned.get(q); // "rose 1.5% on Monday, bringing its gain since the vote to 7.8%": as of Monday
  if (mine?.window)
    return totalThen(
      { window: mine.window, source: 'sentence' },
      t.slice(seg.start, q.start),
      carry.window,
      o.to,
    );
  // "its best day since Nov. 10, 2022, when it soared 6.1%"; "in seven of the past 10 sessions, gaining 3%".
  const then =
    recordThen(t, q, records, o.to) ?? tallyStretch(t, q, records, o.to) ?? whenNamed(t, q, windows);
  if (then) return { window: then, source: 'sentence' };
  const thenNot = thenUnread(t, q, records, windows); // "its best day since Nov 2022 (+6.1%)": which day?
  if (thenNot) return { source: 'sentence', unread: thenNot };
  // "its Dec. 9 record close of 1,388.07": the level of the day the words name.
  const day = qc.metric === 'level' ? levelDay(t, q, o) : null;
  if (day?.length === 7) return { window: { kind: 'month', month: day }, source: 'sentence' }; // a month's peak
  if (day) return { window: { kind: 'dates', from: day, to: day }, source: 'sentence' };
  // "… rose 2.7% the next day, closing above 2,000": the move's day (./closing-level.ts).
  const closing = qc.metric === 'level' ? closingWindow(t, q, quantities, windows, carry.window) : undefined;
  if (closing) return { window: closing, source: 'sentence' };
  const undated = qc.metric === 'level' ? undatedPeak(t, q) : undefined; // "its previous record close of 2,442.74"
  if (undated) return { source: 'sentence', unread: undated };
  const ever = qc.metric === 'level' ? allTimePeak(t, q, o.to) : undefined; // "its all-time closing high of …"
  if (ever) return { window: ever, source: 'sentence' };
  const taken = new Set(owned.values());
  // "…, which is up 5.2%, as a cooler inflation report on Thursday sparked a rally": the cause's day, not the number's.
  const cause = (h: WindowHit) =>
    h.start >= q.end &&
    CAUSE.test(t.slice(q.end, h.start)) &&
    !quantities.some((x) => x.start >= q.end && x.end <= h.start);
  // "narrowed to 2.8 points from as much as 6 points last week": "last week" is the earlier level's.
  const earlierLevel = (h: WindowHit) => earlierLevelHit(t, seg.start, q, h);
  // "now up 0.9% since the election, having been up as much as 10% at its Nov. 25 peak": an end date after a
  // later number is that number's (not a compared leg's: "3.4% versus 2.1% for the S&P 500 (through …)"); so is
  // one after a comma when the number is "now" ("now up 4.1% since the election, less than half their gain at
  // the Nov. 25 peak").
  const laterEnd = (h: WindowHit) =>
    h.endOnly &&
    h.start >= q.end &&
    (quantities.some((x) => x.start >= q.end && x.end <= h.start && !isComparedLeg(t, x)) ||
      (/\b(?:now|currently)\b/i.test(t.slice(seg.start, q.start)) && t.slice(q.end, h.start).includes(',')));
  // "… has rallied 8.0%, leaving it 0.4% above its pre-referendum close": that base is the later number's.
  const baseOfOther = (h: WindowHit) =>
    BASE.test(t.slice(h.start, h.end)) &&
    quantities.some((x) => x !== q && x.end <= h.start && /^\s*$/.test(t.slice(x.end, h.start)));
  // "Last week RUT dumped 1.5%, this week it's up 8%": a window after the comma opens the next number's clause
  // when the number has one of its own before it.
  const ownBefore = windows.some((h) => h.window && h.start >= seg.start && h.end <= q.start);
  const nextOwn = (h: WindowHit) =>
    ownBefore && /^\s*[,;]\s*$/.test(t.slice(q.end, h.start)) && quantities.some((x) => x.start >= h.end);
  const others = windows.filter(
    (h) => !taken.has(h) && !cause(h) && !earlierLevel(h) && !laterEnd(h) && !baseOfOther(h) && !nextOwn(h),
  );
  const partOf = PART_OF.test(t.slice(seg.start, seg.end));
  // "up 6.3% over two sessions, more than four times the S&P 500's 1.6% gain": the number before's period.
  const multiple = multipleOfBefore(t, windows, quantities, q);
  if (multiple) return { window: multiple, source: 'sentence' };
  // "RTY +5.8% vs SPX +2.5% (1d)": a bracketed window closing the scoreboard is each item's, not a carried one.
  const tail = scoreboardWindow(
    t,
    q,
    windows.filter((h) => h.tail),
  );
  if (tail?.window) return { window: tail.window, source: 'sentence' };
  const before = windowBetween(t, others, quantities, seg, q, carry); // "…, but in the week to Nov. 6 …: 7.3%"
  const w = pickWindow(nearestParts(others, q, quantities), seg, q, qc.metric, partOf, before, ctx, o);
  const board = w.window ? undefined : scoreboardWindow(t, q, windows); // "RTY +5.8%, SPX +2.5% on the day"
  if (board?.window) [w.window, w.source, w.missing] = [board.window, 'sentence', undefined];
  asOfNow(w, t.slice(seg.start, q.start), qc.metric, o);
  asOfThatDay(w, t, ctx.day, ctx.recent?.at(-1)); // "That left it up 8% from Election Day": to the day spoken of
  runningFrom(w, t.slice(seg.start, q.start), carry.window); // "up 4.8% since the vote, down from 7.7% on Monday"
  totalThen(w, t.slice(seg.start, q.start), carry.window, o.to); // "rose 1.5% on Monday, up 7.8% since the vote"
  fromThatLow(w, t.slice(seg.start, seg.end), ctx.thenDay ?? ctx.window, o, ctx.extreme); // "from that low"
  const month = others.find((h) => h.start >= seg.start && h.end <= seg.end && h.window === w.window);
  thePeriodSpoken(w, month && t.slice(month.start, month.end), ctx.recent, o.to); // "… 5.7% over the month"
  gapAsOf(w, t.slice(seg.start, q.start), qc.metric, o); // "the gap … narrowed to 3 points on Thursday"
  const hit = others.find((h) => h.window === w.window); // "It fell another 3.7% on Thursday": after the day told
  goneOnTo(
    w,
    hit && t.slice(hit.start, hit.end),
    t.slice(seg.start, seg.end),
    carry.window ?? ctx.day ?? ctx.window,
  );
  sessionsLeft(w, t, o.to); // "For the week, … is up 2.4%, with one session left": to the session before the last
  if (w.source === 'default' && ctx.window && carriesPeriodBefore(t, t.slice(q.start), qc.metric))
    [w.window, w.source] = [ctx.window, 'carried'];
  // "Of that 10.6% gain, …": the move named again keeps its period (the last return stated with that number).
  if (restatesMove(t.slice(0, q.start), t.slice(q.start))) {
    const all = [...(ctx.indexReturns ?? []), ...(ctx.returns ?? [])];
    const was = all.filter((r) => Math.abs(r.stated) === Math.abs(q.value)).at(-1)?.window ?? ctx.window;
    if (was) [w.window, w.source] = [was, 'carried'];
  }
  // "Key point: the smallest decile beat the largest by 6.3 points" right after a table of November returns.
  if (w.source === 'default' && ctx.tableWindow) [w.window, w.source] = [ctx.tableWindow, 'carried'];
  // No event to count from: "fell 2.6%, its 10th straight decline" is the record's period (the day).
  if (!w.window && !w.missing && !w.unread)
    [w.window, w.source] = [recordsWindow([...records], o), 'default'];
  // (and a distance said in the present after another day: "… is up nearly 24% from its late-October low")
  const now = qc.metric === 'distance' && w.source === 'carried' && NOW.test(t.slice(seg.start, q.start));
  if ((!w.window || now) && (qc.metric === 'distance' || qc.metric === 'level') && o.to)
    [w.window, w.source] = [{ kind: 'dates', from: o.to, to: o.to }, 'default'];
  const ownVerb = qc.verb && qc.verb.start >= seg.start && qc.verb.end <= q.start ? qc.verb.words : undefined;
  dayMove(w, t, q, qc.metric, seg, ownVerb, windows, quantities, ctx, o); // "rose 0.4 percent to 1,315.64"
  // "The S&P 500 jumped 2.1% on Wednesday. Small caps lagged: the Russell 2000 rose 1.6%.": that day's move.
  const verb = pastVerb(ownVerb, t, seg, q);
  // A window of a later clause ("…, but remains 1.5% above its Nov. 5 close") names the number no period.
  const inClause = windows.filter(
    (h) => h.end <= q.start || (h.start >= seg.start && h.end <= seg.end),
  ).length;
  if (qc.metric === 'return' || qc.metric === 'spread') pastDay(w, verb, inClause, carry, ctx, o);
  // "The S&P 500 fell 1.8%, taking its decline since the referendum result to 5.3%": a simple past before a
  // running total is the move of the total's last session.
  // (Not a move given back: "dropped 2.7%, giving back most of the 4.2% it had gained over …".)
  const total = [...owned].find(([x]) => x.start > q.end && !isGivenBack(t, x))?.[1].window;
  const last = total?.kind === 'dates' || total?.kind === 'since' ? total.to : undefined;
  if (w.source === 'default' && last && qc.metric === 'return' && simplePast(ownVerb))
    [w.window, w.source] = [{ kind: 'dates', from: previousSession(last), to: last }, 'sentence'];
  if (qc.metric === 'flow') flowWindow(w, t, q, seg);
  const span = streakSpan(t.slice(seg.start, q.start), records, w, o.to); // "…, shedding a combined 4.2%"
  if (span) [w.window, w.source] = [span, 'sentence'];
  // "The Dow rose 39.78 points to 18,847.66": a move in points with no period of its own is a wrap's move
  // of the day (the session ending the article's date), not the stretch since the event.
  if (qc.metric === 'points' && w.source === 'default' && o.to)
    [w.window, w.source] = [{ kind: 'dates', from: previousSession(o.to), to: o.to }, 'default'];
  return w;
}
