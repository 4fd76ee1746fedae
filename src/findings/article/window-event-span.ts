/**
 * A span from an event or a day's close to an end the sentence names: "from the close on Election Day through
 * Friday", "from the close on Nov. 3 to Nov. 27", "between the Nov. 3 election and Friday", "from the election
 * to the end of November" (or "to month-end": the start's month), "from the close on Dec. 12 to today" (the
 * article's date), "from the 2004 election to year-end", "between Election Day and Dec. 31", "from Trump's
 * victory to the end of that year", "from Election Day 2004 to Inauguration Day", "from the election to the end of
 * 2012" (2012's election, in a story of a later one), "since the 2004 election through Dec. 31" (a vote of an
 * earlier year only: the article's own "since …, through Friday" is the since rules'). Read before "on election day"
 * (./window-rules.ts).
 *
 * Conventions: an event's span runs from the last close before its news, as "since the election" does (a
 * `since` window ending on the day named); a day's from that day's close. An end without its year is the first
 * such day on or after an event of an earlier year than the article's ("from the 2004 election to Dec. 31" is
 * Dec. 31, 2004; "to Inauguration Day", the January after), else, and for a weekday always, the article's (the
 * latest by its date).
 * "Year-end" is the start's year's last day, a month's end its last day, either capped at the article's date
 * while it runs; an end after the article's date, or not after the start, gives no span.
 */
import { DATE_RE, isWeekdayName, MONTH_RE, monthNumber, namedMonth, resolveDate } from './dates.ts';
import type { Rule } from './window-rules.ts';
import { EVENT_RE } from './window-since.ts';
import { endOf, NOW_END } from './window-spans.ts';

/** Where the span starts: "the close on Election Day", "its Election Day close", "the 2004 election", "Nov. 3". */
const START = `(?:from\\s+the\\s+close\\s+(?:on|of)\\s+(?:(election\\s+day)|(${DATE_RE}))|(?:between|from|since)\\s+(?!the\\s+close\\b)(?:its\\s+|their\\s+)?(${EVENT_RE}(?:,?\\s+(?:19|20)\\d\\d\\b)?)(?:['’]s)?(?:\\s+(?:close|level))?)`;
/** Where it ends: a day ("Friday's close"), a month's end ("the end of November 2016", "month-end"), year-end, or now. */
const END = `(?:the\\s+close\\s+(?:on|of)\\s+)?(?:(${DATE_RE})(?:['’]s\\s+close\\b)?|the\\s+end\\s+of\\s+(${MONTH_RE})\\.?(?:,?\\s+((?:19|20)\\d\\d))?|(month[- ]end|the\\s+end\\s+of\\s+the\\s+month)\\b|(year[- ]end|the\\s+(?:end|close)\\s+of\\s+(?:the|that)\\s+year|the\\s+end\\s+of\\s+((?:19|20)\\d\\d))\\b|${NOW_END})`;

export const EVENT_SPAN_RULE: Rule = {
  re: new RegExp(`\\b${START},?\\s+(?:to|through|until|till|and)\\s+${END}`, 'gi'),
  make: (m, o, ev) => {
    const [, day0, date, event, day, month, monthYear, monthEnd, yearEnd, year, now] = m;
    // "from the election to the end of 2012" in a story of a later one: the election of the year it ends in.
    const endYear = year ?? monthYear;
    const then = event && endYear && !/\d/.test(event) ? `${event} of ${endYear}` : undefined;
    let start = day0 || event ? ev(day0 ?? event) : resolveDate(date, o);
    if (then && start && start.slice(0, 4) > endYear) start = ev(then);
    // An event of a year before the article's: a yearless end is the first such day on or after it.
    const past = start && o.to && start.slice(0, 4) < o.to.slice(0, 4) ? start : undefined;
    // "since the election, through Friday": the since rules' (./window-rules.ts); but "since the 2004 election
    // through Dec. 31" is that vote's December.
    if (/^since\b/i.test(m[0]) && !past) return null;
    // (a weekday is the article's: "between the Nov. 3 election and Friday" in March is March's Friday)
    const ref = past && !(day && isWeekdayName(day)) ? { event: past } : o;
    const named = month && (past && !monthYear ? firstMonth(month, past) : namedMonth(month, monthYear, ref));
    const y = year ?? start?.slice(0, 4); // none for an event the article has no date for
    const ym = named || (monthEnd ? start?.slice(0, 7) : yearEnd && y ? `${y}-12` : undefined);
    const end = ym && endOf(ym);
    let to = end ? (o.to && o.to < end ? o.to : end) : now ? o.to : day ? resolveDate(day, ref) : undefined;
    if (past && day && to && to < past && !/\d{4}/.test(day))
      to = resolveDate(day, { event: nextYear(past) });
    if (to && o.to && to > o.to) return null;
    // A start without its year is the latest such day before the end ("from Dec. 31 to April 8").
    const from = day0 || event || !to ? start : resolveDate(date, { ...o, to });
    if (!from) return day0 || event ? { needsEvent: m[0] } : null;
    if (!to || from >= to) return null;
    return {
      window:
        from === o.event || event || day0 ? { kind: 'since', event: from, to } : { kind: 'dates', from, to },
    };
  },
};

/** The first month `name` ending on or after day `iso`: 'YYYY-MM'. */
function firstMonth(name: string, iso: string): string {
  const mm = String(monthNumber(name)).padStart(2, '0');
  const y = Number(iso.slice(0, 4));
  return `${mm < iso.slice(5, 7) ? y + 1 : y}-${mm}`;
}

/** The first day of the year after `iso`'s. */
const nextYear = (iso: string) => `${Number(iso.slice(0, 4)) + 1}-01-01`;
