/**
 * A record among one month of the year: "the widest for any November since 1980", "the best November on
 * record", "its strongest of any November": the ranked periods are months, only that month of each year.
 */

import { electionDay } from '../../events/event-sets.ts';
import type { RecordPhrase } from '../claim-read.ts';
import { MONTH_RE, monthNumber, namedMonth } from './dates.ts';
import { usVoteArticle } from './event-days.ts';
import type { RecordHit } from './records.ts';

const NAME = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const OF_ANY = new RegExp(
  `\\b(?:for|of)\\s+(?:any|a|every)\\s+${NAME}\\b|\\b(?:best|worst|strongest|weakest|biggest|widest)\\s+${NAME}\\b`,
  'i',
);

/**
 * The hit with its month of the year when its words name one ("for any November"), else unchanged.
 * @example forAnyMonth(hit).record // { …, period: 'month', ofMonth: 11 }
 */
export function forAnyMonth(h: RecordHit): RecordHit {
  const m = OF_ANY.exec(h.record.words);
  if (!m) return h;
  const ofMonth = monthNumber(m[1] ?? m[2]);
  return { ...h, record: { ...h.record, period: 'month', ofMonth } };
}

const BEST_WAS = new RegExp(
  `\\b(?:its|their)\\s+(best|worst|strongest|weakest)(?:\\s+month(?:\\s+of\\s+the\\s+year)?|(?<=\\b(?:best|worst|strongest|weakest)\\s+month\\b.{0,80}\\b(?:its|their)\\s+\\w+))(?=\\s+(?:was|came\\s+in)\\s+(${MONTH_RE})(?:\\s+((?:19|20)\\d\\d))?\\b)`,
  'gi',
);

/**
 * "Its best month was November, when it rallied 10.8%": first among the months of that month's year (the
 * month named with no year: the event's year, else the last such month up to the article); so is "…; its best
 * was November" after "Its worst month was April" (the noun left out).
 * @example bestMonthWas('Its best month was November, when it rallied 10.8%', '2025-01-03')[0].record // { kind: 'rank', rank: 1, period: 'month', from: '2024-01-01', … }
 */
export function bestMonthWas(text: string, refDate?: string, event?: string): RecordHit[] {
  const out: RecordHit[] = [];
  for (const m of text.matchAll(BEST_WAS)) {
    const month = namedMonth(m[2], m[3], { event, to: refDate });
    if (!month) continue;
    // "Its best month was November" (no comma after it): the words shown with the verdict.
    const was = /^\s+\S+(?:\s+in)?\s+[\w.]+/.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    const words = `${m[0]}${was}`.replace(/[.,;:]$/, '');
    out.push({
      // The words before the month only: the month itself is the claim's window (./window-months.ts).
      start: m.index,
      end: m.index + m[0].length,
      record: {
        kind: 'rank',
        rank: 1,
        period: 'month',
        from: `${month.slice(0, 4)}-01-01`,
        direction: /worst|weakest/i.test(m[1]) ? 'loss' : 'gain',
        words,
      },
    });
  }
  return out;
}

/**
 * The day of a yearless month a "since" record names: "since Nov. 9" (the text after the words: 9), or the
 * first day of its part ("since early November": 1, "mid-March": 11, "late March": 21), so that on Nov. 29
 * "since early November" is this November; undefined for a bare month.
 * @example sinceDay('', 'best day since late March') // 21
 */
export function sinceDay(after: string, words: string): number | undefined {
  const day = /^\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/.exec(after);
  if (day) return Number(day[1]);
  const part = /\b(early|mid|late)[- ]?[a-z]+\.?$/i.exec(words)?.[1].toLowerCase();
  return part === 'early' ? 1 : part === 'mid' ? 11 : part === 'late' ? 21 : undefined;
}

/**
 * The day a "since" record names ("its worst day since Oct. 31", "the biggest one-day gain since Nov 9, 2020"),
 * with its month: a day's record then holds only if that very day was the last better one (../record-judge.ts);
 * none for a bare month or a part of one ("since early November").
 * @example sinceExactDay('. 31.', 'worst day since Oct', 'Oct', '2024-10', undefined) // { sinceMonth: '2024-10', sinceDay: 31 }
 */
export function sinceExactDay(
  after: string,
  words: string,
  month: string | undefined,
  yearless: string | undefined,
  year: string | undefined,
): Pick<RecordPhrase, 'sinceMonth' | 'sinceDay'> {
  const day =
    (yearless ? /^\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/.exec(after) : null) ??
    (year ? /\s(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b/.exec(words) : null);
  if (!day || !month) return {};
  const ym = yearless ?? `${year}-${String(monthNumber(month)).padStart(2, '0')}`;
  return { sinceMonth: ym, sinceDay: Number(day[1]) };
}

const SINCE_VOTE =
  /\bsince\s+the\s+(?:(?:week|month|day)\s+of\s+the\s+)?((?:19|20)\d\d)\s+(?:(?:us|u\.s\.|presidential)\s+)?(election|vote|midterms?)\b/i;

/**
 * The US election a "since" record names ("its best week since the 2020 election", "since the week of the 2016
 * vote"): a week's or a month's record holds only if the period holding election day was the last better
 * one (../record-judge.ts); a day's, if the last better day was in that month (the day after the vote often
 * moved most). "the 2016 vote" in an article on another country's vote is not this.
 * @example sinceElection('best week since the 2020 election', 'week', '2024-11-05') // { sinceMonth: '2020-11', sinceDay: 3 }
 */
export function sinceElection(
  words: string,
  period: string | undefined,
  event: string | undefined,
): Pick<RecordPhrase, 'sinceMonth' | 'sinceDay'> {
  const m = SINCE_VOTE.exec(words);
  if (!m || (/vote/i.test(m[2]) && !usVoteArticle(event))) return {};
  const day = electionDay(Number(m[1]));
  return period === 'day'
    ? { sinceMonth: day.slice(0, 7) }
    : { sinceMonth: day.slice(0, 7), sinceDay: Number(day.slice(8)) };
}
