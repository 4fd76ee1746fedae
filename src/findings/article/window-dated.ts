/**
 * Windows after a dated piece of news that is no built-in event: "in the two days after the vaccine news on
 * Monday", "since the jobs report on Friday", "in the three sessions following Pfizer's announcement of Nov.
 * 9". The date the sentence gives is the event's (a weekday: the last one on or before the article's date);
 * the news's timing is the checker's convention search (after the close by default, during the session
 * the alternative). Without a date the phrase is the news an earlier sentence dated ("… driven by vaccine
 * news on Nov. 9. In the three sessions following the Pfizer announcement, …"), else nothing capgap can place.
 * Also an event study's own notation ("over days 0 to 2", "[0, +2]") and "in the first week" after the news.
 */

import { fromDay, toDay, weekday } from '../../calendar/dates.ts';
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions } from '../claim-read.ts';
import { DATE_RE, previousSession, resolveDate, sessionsBack, weekEndOf } from './dates.ts';
import { HOLIDAY_RE, holidayIn } from './holidays.ts';
import { weekSoFar } from './window-periods.ts';
import type { Rule } from './window-rules.ts';
import { count, EV, N } from './window-sessions.ts';
import { EVENT_RE } from './window-since.ts';
import type { WindowHit } from './windows.ts';

/** "the vaccine news", "Pfizer's announcement", "the jobs report", "the CPI data", "SVB's collapse". */
const NEWS = `(?:the\\s+)?(?:[\\w.&'’-]{1,30}\\s+){0,3}?(?:news|announcement|report|data|ruling|verdict|results?|decision|statement|speech|shock|surprise|collapse|failure|bankruptcy|downgrade|release|print|figures)`;
const IS_EVENT = new RegExp(`^${EVENT_RE}$`, 'i');
const DATED = `\\s+(?:on|of)\\s+(${DATE_RE})`;
/** The news after its date: "last Thursday's CPI report", "the July 11 inflation data" (date, then news). */
const DATE_FIRST = `(?:the\\s+)?(?:(?:last|this\\s+past)\\s+)?(${DATE_RE})(?:['’]s)?\\s+(${NEWS})`;
/** "in the three sessions following", "over the first five days after": N sessions after news (group: N). */
const N_AFTER = `(?:in|over|during|across|for)\\s+(?:the\\s+)?(?:first\\s+)?${N}\\s+(?:trading\\s+)?(?:days|sessions)\\s+(?:following|after|since)`;

