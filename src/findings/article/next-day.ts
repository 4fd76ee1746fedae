/**
 * "A day later, the Russell 2000 jumped 2.1%", "The next day it added 1%", "on the following session": the
 * session after the one-day window the article last spoke of (this sentence's earlier clause, else the last
 * day named), else the session after the event's first ("the day after the decision"). "Over the following
 * two sessions", "in the next three days", "Two days later, it was down a further 4.6%": that many sessions
 * after the window last spoken of, a day or an event's first sessions ("On June 24, the day after the
 * referendum, … Over the following two sessions …": June 27 and 28). "The following Monday": the first
 * Monday after the day last spoken of ("fell 3.8% on Friday, June 24. The following Monday, it fell another
 * 2.5%": June 27), not the last Monday before the article's date. So a bare weekday in a sentence that goes
 * on from that day ("On the day after the election, the Russell 2000 tumbled 5.7%. It fell another 3.7% on
 * Thursday before rebounding 2% on Friday" in a story of the next week: Nov. 6 and 7, not the Thursday and
 * Friday before the article's date).
 */

import { fromDay, toDay, weekday } from '../../calendar/dates.ts';
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions } from '../claim-read.ts';
import {
  nextSession,
  previousSession,
  resolveDate,
  sessionsAhead,
  sessionsBack,
  WEEKDAY_RE,
} from './dates.ts';
import { isOneDay } from './pick-window.ts';
import { dayZero } from './window-event-days.ts';
import type { Rule } from './window-rules.ts';
import { count, followed, N } from './window-sessions.ts';
import type { WindowHit } from './windows.ts';

export const NEXT_DAY_RULE: Rule = {
  re: new RegExp(
    `\\b(?:(?:a|one)\\s+(?:trading\\s+)?(?:day|session)|${N}\\s+(?:trading\\s+)?(?:days|sessions))\\s+later\\b|\\bthe\\s+(?:trading\\s+)?(?:day|session)\\s+after(?=\\s*(?:[,.;:)—–]|$|\\s+(?:and|but|while|as|when|before)\\b))|\\b(?:on\\s+)?the\\s+(?:next|following)\\s+(?:trading\\s+)?(?:day|session)\\b(?!\\s+(?:or|and)\\b)|(?:\\b(?:over|in|during|across|for)\\s+|(?<=\\bof\\s+))the\\s+(?:next|following|subsequent)\\s+${N}\\s+(?:trading\\s+)?(?:days|sessions)\\b`,
    'gi',
  ),
  make: (m, _o, ev) => nextSessions(m, m[1] || m[2] ? count(m[1] ?? m[2]) : 1, ev),
};

/**
 * `n` sessions after the window last spoken of; "After the 2016 election, the Russell 2000 rose 5% in the
 * following three days": after the event the sentence names before them (one day is the day after a window).
 */
function nextSessions(m: RegExpExecArray, n: number, ev: (p: string) => string) {
  const named = n > 1 ? followed(m) : 'the event';
  if (named === 'the event') return { nextDay: n };
  return { window: { kind: 'sessions' as const, event: ev(named), sessions: n } };
}

/**
 * "in the six sessions that followed", "fell in four of the five days thereafter": as "the next six sessions"
 * (before "in the six sessions", the event's first six).
 */
export const THAT_FOLLOWED_RULE: Rule = {
  re: new RegExp(
    `\\bthe\\s+${N}\\s+(?:trading\\s+)?(?:days|sessions)\\s+(?:that\\s+followed|thereafter|afterwards?)\\b`,
    'gi',
  ),
  make: (m, _o, ev) => nextSessions(m, count(m[1]), ev),
};

/**
 * "after slipping 1.0% a day earlier", "the day before", "the previous session": the session before the
 * article's own day; ./after-move.ts moves it to the session before the day its main clause names.
 */
export const DAY_EARLIER_RULE: Rule = {
  re: /\b(?:(?:a|one)\s+(?:trading\s+)?(?:day|session)\s+(?:earlier|before)|the\s+(?:day|session)\s+before(?!\s+(?:the|its|their|an?|last|election|that|this)\b)|the\s+(?:previous|prior|preceding)\s+(?:trading\s+)?(?:day|session))\b/gi,
  make: (m, o) => {
    if (!o.to) return { needsEvent: m[0] };
    const day = previousSession(previousSession(nextSession(o.to)));
    return { window: { kind: 'dates', from: previousSession(day), to: day }, dayEarlier: true };
  },
};

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

export const NEXT_WEEKDAY_RULE: Rule = {
  re: new RegExp(String.raw`\b(?:on\s+)?the\s+(?:next|following|subsequent)\s+(${WEEKDAY_RE})\b`, 'gi'),
  // Resolved by dayAfter (below) once the day spoken before is known; alone, the weekday as "on Monday" is.
  make: (m, o) => {
    const day = resolveDate(m[1], o);
    return {
      nextDay: 1,
      nextWeekday: WEEKDAYS.indexOf(m[1].toLowerCase()) + 1,
      ...(day ? { fallbackDay: { kind: 'dates', from: previousSession(day), to: day } } : {}),
    };
  },
};

/**
 * The last session of a window: a dated window's end; an event's first K sessions, the K-th from its first
 * reacting session (by the event's known timing, else after the close).
 */
