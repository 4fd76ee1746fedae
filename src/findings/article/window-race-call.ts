/**
 * A window since a presidential race was called: "since the race was called for Biden on Saturday", "since the
 * networks called the race", "since Biden was declared the winner". From the call (the day written, else the
 * built-in one: 2020's on Saturday, Nov. 7, ../../events/event-sets.ts RACE_CALLED), else from the election the
 * article means (races called on election night), to the article's date.
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import { RACE_CALLED } from '../../events/event-sets.ts';
import { DATE_RE, resolveDate, weekdayBefore } from './dates.ts';
import type { Rule } from './window-rules.ts';

/** A race's call: "the race was called", "the networks called the election", "Biden was declared the winner". */
const CALLED =
  '(?:the\\s+(?:presidential\\s+)?(?:race|election)\\s+was\\s+called|(?:the\\s+)?(?:(?:news\\s+)?networks|media\\s+outlets|associated\\s+press|ap)\\s+called\\s+the\\s+(?:race|election)|(?:biden|trump|obama|bush|clinton)\\s+was\\s+(?:declared|projected)\\s+(?:as\\s+)?(?:the\\s+)?winner)';

/** "since the race was called (for Biden) (on Saturday)": read before the since rules' "since … on DATE". */
export const RACE_CALL_RULE: Rule = {
  re: new RegExp(
    `\\bsince\\s+${CALLED}(?:\\s+for\\s+[A-Z][\\w.]+)?(?:\\s+on\\s+(${DATE_RE}|(?:satur|sun)day))?`,
    'gi',
  ),
  make: (m, o, ev) => {
    const election = ev('the election');
    // "on Saturday": the last such day on or before the article's date (a weekend day is no trading weekday).
    const day = m[1] && o.to ? (resolveDate(m[1], o) ?? weekdayBefore(m[1], fromDay(toDay(o.to) + 1))) : null;
    const event = day ?? (election && RACE_CALLED[election]) ?? election;
    return { window: { kind: 'since', event, ...(o.to ? { to: o.to } : {}) } };
  },
};
