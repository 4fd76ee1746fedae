/**
 * The calendar window rules (conventions in ./windows.ts): last week, this week, this month, a monthly
 * gain, last month, a named month ("in November", "their November rally"), a weekday or a date; the year to
 * date and a named year are ./window-years.ts's, the N months to a month ./window-months.ts's.
 */
import { fromDay, monthEnd, toDay, weekday } from '../../calendar/dates.ts';
import {
  lastMonthBefore,
  lastWeekEnd,
  MONTH_RE,
  monthNumber,
  namedMonth,
  previousSession,
  weekdayBefore,
} from './dates.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { isProvisional } from './records.ts';
import { DAY_RULE } from './window-day.ts';
import { weekSoFar } from './window-periods.ts';
import type { Rule } from './window-rules.ts';
import { YEAR_RULES } from './window-years.ts';

function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** How many weeks: "the first two weeks of November". */
const WEEKS = '(2|3|4|two|three|four)';
/** A year an election phrase names: "Ronald Reagan's 1980 landslide", "the 1992 vote", "his 2016 win". */
const EVENT_YEAR =
  /\b((?:19|20)\d\d)(?:['’]s)?\s+(?:(?:presidential|general|midterm|US|U\.S\.)\s+)?(?:landslide|victory|win|election|vote|re-?election|midterms)\b/i;

/** A name before a month's possessive ("Theresa May's"), case-sensitive, as the rule's /i cannot tell. */
const NAME_BEFORE =
  /\b(?!(?:Since|In|And|But|With|From|After|Before|Until|Unlike|Like|Through|During|By|On|At|Of|For|To|Than|That|This|Despite)\s)[A-Z][a-z]+\s$/;

/** Calendar rules, in the order they apply (after the event rules of ./window-rules.ts). */
export const CALENDAR_RULES: Rule[] = [
  {
    // "last Tuesday": the latest such weekday before the article's date (a week back on that weekday).
    re: /\blast\s+(mon|tues|wednes|thurs|fri)day\b/gi,
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const day = weekdayBefore(`${m[1]}day`, o.to) as string;
      return { window: { kind: 'dates', from: previousSession(day), to: day } };
    },
  },
  {
    // "December's first week", "the first week of December": the week ending on the month's first Friday; "the
    // first two weeks of November": from the Friday before it to the second Friday.
    re: new RegExp(
      `\\b(?:(${MONTH_RE})'s\\s+first\\s+(?:${WEEKS}\\s+)?weeks?|the\\s+first\\s+(?:${WEEKS}\\s+)?weeks?\\s+of\\s+(${MONTH_RE}))(?!\\s+\\d)`,
      'gi',
    ),
    make: (m, o) => {
      const ref = o.to ?? o.event;
      if (!ref) return { needsEvent: m[0] };
      let d = toDay(`${ref.slice(0, 4)}-${String(monthNumber(m[1] ?? m[4])).padStart(2, '0')}-01`);
      while (weekday(d) !== 5) d++;
      const k = (m[2] ?? m[3] ?? '1').toLowerCase();
      const n = NUMBER_WORDS[k] ?? Number(k);
      if (n > 1) return { window: { kind: 'dates', from: fromDay(d - 7), to: fromDay(d + 7 * (n - 1)) } };
      return { window: { kind: 'week', weekEnd: fromDay(d) } };
    },
  },
  {
    // "through June" (the year to the end of June), "in the first half" (January to June); a half still running
    // ("so far in the second half", "since the start of the second half"): to the article's date.
    re: new RegExp(
      `\\b(?:through|to\\s+the\\s+end\\s+of)\\s+(${MONTH_RE})\\b(?!\\.?\\s+\\d)|\\b(?:(?:so\\s+far\\s+)?in|since\\s+the\\s+(?:start|beginning)\\s+of)\\s+the\\s+(first|second)\\s+half(?:\\s+of\\s+(?:the\\s+year|((?:19|20)\\d\\d)))?\\b`,
      'gi',
    ),
    make: (m, o) => {
      const ref = o.to ?? o.event;
      if (!ref) return { needsEvent: m[0] };
      const y = Number(m[3] ?? ref.slice(0, 4));
      const endMonth = m[1] ? monthNumber(m[1]) : m[2].toLowerCase() === 'first' ? 6 : 12;
      const from = m[2]?.toLowerCase() === 'second' ? `${y}-06-30` : `${y - 1}-12-31`;
      const to = fromDay(monthEnd(toDay(`${y}-${String(endMonth).padStart(2, '0')}-01`)));
      if (o.to && to > o.to)
        return m[2] && from < o.to ? { window: { kind: 'dates', from, to: o.to } } : null;
      return { window: { kind: 'dates', from, to } };
    },
  },
  {
    re: /\blast\s+week(?:'s)?\b/gi,
    make: (_m, o, ev) => ({
      window: o.to ? { kind: 'week', weekEnd: lastWeekEnd(o.to) } : { kind: 'week', event: ev('last week') },
    }),
  },
  {
    // "For the week", "over the holiday-shortened week", and a sentence that opens "Over the week," (a wrap's
    // phrasing): the article's week.
    // Later in a sentence, "by 9 points over the week" keeps the stretch just discussed (since the vote).
    // "the worst-performing sector of the week": the week it was ranked in.
    re: /\bthis\s+week\b|\b(?:for|on)\s+the\s+week\b|^\s*week\s+so\s+far\b|\b(?:in|over|during)\s+the\s+week\s+so\s+far\b|\b(?:over|during|in|for)\s+the\s+holiday[- ]shortened\s+(?:trading\s+)?week\b|^\s*(?:over|during|in)\s+the\s+week(?=\s*,)|(?<=\b(?:performers?|sectors?|gainers?|losers?|stocks?|funds?|groups?|industry|industries)\s+)of\s+the\s+week\b/gi,
    // Never past the article's date: mid-week, the week so far.
    make: (_m, o, ev) => (o.to ? weekSoFar(o.to) : { window: { kind: 'week', event: ev('this week') } }),
  },
  {
    re: /\b(?:so\s+far\s+this|this|so\s+far\s+in\s+the|in\s+the|over\s+the|during\s+the|for\s+the|on\s+the|(?:ended|finished|closed)\s+the|(?<=\b(?:performers?|sectors?|gainers?|losers?|stocks?|funds?|groups?|industry|industries)\s+)of\s+the)\s+month\b(?!\s+(?:of|after|following|since|before)\b)|\bthe\s+month['’]s(?=\s(?:[\d.,]+\s*(?:%|per\s?cent|percent|pc)\s+)?(?:gain|loss|rise|fall|advance|decline|return|performance|drop|rally|slide|slump|rout|jump|surge)s?\b)|\bmonth[- ]to[- ]date\b|^\s*month\s+so\s+far\b|\b(?:in|over|during)\s+the\s+month\s+so\s+far\b|\b(?:a|an|its|their)\s+(?:banner|stellar|strong|record|blockbuster|bumper|rough|tough|dismal|weak|good|bad|great|solid)\s+month\b(?!\s+(?:of|after|following|since|before)\b)/gi,
    make: (m, o) => {
      const ref = o.to ?? o.event;
      if (!ref) return { needsEvent: m[0] };
      // "… for the month", "had a banner month" in an article of Dec. 2 (a month's first three days): the last.
      if (
        o.to &&
        /^(?:(?:for|in|over|during|on|ended|finished|closed)\s+the|(?:a|an|its|their)\s+\w+)\s+month$/i.test(
          m[0],
        ) &&
        Number(o.to.slice(8, 10)) <= 3
      )
        return { window: { kind: 'month', month: monthOf(fromDay(toDay(`${monthOf(o.to)}-01`) - 1)) } };
      return { window: { kind: 'month-to-date', month: monthOf(ref), ...(o.to ? { to: o.to } : {}) } };
    },
  },
  {
    // "since the start of the month", "since the beginning of December": the month to date (an earlier
    // month's start: from then to the article's date).
    re: new RegExp(
      `\\bsince\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:the\\s+month|this\\s+month|(${MONTH_RE}))\\b`,
      'gi',
    ),
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const n = m[1] ? monthNumber(m[1]) : Number(o.to.slice(5, 7));
      const month = `${o.to.slice(0, 4)}-${String(n).padStart(2, '0')}`;
      if (month > monthOf(o.to)) return null;
      // "since the start of July" in September: from the close before July to the article's date.
      if (month < monthOf(o.to))
        return { window: { kind: 'dates', from: fromDay(toDay(`${month}-01`) - 1), to: o.to } };
      return { window: { kind: 'month-to-date', month, to: o.to } };
    },
  },
  {
    // "a monthly gain of 11%", "an 11% monthly advance": the article's month (to date after "on track").
    re: /\b(?:a|an|its|their|[\w&]+(?:'s|’s))\s+(?:[\d.,]+\s*(?:%|per\s?cent|percent|pc)\s+|(?:single|double)[- ]digit\s+)?monthly\s+(?:gain|loss|rise|fall|advance|decline|return|performance|drop)\b/gi,
    make: (m, o) => {
      const ref = o.to ?? o.event;
      if (!ref) return { needsEvent: m[0] };
      if (!isProvisional(m.input ?? '')) return { window: { kind: 'month', month: monthOf(ref) } };
      return { window: { kind: 'month-to-date', month: monthOf(ref), ...(o.to ? { to: o.to } : {}) } };
    },
  },
  {
    re: /\blast\s+month\b/gi,
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const d = toDay(`${monthOf(o.to)}-01`) - 1;
      return { window: { kind: 'month', month: monthOf(fromDay(d)) } };
    },
  },
  {
    re: new RegExp(
      // "in November", "over the whole of November", "ended November 10.8% higher" (no date: "November 10" is
      // one only when no decimal or per cent follows): the month; "November was the Russell 2000's best month",
      // "November 2020 will go down as …": a month the sentence is about, and a label's ("November: Russell 2000
      // +10.8%"); "Small caps' November rally was …", "IWM's $8.1bn November haul", "November's decile spread",
      // "after a December in which the index slumped 8.4%": the month too.
      `\\b(?:in|during|for|over|across|throughout|ended|finished|closed(?:\\s+out)?|rounded\\s+out|wrapped\\s+up)\\s+(?:the\\s+(?:(?:whole|full|entire)\\s+)?month\\s+of\\s+|the\\s+(?:whole|full|entire)\\s+of\\s+|all\\s+of\\s+)?(${MONTH_RE})(?:\\s+(\\d{4}))?\\b(?!\\.?\\s+\\d{1,2}\\b(?!\\.\\d|\\s?%))|^\\s*(${MONTH_RE})(?:\\s+(\\d{4}))?(?=\\s+(?:was|is|has\\s+been|proved|marked|brought|saw|delivered|ended|(?:will\\s+)?go(?:es)?\\s+down|went\\s+down|will\\s+be\\s+remembered)\\b|\\s*:\\s)|(?<=\\b(?:the|a|its|their|[\\w&]+['’]s?)\\s+(?:[$£€]?\\d[\\d.,]*\\s*(?:bn|billion|mn|million|%|per\\s?cent)?\\s+)?)(${MONTH_RE})(?:\\s+(\\d{4}))?(?=\\s+(?:(?:rally|gain|surge|advance|rout|sell-?off|slump|decline|performance|(?:out|under)performance|lead|rise|fall|drop|jump|bounce|rebound|haul|inflow|outflow|intake|flow|return)s?|in\\s+which|during\\s+which|when|that\\s+saw)\\b)|\\b(${MONTH_RE})['’]s(?=\\s)`,
      'gi',
    ),
    make: (found, o) => {
      // "November's $9.1bn of inflows" (no "Theresa May's": NAME_BEFORE): the last such month up to the article.
      if (found[7] && NAME_BEFORE.test(found.input?.slice(0, found.index) ?? '')) return null;
      const last = found[7] && o.to ? lastMonthBefore(found[7], o.to, 1)?.slice(0, 4) : undefined;
      const m: (string | undefined)[] = found[7]
        ? [found[0], found[7], last === o.to?.slice(0, 4) ? undefined : last]
        : found[1]
          ? found
          : found[3]
            ? [found[0], found[3], found[4]]
            : [found[0], found[5], found[6]];
      // "December was its worst month" in a January story: no month after the article's. "The biggest gap
      // came in 2016, when … in November": that year's.
      // "After Ronald Reagan's 1980 landslide, … in November": that election's year.
      const before = found.input?.slice(0, found.index) ?? '';
      const when = (/\bin\s+((?:19|20)\d\d),\s+when\b/i.exec(before) ?? EVENT_YEAR.exec(before))?.[1];
      const month = namedMonth(m[1] ?? '', m[2] ?? when, o);
      if (!month) return null;
      // Written before the month ended ("up 10.8 pct for November" on Nov. 25): the month to date.
      if (!m[2] && o.to && monthOf(o.to) === month && toDay(o.to) < monthEnd(toDay(o.to)))
        return { window: { kind: 'month-to-date', month, to: o.to } };
      return { window: { kind: 'month', month } };
    },
  },
  ...YEAR_RULES,
  {
    // "climbed 30.77 points, or 2.5 percent, to 1,282.38": a market wrap's move of the day (the session
    // ending --to), used only when the sentence names no other window.
    re: /\b\d[\d,]*(?:\.\d+)?\s+points?,?\s+or\s+/gi,
    make: (_m, o) =>
      o.to ? { window: { kind: 'dates', from: previousSession(o.to), to: o.to }, fallback: true } : null,
  },
  DAY_RULE, // "on Nov. 9", "Best day was Wed 11/6:" (./window-day.ts)
];
