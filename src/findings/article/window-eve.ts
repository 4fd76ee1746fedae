/**
 * "since the close before the announcement", "since the pre-decision close": from the close of the session
 * before the event's day to the article's date (a Fed decision's day moves during its session: its own close is
 * no base before the news). A vote's ("from its pre-referendum close", "since the close before the election")
 * is its own day's close, the last before the result: the window since the event ("on the eve of the vote", "its
 * election-eve close": the day before it).
 */
import { previousSession } from './dates.ts';
import type { Rule } from './window-rules.ts';
import { EV } from './window-sessions.ts';

export const EVE_CLOSE_RULE: Rule = {
  re: new RegExp(
    `\\b(?:since|from)\\s+(?:the|its|their)\\s+(?:(?:last\\s+)?close\\s+(?:before|ahead\\s+of|prior\\s+to|preceding|on\\s+the\\s+eve\\s+of)\\s+${EV}|pre-?(?:election|vote|referendum|decision|announcement|fed|meeting|cut|hike)\\s+close|(?:election|vote|referendum)[- ]eve\\s+close)`,
    'gi',
  ),
  make: (m, o, ev) => {
    if (!o.to) return { needsEvent: m[0] };
    const event = ev(m[1] ?? 'the event');
    if (!event) return null;
    // A vote's result comes after its day's close: that close is the last before the news.
    if (/election|vote|referendum|polls/i.test(m[0]) && !/\beve\b/i.test(m[0]))
      return { window: { kind: 'since', event, to: o.to } };
    return { window: { kind: 'dates', from: previousSession(event), to: o.to } };
  },
};
