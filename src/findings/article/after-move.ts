/**
 * A move told after the one it explains: "The Russell 2000 fell 0.1%, after jumping 5.8% on Wednesday", "The S&P
 * 500 rose 1.9%, adding to its 2.2% gain on Wednesday", "gained 2.0%, after slipping 1.0% a day earlier". The
 * day after the earlier move is its own, and the move before it is the next session's (Thursday); a later
 * clause ("while the S&P 500 gained 0.7%") carries the main clause's day, not the earlier move's. A move
 * given back ("dropped 2.7%, giving back most of the 4.2% it had gained over the previous three sessions")
 * owns the period told after it.
 */

import { fromDay, toDay } from '../../calendar/dates.ts';
import { nextSession, previousSession } from './dates.ts';
import { NARROW_HEDGE } from './hedges.ts';
import type { Quantity } from './numbers.ts';
import { isOneDay } from './pick-window.ts';
import type { WindowHit } from './windows.ts';

/**
 * "…, after jumping", "…, following a", "…, after being up as much as": an earlier move told after the number it
 * explains; with no comma, a move named after its number ("falling 1.6% after a 2.9% slide on Friday"). No "over"
 * or "below" before the number: ", after falling below 4,000" is a level.
 */
const AFTER_MOVE = new RegExp(
  String.raw`(?:,\s*(?:after|following)\s+(?:(?:a|an)\s+|[a-z]+ing\s+(?:been\s+)?(?:(?:up|down)\s+(?:as\s+much\s+as\s+)?)?(?:(?:another|an?)\s+)?${NARROW_HEDGE})|,\s*(?:adding\s+to|extending|building\s+on|on\s+top\s+of)\s+(?:its|their|the|a|an)\s+|\d%?\s+(?:after|following)\s+(?:a|an)\s+)$`,
  'i',
);

/** A move's noun right after its number: "a 2.9% slide", "a 1.2% gain". */
const MOVE_NOUN =
  /^\s*(?:slide|drop|fall|decline|loss|slump|tumble|plunge|selloff|sell-off|gain|rise|rally|jump|advance|surge|climb|bounce|rebound)\b/i;

/** The verbs of a move given back or erased: "giving back", "erased", "wiping out", "pared" (./claim-sign.ts too). */
export const GIVE_BACK_VERB =
  '(?:giv(?:ing|es?)\\s+back|gave\\s+back|given\\s+back|handing\\s+back|eras(?:ing|ed)|wip(?:ing|ed)\\s+out|revers(?:ing|ed)|par(?:ing|ed)|undoing)';
/** The part given back before its number: "most of the", "much of its", "a". */
export const GIVEN_PART =
  '(?:(?:most|much|some|all|part|half|the\\s+bulk|nearly\\s+all|almost\\s+all)\\s+of\\s+)?(?:the|its|their|a|an)\\s+';

/**
 * ", giving back most of the 4.2% it had gained over the previous three sessions", ", erasing much of its
 * 4.2% gain over …": an earlier move the main one gave back, its period its own.
 */
const GAVE_BACK = new RegExp(`,\\s*${GIVE_BACK_VERB}\\s+${GIVEN_PART}$`, 'i');

/** True when the number `q` is an earlier move the main one gave back (", giving back most of the 4.2%"). */
export function isGivenBack(t: string, q: Quantity): boolean {
  return GAVE_BACK.test(t.slice(0, q.start));
}

/** Between a number and the earlier move told after it: ", after jumping", ", adding to its". */
const BEFORE_MOVE =
  /^\s*(?:,\s*)?(?:after|following|adding\s+to|extending|building\s+on|on\s+top\s+of)\s+(?:\S+\s+){1,2}$/i;

/** True when the number `q` is an earlier move told after another ("…, after jumping 5.8%"). */
export function isAfterMove(t: string, q: Quantity): boolean {
  const m = AFTER_MOVE.exec(t.slice(0, q.start));
  return !!m && (m[0].startsWith(',') || MOVE_NOUN.test(t.slice(q.end)));
}

/** An earlier record told beside a new one: "smashing the previous record of", "topping the old best of". */
const PRIOR_RECORD =
  /\b(?:previous|prior|former|old|earlier)\s+(?:(?:monthly|weekly|daily|one-day|all-time)\s+)?(?:record|best|high|peak)\s+(?:(?:gain|rise|drop|loss|decline|advance)\s+)?of\s+(?:about\s+|nearly\s+|almost\s+)?$/i;

/**
 * True when the number `q` is an earlier move beside the sentence's own: told after it ("…, after jumping
 * 5.8%"), or the record it beat ("smashing the previous record of 16.4% set in December 1991"). The sentence's
 * period stays the main move's for the next sentence.
 */
export function isEarlierMove(t: string, q: Quantity): boolean {
  return isAfterMove(t, q) || PRIOR_RECORD.test(t.slice(Math.max(0, q.start - 60), q.start));
}

/**
 * Into `out`: each earlier move's own day, and the next session for the number its clause follows.
 * @example afterMoveWindows('fell 0.1%, after jumping 5.8% on Wednesday', hits, [q1, q2], out) // out: q2 → Wed, q1 → Thu
 */
export function afterMoveWindows(
  t: string,
  windows: readonly WindowHit[],
  quantities: readonly Quantity[],
  out: Map<Quantity, WindowHit>,
): void {
  quantities.forEach((q, i) => {
    if (out.has(q)) return;
    // The move given back owns the period after it, up to the next number or stop.
    const given = isGivenBack(t, q)
      ? windows.find(
          (x) =>
            x.window &&
            x.start >= q.end &&
            !/[,;]/.test(t.slice(q.end, x.start)) &&
            !quantities.some((y) => y.start >= q.end && y.end <= x.start),
        )
      : undefined;
    if (given) out.set(q, given);
    if (given || !isAfterMove(t, q)) return;
    const h = windows.find(
      (x) =>
        x.window &&
        x.start >= q.end &&
        !/[,;]/.test(t.slice(q.end, x.start)) &&
        !quantities.some((y) => y.start >= q.end && y.end <= x.start),
    );
    const before = quantities[i - 1];
    const between = t.slice(before?.end ?? 0, q.start);
    // "IWM lost $400 million, after attracting $2 billion the week before": that week, and the next for the first.
    if (h?.window?.kind === 'week' && h.window.weekEnd && !h.window.part) {
      out.set(q, h);
      const weekEnd = fromDay(toDay(h.window.weekEnd) + 7);
      if (before && !out.has(before) && BEFORE_MOVE.test(between))
        out.set(before, { ...h, window: { kind: 'week', weekEnd } });
      return;
    }
    if (!h?.window || !isOneDay(h.window) || h.window.kind !== 'dates') return;
    // "gained 2.0% on Thursday, after slipping 1.0% the day before": the session before the main clause's day.
    const own = h.dayEarlier
      ? windows.find(
          (x) => x.window && before && x.start >= before.end && x.end <= q.start && isOneDay(x.window),
        )
      : undefined;
    if (own?.window?.kind === 'dates') {
      const day = previousSession(own.window.to);
      out.set(q, { ...h, window: { kind: 'dates', from: previousSession(day), to: day } });
      return;
    }
    out.set(q, h);
    if (before && !out.has(before) && BEFORE_MOVE.test(between)) {
      const day = nextSession(h.window.to);
      out.set(before, { ...h, window: { kind: 'dates', from: h.window.to, to: day } });
    }
  });
}