export function lastSession(w: ClaimWindow): string | undefined {
  if (w.kind === 'dates' || (w.kind === 'since' && w.to)) return w.to;
  if (w.kind !== 'sessions' || w.sessions < 1) return undefined;
  return sessionsAhead(w.nextDay ? nextSession(w.event) : dayZero(w.event), w.sessions - 1);
}

/**
 * The hit with its window when it is a next-day phrase: the sessions after the first one-day window of
 * `prior` (for more than one session, after the first window with a last session), else the event's next day.
 * @example dayAfter({ start: 0, end: 11, nextDay: 1 }, [{ kind: 'dates', from: '2024-09-17', to: '2024-09-18' }], o)
 * // { …, window: { kind: 'dates', from: '2024-09-18', to: '2024-09-19' } }
 */
export function dayAfter(
  h: WindowHit,
  prior: readonly (ClaimWindow | undefined)[],
  o: ReadOptions,
): WindowHit {
  // "On Nov. 9 it jumped 3.7%. A day earlier, it had fallen 1%": the session before the day last spoken of.
  const spoken = h.dayEarlier ? prior.find((w) => w && isOneDay(w) && w.kind !== 'sessions') : undefined;
  const last = spoken && lastSession(spoken);
  if (last)
    return { ...h, window: { kind: 'dates', from: sessionsBack(last, 2), to: previousSession(last) } };
  if (!h.nextDay || h.window) return h;
  if (h.nextWeekday) return weekdayAfter(h, h.nextWeekday, prior);
  const n = h.nextDay;
  const day = prior.find((w) => w && (n > 1 ? lastSession(w) : isOneDay(w)));
  const to = day && (n > 1 || day.kind !== 'sessions') ? lastSession(day) : undefined;
  if (to) return { ...h, window: { kind: 'dates', from: to, to: sessionsAhead(to, n) } };
  if (!o.event) return h;
  if (n === 1) return { ...h, window: { kind: 'sessions', event: o.event, sessions: 1, nextDay: true } };
  const first = lastSession({ kind: 'sessions', event: o.event, sessions: 1 });
  return first ? { ...h, window: { kind: 'dates', from: first, to: sessionsAhead(first, n) } } : h;
}

/** "The following Monday": the first such weekday after the last one-day window of `prior`. */
function weekdayAfter(h: WindowHit, wd: number, prior: readonly (ClaimWindow | undefined)[]): WindowHit {
  const day = prior.find((w) => w && isOneDay(w));
  const last = day && day.kind !== 'sessions' ? lastSession(day) : undefined;
  if (!last) return { ...h, window: h.fallbackDay };
  let d = toDay(last) + 1;
  while (weekday(d) !== wd) d++;
  const to = nextSession(fromDay(d - 1));
  return { ...h, window: { kind: 'dates', from: previousSession(to), to } };
}

/**
 * Words that carry a story on from the day just told: "fell another 3.7%", "before rebounding", "then", "but
 * recovered 1.2% on Thursday".
 */
const GOES_ON =
  /\b(?:another|a\s+further|further|again|then|but|before\s+\w+ing|extend(?:ed|ing)\s+(?:its|their|the)\s+(?:slide|fall|losses|gains|rally|drop))\b/i;
const BARE_WEEKDAY = /^(?:on\s+)?(mon|tues|wednes|thurs|fri)day$/i;
/** A gain handed back, its number right after: "had given back 1.2%", "surrendered about 0.9%". */
const GAVE_BACK =
  /\b(?:(?:given|gave|giv(?:es|ing)|handed|hand(?:s|ing))\s+back|surrender(?:ed|s|ing)?|pared)\s+(?:[a-z]+\s+){0,2}?[\d.]+\s*(?:%|per\s?cent|percent)/i;

/**
 * A bare weekday ("on Thursday") in a clause that goes on from the one-day window `prior` (the sentence's
 * earlier number, else the day last told): the first such weekday after that day when it comes before the
 * weekday's usual reading (the last one on or before the article's date). `words` is the hit's text. A gain
 * given back by a later day ("By Thursday's close it had given back 1.2%", no "since" of its own) is the
 * move from that day's close on, not since the event.
 * @example goneOnTo(w, 'on Thursday', 'It fell another 3.7% on Thursday', { kind: 'sessions', event: '2008-11-04', sessions: 1, nextDay: true }) // w.window: 2008-11-05 → 2008-11-06
 */
export function goneOnTo(
  w: { window?: ClaimWindow },
  words: string | undefined,
  clause: string,
  prior: ClaimWindow | undefined,
): void {
  const x = w.window;
  // "rose 1.5% on Wednesday. By Thursday's close it had given back 1.2%": what it gave back after that day.
  if (
    x?.kind === 'since' &&
    x.to &&
    prior &&
    isOneDay(prior) &&
    GAVE_BACK.test(clause) &&
    !/\bsince\b/i.test(clause)
  ) {
    const from = lastSession(prior);
    if (from && from < x.to) w.window = { kind: 'dates', from, to: x.to };
    return;
  }
  const m = words ? BARE_WEEKDAY.exec(words.trim()) : null;
  if (!m || x?.kind !== 'dates' || !prior || !isOneDay(prior) || !GOES_ON.test(clause)) return;
  const last = lastSession(prior);
  if (!last) return;
  let d = toDay(last) + 1;
  while (weekday(d) !== WEEKDAYS.indexOf(`${m[1].toLowerCase()}day`) + 1) d++;
  const to = nextSession(fromDay(d - 1));
  if (to < x.to) w.window = { kind: 'dates', from: previousSession(to), to };
}
