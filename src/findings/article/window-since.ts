/**
 * The "since" window rules of ./window-rules.ts, in their place among them: "since Friday's close", "since
 * Obama won re-election on Nov. 6", "since the election on Nov. 8", "since the referendum in June 2016",
 * "since Trump's victory".
 */
import { DATE_RE, MONTH_RE, monthNumber, resolveDate } from './dates.ts';
import { eventsOfYear } from './event-infer.ts';
import type { Rule } from './window-rules.ts';

/** Event phrases: "the election", "Trump's election", "the Brexit vote", "election day", "the midterms", "the rate decision". */
export const EVENT_RE = `(?:the\\s+)?(?:[\\w.]+'s\\s+)?(?:(?:us|u\\.s\\.|presidential|general|midterm|congressional|brexit|eu|uk|(?:last\\s+)?(?:mon|tues|wednes|thurs|fri|sun)day's|last\\s+week's|surprise|november|(?:19|20)\\d\\d|${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}\\s+${MONTH_RE})\\s+)*(?:election(?:\\s+(?:day|result|outcome|night))?|vote|referendum|victory|win|midterms|result|polls|(?:(?:rate|policy|interest[- ]rate)\\s+)?(?:decision|announcement))`;

/** The built-in election or referendum an event phrase names "in [MONTH] YEAR", if exactly one is. */
function eventIn(phrase: string, month: string | undefined, year: string, text: string): string | undefined {
  const kind = /referendum|brexit/i.test(phrase)
    ? 'referendum'
    : /election|vote|midterm/i.test(phrase)
      ? 'election'
      : null;
  if (!kind) return undefined;
  const mm = month ? String(monthNumber(month)).padStart(2, '0') : '';
  const found = eventsOfYear(year, kind, text).filter((d) => !mm || d.slice(5, 7) === mm);
  return found.length === 1 ? found[0] : undefined;
}

/** The since rules, earlier first. */
export const SINCE_RULES: Rule[] = [
  {
    // "since Friday's close", "from Tuesday's close", "since the close on Nov. 4": from that close to the
    // article's date (a close named as the base, not the event's).
    re: new RegExp(
      `\\b(?:since|from)\\s+(?:(${DATE_RE})(?:'s|’s)\\s+close|the\\s+close\\s+(?:on|of)\\s+(${DATE_RE}))\\b(?!\\s+(?:to|through|until)\\b)`,
      'gi',
    ),
    make: (m, o) => {
      const from = resolveDate(m[1] ?? m[2], o);
      return from && o.to && from < o.to ? { window: { kind: 'dates', from, to: o.to } } : null;
    },
  },
  {
    // "since Obama won re-election on Nov. 6", "since the Federal Reserve cut interest rates on July 31": a
    // clause saying what happened on a date is since that date (the date alone read as its one session).
    re: new RegExp(`\\bsince\\s+(?:[A-Za-z][\\w'’.&-]*\\s+){1,8}?on\\s+(${DATE_RE})`, 'gi'),
    make: (m, o, ev) => ({ window: { kind: 'since', event: ev(m[1]), ...(o.to ? { to: o.to } : {}) } }),
  },
  {
    re: new RegExp(
      `\\bsince\\s+(${DATE_RE}|${EVENT_RE}|[A-Z][a-z]+\\s+won(?:\\s+the\\s+(?:election|presidency|white\\s+house))?)(?:\\s+(?:on|of)\\s+(${DATE_RE})|\\s+in\\s+(?:(${MONTH_RE})\\.?\\s+)?((?:19|20)\\d\\d)\\b)?`,
      'gi',
    ),
    // "since the election on Nov. 8": the date the sentence gives the event; "since the referendum in June
    // 2016": the built-in event of that kind in that month and year (./event-infer.ts).
    make: (m, o, ev) => ({
      window: {
        kind: 'since',
        event: (m[4] && eventIn(m[1], m[3], m[4], m.input)) || ev(m[2] ?? m[1]),
        ...(o.to ? { to: o.to } : {}),
      },
    }),
  },
];
