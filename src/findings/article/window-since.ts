/**
 * The "since" window rules of ./window-rules.ts: "since Friday's close", "since Obama won re-election on Nov. 6",
 * "since the election on Nov. 8", "since the referendum in June 2016", "since Trump's victory", "since 2012",
 * "since the end of last year", "since Inauguration Day in 2017", "measured from the post-referendum low".
 */

import { fromDay, toDay, weekday } from '../../calendar/dates.ts';
import { eventSet } from '../../events/event-sets.ts';
import { DATE_RE, isWeekdayName, lastMonthBefore, MONTH_RE, monthNumber, resolveDate } from './dates.ts';
import { eventsOfYear } from './event-days.ts';
import { holidayIn } from './holidays.ts';
import { periodEnd } from './window-month-end.ts';
import { RACE_CALL_RULE } from './window-race-call.ts';
import type { Rule } from './window-rules.ts';

/**
 * Event phrases: "the election", "Trump's election", "the Brexit vote", "election day", "the midterms", "the rate
 * decision", "the first cut of an easing cycle", "the Fed starts cutting rates", "the Fed moved", "the Fed's
 * move", "polling day"; "an election" is the article's ("has never done better in the week after an election").
 */
export const EVENT_RE = `(?:an?\\s+(?=(?:(?:us|u\\.s\\.|presidential|general|midterm)\\s+)?(?:election|vote|referendum)\\b)|(?:the|that|those|each(?:\\s+of\\s+the)?|every|his|her)\\s+)?(?:(?:last|past|previous)\\s+(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+)?(?:(?:donald|joe|barack|hillary|president)\\s+)?(?:(?:[\\w.]+\\s+){0,2}?[\\w.]+['’]s\\s+)?(?:(?:us|u\\.s\\.|presidential|general|midterm|congressional|brexit|eu|uk|(?:last\\s+)?(?:mon|tues|wednes|thurs|fri|sun)day(?:['’]s)?|last\\s+week's|surprise|upset|shock|stunning|historic|comeback|resounding|sweeping|first|second|narrow|decisive|landslide|november|(?:19|20)\\d\\d(?:,|,?\\s+and)?|${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}\\s+${MONTH_RE})\\s+)*(?:(?:election|re-?election|vote|referendum)(?:[\\s-]+(?:day|results?|outcome|night))?(?:\\s+of\\s+(?:19|20)\\d\\d\\b)?|polling\\s+day|first\\s+(?:(?:interest[- ])?rate\\s+)?cuts|victory|win|(?:trump|biden|obama|clinton|bush)\\s+(?:won|was\\s+(?:re-?)?elected)|midterms|result|exit\\s+polls?|polls|(?:(?:rate|policy|interest[- ]rate)\\s+)?(?:decision|announcement)|(?:(?:last|latest|most\\s+recent)\\s+(?:(?:fed|fomc)\\s+)?)?(?:(?:half|quarter)[- ]point\\s+|(?:25|50|75|100)(?:[- ]basis[- ]point|[- ]?bps?)\\s+|jumbo\\s+)?(?:(?:interest[- ])?rate\\s+)?(?:cut|hike)\\b(?!-)|(?:(?:fed|fomc|policy)\\s+)?meeting|(?:rate\\s+)?cuts?\\s+(?:of|in)\\s+(?:(?:each|every)\\s+(?:of\\s+)?)?(?:the\\s+|an?\\s+)?(?:(?:last|past|previous)\\s+\\w+\\s+)?(?:easing|rate[- ]cutting|loosening)\\s+cycles?|(?:the\\s+)?(?:fed|federal\\s+reserve|fomc)\\s+(?:starts|started|begins|began|kicks\\s+off|kicked\\s+off)\\s+(?:cutting|lowering|easing)(?:\\s+(?:interest\\s+)?rates)?|(?:the\\s+)?(?:fed|federal\\s+reserve|fomc)\\s+(?:last\\s+)?(?:cut|lowered|raised|hiked)\\s+(?:(?:interest\\s+)?rates|its\\s+(?:key\\s+|benchmark\\s+)?(?:policy\\s+|interest\\s+)?rate)|(?:the\\s+)?(?:fed|federal\\s+reserve|fomc)(?:\\s+(?:moved|acted|eased|pivoted|delivered)\\b(?!\\s+(?:on|in|to)\\b)|['’]s\\s+(?:move|pivot)\\b))`;