/** N sessions after the news of `event` (0: since it, to the article's date). */
function afterNews(event: string, n: number, o: ReadOptions): ClaimWindow {
  return n
    ? { kind: 'sessions', event, sessions: n }
    : { kind: 'since', event, ...(o.to ? { to: o.to } : {}) };
}

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
    // "In the week after SVB's collapse on March 10": the week that reacts to the news; undated, the news an
    // earlier sentence dated (`fromNews`). An event's words ("the week after the decision") are the event rules'.
    re: new RegExp(
      `\\b(?:in|during|over)\\s+the\\s+(?:first\\s+)?week\\s+(?:after|following)\\s+(${NEWS})(?:${DATED})?`,
      'gi',
    ),
    make: (m, o) => {
      if (IS_EVENT.test(m[1].trim())) return null;
      const event = m[2] ? resolveDate(m[2], { to: o.to }) : undefined;
      return event ? { window: { kind: 'week', event } } : { news: 0, newsWeek: true };
    },
  },
  {
    // "in the first week" (after the news): the week whose trading reacts to it; not "the first week of June".
    // "the first full week after the election": the first Monday-to-Friday week wholly after the event's day.
    re: new RegExp(
      `\\b(?:in|during|over)\\s+the\\s+first\\s+(full\\s+)?week\\b(?!\\s+of\\b)(?:\\s+(?:after|following)\\s+${EV})?`,
      'gi',
    ),
    make: (m, _o, ev) => {
      const event = ev(m[2] ?? 'the event');
      if (!m[1] || !event) return { window: { kind: 'week', event } };
      let d = toDay(event) + 1;
      while (weekday(d) !== 1) d++;
      return { window: { kind: 'week', weekEnd: weekEndOf(fromDay(d)) } };
    },
  },
  {
    // "in election week", "during the post-election week", "over referendum week": the event's own week;
    // "in Thanksgiving week", "over Christmas week": the week holding the holiday (the last one by the article).
    re: new RegExp(
      `\\b(?:in|during|over)\\s+(?:the\\s+)?(?:(?:post-)?(election|vote|referendum|decision|fed)|(${HOLIDAY_RE}))\\s+week\\b`,
      'gi',
    ),
    make: (m, o, ev) => {
      if (m[1]) return { window: { kind: 'week', event: ev(`the ${m[1]}`) } };
      // (the article's own week while it runs: "in Thanksgiving week" on the Tuesday is the week so far)
      const now = o.to && holidayIn(m[2].trim(), Number(o.to.slice(0, 4)));
      if (now && o.to && weekEndOf(now) === weekEndOf(o.to)) return weekSoFar(o.to);
      const day = resolveDate(m[2].trim(), o);
      return day ? { window: { kind: 'week', weekEnd: weekEndOf(day) } } : null;
    },
  },
  {
    // "in the 48 hours after the result", "in the first 24 hours following the vote": a day's sessions each.
    re: new RegExp(
      `\\b(?:in|during|over|within)\\s+(?:the\\s+)?(?:first\\s+)?(24|48|72|96|120)\\s+hours\\s+(?:after|following|since)\\s+${EV}`,
      'gi',
    ),
    make: (m, _o, ev) => ({ window: { kind: 'sessions', event: ev(m[2]), sessions: Number(m[1]) / 24 } }),
  },
  {
    re: new RegExp(`\\b${N_AFTER}\\s+${NEWS}${DATED}`, 'gi'),
    make: (m, o) => {
      const event = resolveDate(m[2], { to: o.to });
      return event ? { window: afterNews(event, count(m[1]), o) } : null;
    },
  },
  {
    // "in the three sessions after Thursday's CPI report", "since last Thursday's softer-than-expected consumer
    // price report", "since the July 11 inflation data": the date first (before, the news undated).
    re: new RegExp(`\\b(?:${N_AFTER}|since|after)\\s+${DATE_FIRST}`, 'gi'),
    make: (m, o) => {
      const event = IS_EVENT.test(m[3].trim()) ? null : resolveDate(m[2], { to: o.to });
      return event ? { window: afterNews(event, m[1] ? count(m[1]) : 0, o) } : null;
    },
  },
  {
    re: new RegExp(`\\b(?:since|after)\\s+${NEWS}${DATED}`, 'gi'),
    make: (m, o) => {
      const event = resolveDate(m[1], { to: o.to });
      return event ? { window: afterNews(event, 0, o) } : null;
    },
  },
  {
    // "In the three sessions following the Pfizer announcement" with no date: the news an earlier sentence
    // dated ("… driven by vaccine news on Nov. 9"), resolved in ./pick-window.ts by `fromNews`.
    re: new RegExp(
      `\\b(?:${N_AFTER}|since|on\\s+the\\s+(day)\\s+of)\\s+${NEWS}\\b(?!\\s+(?:on|of)\\s)`,
      'gi',
    ),
    // An event's words ("following the decision", "since the Fed's announcement") are the event rules'.
    make: (m) =>
      IS_EVENT.test(m[0].replace(/^.*?(?:following|after|since|day\s+of)\s+/i, ''))
        ? null
        : { news: m[1] ? count(m[1]) : 0, ...(m[2] ? { newsDay: true } : {}) },
  },
];

/**
 * The date of the news a sentence dates ("driven by vaccine news on Nov. 9"), for a later sentence's
 * "following the Pfizer announcement"; undefined when it dates none.
 * @example newsDate('The rally was driven by vaccine news on Nov. 9.', { to: '2020-11-30' }) // '2020-11-09'
 */
export function newsDate(t: string, o: ReadOptions): string | undefined {
  // (words of at most 30 characters: linear on any line; "last Thursday's CPI report" too, unless an event's)
  const m = new RegExp(`\\b${NEWS}${DATED}|\\b${DATE_FIRST}`, 'i').exec(t);
  if (m?.[3] && IS_EVENT.test(m[3].trim())) return undefined;
  return (m && resolveDate(m[1] ?? m[2], { to: o.to })) || undefined;
}

/**
 * A hit of the undated news rule with its window: N sessions after (or since) the news dated earlier;
 * with none, as "in the N sessions" alone (after the event, else the last N to the article's date), and
 * "since the news" since the article's event.
 */
export function fromNews(h: WindowHit, news: string | undefined, o: ReadOptions): WindowHit {
  if (h.news === undefined || h.window) return h;
  // "In the week after the bank's collapse": the week after the news dated earlier, else the article's event's.
  if (h.newsWeek) return news || o.event ? { ...h, window: { kind: 'week', event: news ?? o.event } } : h;
  // "On the day of the CPI release itself": that day's session, close to close.
  const day = news ?? o.event;
  if (h.newsDay) return day ? { ...h, window: { kind: 'dates', from: previousSession(day), to: day } } : h;
  const n = h.news;
  // ("since the Pfizer news", "since Pfizer announced its results" undated: the article's event is its news.)
  if (news || o.event) return { ...h, window: afterNews((news ?? o.event) as string, n, o) };
  if (!n) return h;
  return o.to ? { ...h, window: { kind: 'dates', from: sessionsBack(o.to, n), to: o.to } } : h;
}
