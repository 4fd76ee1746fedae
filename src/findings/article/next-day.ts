/**
 * "A day later, the Russell 2000 jumped 2.1%", "The next day it added 1%", "on the following session": the
 * session after the one-day window the article last spoke of (this sentence's earlier clause, else the last
 * day named), else the session after the event's first ("the day after the decision").
 */
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions } from '../claim-read.ts';
import { nextSession } from './dates.ts';
import { isOneDay } from './pick-window.ts';
import type { Rule } from './window-rules.ts';
import type { WindowHit } from './windows.ts';

export const NEXT_DAY_RULE: Rule = {
  re: /\b(?:a|one)\s+(?:trading\s+)?(?:day|session)\s+later\b|\b(?:on\s+)?the\s+(?:next|following)\s+(?:trading\s+)?(?:day|session)\b(?!\s+(?:or|and)\b)/gi,
  make: () => ({ nextDay: true }),
};

/**
 * The hit with its window when it is a next-day phrase: the session after the first one-day window of
 * `prior`, else the event's next day.
 * @example dayAfter({ start: 0, end: 11, nextDay: true }, [{ kind: 'dates', from: '2024-09-17', to: '2024-09-18' }], o)
 * // { …, window: { kind: 'dates', from: '2024-09-18', to: '2024-09-19' } }
 */
export function dayAfter(
  h: WindowHit,
  prior: readonly (ClaimWindow | undefined)[],
  o: ReadOptions,
): WindowHit {
  if (!h.nextDay || h.window) return h;
  const day = prior.find((w) => w && isOneDay(w));
  const to = day && (day.kind === 'dates' || day.kind === 'since') ? day.to : undefined;
  if (to) return { ...h, window: { kind: 'dates', from: to, to: nextSession(to) } };
  return o.event ? { ...h, window: { kind: 'sessions', event: o.event, sessions: 1, nextDay: true } } : h;
}