/** The holiday, or the built-in election or referendum (exactly one), an event phrase names "in [MONTH] YEAR". */
function eventIn(phrase: string, month: string | undefined, year: string, text: string): string | undefined {
  const day = holidayIn(phrase.trim(), Number(year)); // "since Inauguration Day in 2017"
  if (day?.startsWith(year)) return day;
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

/**
 * A record's words before "since 2008": "the widest since", "its best week since", "for the first time since";
 * not a share ("most of their gains since June").
 */
const SUPERLATIVE =
  /\b(?:\w+est|most(?!\s+of\b)|least(?!\s+of\b)|best|worst|biggest|first\s+(?:time|close|closing|finish)|level|record|high|low|streak|run|ever)\b/i;

/**
 * "Since polls closed on Tuesday evening" in a story of the Friday after the next: the event (the Tuesday of
 * the vote), when the clause names it and its day is that weekday, not the last Tuesday before the article.
 */
function eventWeekday(m: RegExpExecArray, o: { event?: string }): string | undefined {
  const wd = /^(sun|mon|tues|wednes|thurs|fri|satur)day$/i.exec(m[1].trim());
  if (
    !wd ||
    !o.event ||
    !/\b(?:polls?|vot(?:e|ers|ing)|elect\w*|ballots?|referendum|fed|cut|hike|decision)\b/i.test(m[0])
  )
    return undefined;
  const day = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'].indexOf(wd[1].toLowerCase());
  return weekday(toDay(o.event)) === day ? o.event : undefined;
}

/**
 * "closed below 1,790 for the first time since Nov. 10 on Friday": the record's "since" (../record-first-past.ts),
 * not the number's window (Friday's close).
 */
function firstTimeSince(m: RegExpExecArray): boolean {
  return /\bfirst\s+time\s+$/i.test(m.input.slice(0, m.index));
}

/** The since rules, earlier first. */
export const SINCE_RULES: Rule[] = [
  {
    // "has since fallen 6.4%", "since then": ./pick-window.ts dates it from the day named before.
    // "Since that peak", "since that day", "since that record close", "From that low" likewise; so does a bare
    // "since" ending its clause ("rose 3.7% that day, and has climbed about 13% since").
    re: /\b(?:since\s+then|(?:ever\s+)?since(?=\s*(?:[.;,)—–]|$))|since\s+(?:that|this)\s+(?:record\s+)?(?:peak|high|low|trough|bottom|top|day|session|close|record|level|point|date)|from\s+(?:that|this)\s+(?:record\s+)?(?:peak|high|low|trough|bottom|top|close|level)\b(?!\s+(?:to|through|until)\b)|(?:has|have|had)\s+since(?=\s+(?:\w+ed|fallen|risen|lost|gained|slid|shed|sunk|sank|fell|rose|dropped|given\s+back|pared|erased|added|climbed|surged|jumped|tumbled|slumped|rallied|rebounded|recovered|retreated)\b))/gi,
    make: (m) => ({ sinceThen: true, ...(/^from/i.test(m[0]) ? { fromThat: true } : {}) }),
  },
  {
    // "since Friday's close", "from Tuesday's close", "since the close on Nov. 4": from that close to the
    // article's date (a close named as the base, not the event's).
    re: new RegExp(
      `\\b(?:since|from)\\s+(?:(${DATE_RE})(?:'s|’s)\\s+close|the\\s+close\\s+(?:on|of)\\s+(${DATE_RE}))\\b(?!\\s+(?:to|through|until)\\b)`,
      'gi',
    ),
    make: (m, o) => {
      const from = resolveDate(m[1] ?? m[2], o);
      // "By Tuesday's close, … from Friday's close": that Friday before the end date (./window-anchors.ts).
      const weekdayFrom = m[1] && isWeekdayName(m[1]) ? { weekdayFrom: m[1] } : {};
      return from && o.to && from < o.to
        ? { window: { kind: 'dates', from, to: o.to }, ...weekdayFrom }
        : null;
    },
  },
  {
    // "Measured from the post-referendum low on June 27, 2016", "from its June 27 low", "since its Feb. 11
    // trough", "measured from its Dec. 8 record close", "from that Nov. 25 close", "down 2.6% from its June 23
    // level": from that day's close to the article's date.
    re: new RegExp(
      `\\b(?:since|(?:measured\\s+|counted\\s+)?from)\\s+(?:the|its|their|that)\\s+(?:(${DATE_RE})\\s+(?:(?:record|all-time)(?:\\s+(?:low|trough|bottom|high|peak|close|closing\\s+(?:high|low)))?|low|trough|bottom|high|peak|close|closing\\s+(?:high|low)|level)|(?:[\\w-]+\\s+){0,3}?(?:low|trough|bottom|high|peak|close)\\s+(?:on|of)\\s+(${DATE_RE}))\\b(?!\\s+(?:to|through|until)\\b)`,
      'gi',
    ),
    make: (m, o) => {
      const from = resolveDate(m[1] ?? m[2], o);
      return from && o.to && from < o.to ? { window: { kind: 'dates', from, to: o.to } } : null;
    },
  },
  {
    // "since March", "Since the Fed began raising rates in March": from the close before that month (the last
    // such month up to the article; with a year, that one), or from the Fed's change in that month when the
    // words speak of the Fed's rates; not a record's "its best since March".
    re: new RegExp(
      `\\bsince\\s+(?:((?:[A-Za-z][\\w'’.&-]*\\s+){1,8}?)in\\s+)?(${MONTH_RE})(?:\\s+((?:19|20)\\d\\d))?\\b(?!\\.?\\s+\\d|\\s+(?:of|to)\\b)`,
      'gi',
    ),
    make: (m, o) => {
      const before = (m.input ?? '').slice(0, m.index);
      if (!o.to || SUPERLATIVE.test(before.slice(before.search(/[^,;:]*$/)))) return null;
      // "since the election in November": the event's rule.
      if (/\b(?:election|vote|referendum|midterms|win|victory|polls)\b/i.test(m[1] ?? '')) return null;
      // "since bottoming in March", "since its peak in March": from that extreme, not the month's start.
      if (/\b(?:bottom|low|trough|peak|high|top)\w*\b/i.test(m[1] ?? '')) return null;
      const month = m[3]
        ? `${m[3]}-${String(monthNumber(m[2])).padStart(2, '0')}`
        : lastMonthBefore(m[2], o.to, 1);
      if (!month) return null;
      const fed = /\b(?:fed|federal\s+reserve|fomc|rates?)\b/i.test(m[1] ?? '')
        ? eventSet('fomc').find((e) => e.date.startsWith(month))?.date
        : undefined;
      if (fed) return { window: { kind: 'since', event: fed, to: o.to } };
      const from = fromDay(toDay(`${month}-01`) - 1);
      return from < o.to ? { window: { kind: 'dates', from, to: o.to } } : null;
    },
  },
  {
    // "since the start of the year", "since the end of last year", "since the end of 2016", "since the end of
    // September", "since the end of last month": from that period's last day (the close on or before it) to
    // the article's date; not a record's "the best since the end of 2016".
    re: new RegExp(
      `\\b(?:since|from(?=\\s+the\\s+\\w+\\s+of\\s+\\w+(?:\\s+\\d{4})?\\b(?!\\s+(?:to|through|until|till|and)\\b)))\\s+the\\s+(?:(start|beginning)\\s+of\\s+(?:the|this|(last))\\s+year|(?:end|close)\\s+of\\s+(?:(last)\\s+(year|month)|the\\s+(previous|prior)\\s+(year|month)|((?:19|20)\\d\\d)|(${MONTH_RE})(?:\\s+((?:19|20)\\d\\d))?))\\b`,
      'gi',
    ),
    make: (m, o) => {
      const before = (m.input ?? '').slice(0, m.index);
      if (!o.to || SUPERLATIVE.test(before.slice(before.search(/[^,;:]*$/)))) return null;
      const from = m[1]
        ? `${Number(o.to.slice(0, 4)) - (m[2] ? 2 : 1)}-12-31`
        : periodEnd(o.to, m[4] ?? m[6], m[7], m[8], m[9]);
      return from < o.to ? { window: { kind: 'dates', from, to: o.to } } : null;
    },
  },
  {
    // "IWM has returned 180% since 2012", "since the start of 2016": from the last close of the year before to
    // the article's date; not a record's "the best since 2008" (a superlative before it in the clause).
    re: /\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?((?:19|20)\d\d)\b(?!-\d\d-\d\d|\s*(?:['’]s\s+)?(?:election|vote|midterms?|referendum|crash|crisis|low|high|peak|bottom))/gi,
    make: (m, o) => {
      const before = (m.input ?? '').slice(0, m.index);
      if (SUPERLATIVE.test(before.slice(before.search(/[^,;:]*$/))) || !o.to || m[1] > o.to.slice(0, 4))
        return null;
      return { window: { kind: 'dates', from: `${Number(m[1]) - 1}-12-31`, to: o.to } };
    },
  },
  {
    // "up 8% from Election Day", "down 2% from the election": since the event (not "from … to/through …").
    re: /\bfrom\s+(?:election\s+day|the\s+(?:us\s+|u\.s\.\s+|presidential\s+)?(?:election|vote))\b(?!['’]s|\s+(?:to|through|until|till)\b)/gi,
    make: (_m, o) =>
      o.event ? { window: { kind: 'since', event: o.event, ...(o.to ? { to: o.to } : {}) } } : null,
  },
  RACE_CALL_RULE,
  {
    // "since Obama won re-election on Nov. 6", "since the Federal Reserve cut interest rates on July 31",
    // "since the Fed cut rates by half a percentage point (by 50 basis points) on Sept. 18": a clause saying
    // what happened on a date is since that date (the date alone read as its one session).
    re: new RegExp(
      `\\bsince\\s+(?:(?:[A-Za-z][\\w'’.&-]*|\\d+(?:\\.\\d+)?(?=\\s+(?:basis|percentage)\\s+points?\\b))\\s+){1,12}?on\\s+(${DATE_RE})`,
      'gi',
    ),
    make: (m, o, ev) =>
      firstTimeSince(m)
        ? null
        : { window: { kind: 'since', event: eventWeekday(m, o) ?? ev(m[1]), ...(o.to ? { to: o.to } : {}) } },
  },
  {
    re: new RegExp(
      `\\bsince\\s+(${DATE_RE}|${EVENT_RE}|[A-Z][a-z]+\\s+won(?:\\s+the\\s+(?:election|presidency|white\\s+house))?)(?:\\s+(?:on|of)\\s+(${DATE_RE})|\\s+in\\s+(?:(${MONTH_RE})\\.?\\s+)?((?:19|20)\\d\\d)\\b)?`,
      'gi',
    ),
    // "since the election on Nov. 8": the date the sentence gives the event; "since the referendum in June
    // 2016": the built-in event of that kind in that month and year (./event-infer.ts).
    make: (m, o, ev) =>
      firstTimeSince(m)
        ? null
        : {
            window: {
              kind: 'since',
              event: (m[4] && eventIn(m[1], m[3], m[4], m.input)) || ev(m[2] ?? m[1]),
              ...(o.to ? { to: o.to } : {}),
            },
          },
  },
];
