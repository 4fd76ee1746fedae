/**
 * Windows after a dated piece of news that is no built-in event: "in the two days after the vaccine news on
 * Monday", "since the jobs report on Friday", "in the three sessions following Pfizer's announcement of Nov.
 * 9". The date the sentence gives is the event's (a weekday: the last one on or before the article's date);
 * the news's timing is the checker's convention search (after the close by default, during the session
 * the alternative). Without a date the phrase names nothing capgap can place, and these rules do not apply.
 * Also an event study's own notation ("over days 0 to 2", "[0, +2]") and "in the first week" after the news.
 */
import { DATE_RE, resolveDate } from './dates.ts';
import type { Rule } from './window-rules.ts';
import { count, EV, N } from './window-sessions.ts';

/** "the vaccine news", "Pfizer's announcement", "the jobs report", "the CPI data", "the court's ruling". */
const NEWS = `(?:the\\s+)?(?:[\\w.&'’-]+\\s+){0,3}?(?:news|announcement|report|data|ruling|verdict|results?|decision|statement|speech|shock|surprise)`;
const DATED = `\\s+(?:on|of)\\s+(${DATE_RE})`;

export const DATED_RULES: Rule[] = [
  {
    // An event study's window: "over days 0 to 2", "in the event window [0, +2]", "(0, +4)": day 0 is the
    // first session that can react to the news (t0), so days 0 to N are N + 1 sessions.
    re: /\b(?:(?:over|in|during|across|for)\s+)?(?:the\s+)?(?:event\s+window\s+)?(?:days?\s+0\s*(?:to|through|-|–)\s*(?:day\s+)?\+?(\d{1,2})\b|[[(]\s*0\s*,\s*\+?(\d{1,2})\s*[\])])/gi,
    make: (m, _o, ev) => ({
      window: { kind: 'sessions', event: ev('the event'), sessions: Number(m[1] ?? m[2]) + 1 },
    }),
  },
  {
    // "in the first week" (after the news): the week whose trading reacts to it; not "the first week of June".
    re: new RegExp(
      `\\b(?:in|during|over)\\s+the\\s+first\\s+(?:full\\s+)?week\\b(?!\\s+of\\b)(?:\\s+(?:after|following)\\s+${EV})?`,
      'gi',
    ),
    make: (m, _o, ev) => ({ window: { kind: 'week', event: ev(m[1] ?? 'the event') } }),
  },
  {
    re: new RegExp(
      `\\b(?:in|over|during|across|for)\\s+(?:the\\s+)?(?:first\\s+)?${N}\\s+(?:trading\\s+)?(?:days|sessions)\\s+(?:following|after|since)\\s+${NEWS}${DATED}`,
      'gi',
    ),
    make: (m, o) => {
      const event = resolveDate(m[2], { to: o.to });
      return event ? { window: { kind: 'sessions', event, sessions: count(m[1]) } } : null;
    },
  },
  {
    re: new RegExp(`\\b(?:since|after)\\s+${NEWS}${DATED}`, 'gi'),
    make: (m, o) => {
      const event = resolveDate(m[1], { to: o.to });
      return event ? { window: { kind: 'since', event, ...(o.to ? { to: o.to } : {}) } } : null;
    },
  },
];
