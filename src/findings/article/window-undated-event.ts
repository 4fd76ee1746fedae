/**
 * "Since the Georgia runoffs, the Russell 2000 has gained 8.9%": an event capgap has no date for (a runoff, a
 * primary, a debate, a summit, a jobs report…), named with no date. Read last among the window rules (./window-rules.ts
 * reads "since the election", "since Jan. 5", "since the Fed's cut" first). The window is the article's event
 * when that was given and is no built-in one (the writer's own event: "--event 2021-01-05" for the runoffs);
 * else the phrase is unread, said rather than taken as the article's election or decision.
 */
import { allEvents } from './event-days.ts';
import type { Rule } from './window-rules.ts';

/** The built-in events' days: an article's event among them is an election, a referendum or a rate change. */
const BUILT_IN = new Set(allEvents().map((e) => e.date));

export const UNDATED_EVENT_RULE: Rule = {
  re: /\bsince\s+(?:the\s+|(?:last|this)\s+(?:week|month)['’]s\s+)?(?:[\w&'’.-]+\s+){0,3}?(?:runoffs?|run-offs?|primar(?:y|ies)|caucus(?:es)?|debates?|speech|summit|ceasefire|invasion|shutdown|(?:jobs|payrolls|CPI|inflation|earnings)\s+(?:report|data|release)|trade\s+deal|tariff\s+announcement)\b/gi,
  make: (m, o) => {
    if (o.event && !BUILT_IN.has(o.event))
      return { window: { kind: 'since', event: o.event, ...(o.to ? { to: o.to } : {}) } };
    return {
      unread: `"${m[0]}" names an event capgap has no date for: give the claim its dates (or --event DATE for an article about it)`,
    };
  },
};
