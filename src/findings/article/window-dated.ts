/**
 * Windows after a dated piece of news that is no built-in event: "in the two days after the vaccine news on
 * Monday", "since the jobs report on Friday", "in the three sessions following Pfizer's announcement of Nov.
 * 9". The date the sentence gives is the event's (a weekday: the last one on or before the article's date);
 * the news's timing is the checker's convention search (after the close by default, during the session
 * the alternative). Without a date the phrase names nothing capgap can place, and these rules do not apply.
 */
import { DATE_RE, resolveDate } from './dates.ts';
import type { Rule } from './window-rules.ts';
import { count, N } from './window-sessions.ts';

/** "the vaccine news", "Pfizer's announcement", "the jobs report", "the CPI data", "the court's ruling". */
const NEWS = `(?:the\\s+)?(?:[\\w.&'’-]+\\s+){0,3}?(?:news|announcement|report|data|ruling|verdict|results?|decision|statement|speech|shock|surprise)`;
const DATED = `\\s+(?:on|of)\\s+(${DATE_RE})`;

export const DATED_RULES: Rule[] = [
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
