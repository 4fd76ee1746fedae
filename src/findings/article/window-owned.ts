/**
 * Window phrases a number owns before the nearest-phrase rule (./pick-window.ts) runs: an earlier close's day
 * ("up from 1,191.39 at the end of October"), a running total's period ("bringing its two-day gain to 4.7%"),
 * "…, respectively, on Wednesday and Thursday" (./respectively.ts) and "after jumping 5.8% on Wednesday"
 * (./after-move.ts), a period in brackets after it ("+8.9% (MTD)"); and an earlier close's own window
 * (`earlierCloseWindow`). Moved from ./number-window.ts.
 */

import type { ClaimWindow } from '../claim.ts';
import type { ReadClaim, ReadOptions, TextSpan } from '../claim-read.ts';
import { afterMoveWindows } from './after-move.ts';
import { POSSESSIVE } from './claim-sign.ts';
import { TOTAL_VERB } from './distance-words.ts';
import { earlierDay } from './earlier-day.ts';
import { HEDGE } from './hedges.ts';
import { isPeakLevel } from './level-claim.ts';
import type { Quantity } from './numbers.ts';
import { respectiveWindows } from './respectively.ts';
import type { WindowHit } from './windows.ts';

/** What lies between an earlier close and its day: "points", "at the end of", "on", "in". */
const TO_DAY = /^\s*(?:points?|pts)?\s*(?:[a-z]+\s+){0,4}$/i;

/**
 * A running total's words before its number: "bringing its two-day gain to", "taking their weekly loss to",
 * "taking its decline since the referendum result to".
 */
const RUNNING_TO = new RegExp(
  String.raw`\b${TOTAL_VERB}\s+(?:its|their|the)\s+[^,;]{0,40}?\b(?:gains?|loss(?:es)?|advance|decline|rally|rise|fall|drop|return)(?:\s+(?:since|after|from|over|in|for|this)\s+[^,;]{1,40}?)?\s+(?:so\s+far\s+)?to\s+${HEDGE}$`,
  'i',
);

/**
 * True when `q` is a running total's ("…, taking its gain since the election to 9.8%"): a clause after it
 * ("…, while the S&P 500 edged up 0.1%") pairs with the move before it, not with the total's period.
 */
export function isRunningTotal(t: string, q: Quantity): boolean {
  return !q.earlier && RUNNING_TO.test(t.slice(0, q.start));
}

/** "the prior week's +8.6%", "Wednesday's 5.8% jump": a period's possessive right before the number. */
const POSSESSIVE_TO = new RegExp(`^${POSSESSIVE}$`);

/** The window phrase right after each earlier close of the sentence, and the one inside a running total's words. */
export function ownedHits(
  t: string,
  windows: readonly WindowHit[],
  quantities: readonly Quantity[],
): Map<Quantity, WindowHit> {
  const out = new Map<Quantity, WindowHit>();
  for (const q of quantities) {
    // "adding another 1.6%, bringing its two-day gain to 4.7%": the running total's period is its own.
    const running = q.earlier ? null : RUNNING_TO.exec(t.slice(0, q.start));
    const hit = // "its previous closing high of 2,442.74 set in November 2021": the peak's date is its own
      q.earlier || isPeakLevel(t, q)
        ? windows.find((h) => h.window && h.start >= q.end && TO_DAY.test(t.slice(q.end, h.start)))
        : running
          ? windows.find((h) => h.window && h.start >= running.index && h.end <= q.start)
          : (possessed(t, q, windows, quantities) ?? bracketed(t, q, windows));
    if (hit) out.set(q, hit);
  }
  for (const [q, h] of respectiveWindows(t, windows, quantities)) out.set(q, h); // "…, respectively, on Wednesday and Thursday"
  afterMoveWindows(t, windows, quantities, out); // "fell 0.1%, after jumping 5.8% on Wednesday"
  return out;
}

/** "+8.9% (MTD)", "+8.6% (5-day)": a period in brackets right after the number is its own. */
function bracketed(t: string, q: Quantity, windows: readonly WindowHit[]): WindowHit | undefined {
  const open = (h: WindowHit) =>
    /^\s*\(\s*$/.test(t.slice(q.end, h.start)) ||
    (/^\s*$/.test(t.slice(q.end, h.start)) && t[h.start] === '(');
  return windows.find((h) => h.window && h.start >= q.end && open(h));
}

/**
 * "the prior week's +8.6%": the period's possessive right before `q`, unless a window follows the number
 * before the next one ("This year's 8.6% jump … in the week after the vote": this year's event, that week).
 */
function possessed(t: string, q: Quantity, windows: readonly WindowHit[], quantities: readonly Quantity[]) {
  const next = quantities.find((x) => x.start >= q.end)?.start ?? t.length;
  if (windows.some((h) => h.window && h.start >= q.end && h.start < next)) return undefined;
  // (The phrase may hold the possessive itself: "adding to last week's 8.6% surge".)
  const owns = (h: WindowHit) =>
    POSSESSIVE_TO.test(t.slice(h.end, q.start)) ||
    (/['’]s$/.test(t.slice(h.start, h.end)) && /^\s+[+-]?$/.test(t.slice(h.end, q.start)));
  return windows.find((h) => h.window && h.end <= q.start && owns(h));
}

/**
 * The window of an earlier close ("up from 1,191.39 at the end of October"): the phrase right after it that
 * ownedHits gave it, else the day its words name (./earlier-day.ts), else why it has none.
 * @example earlierCloseWindow(t, q, seg, owned, o) // { window: { kind: 'dates', from: '2016-10-31', to: '2016-10-31' }, source: 'sentence' }
 */
export function earlierCloseWindow(
  t: string,
  q: Quantity,
  seg: TextSpan,
  owned: Map<Quantity, WindowHit>,
  o: ReadOptions,
): { window?: ClaimWindow; source: ReadClaim['windowSource']; unread?: string } {
  const hit = owned.get(q);
  if (hit?.window) return { window: hit.window, source: 'sentence' };
  const day = earlierDay(t.slice(q.end, seg.end), o.to);
  if (day) return { window: day, source: 'sentence' };
  return {
    source: 'sentence',
    unread: `an earlier close with no day capgap reads (${JSON.stringify(t.slice(q.start, q.end))}): say when, e.g. "up from 1,191.39 at the end of October"`,
  };
}
