/**
 * The day an event phrase of a window names ("since the election", "after the July 31 cut", "Barack Obama's
 * 2008 victory", "Four years ago, … Donald Trump's surprise win"), when it is not the article's own event, or
 * the date it writes: ./windows.ts reads it for every window rule.
 */
import { fromDay, toDay, weekday } from '../../calendar/dates.ts';
import { eventSet } from '../../events/event-sets.ts';
import type { ReadOptions } from '../claim-read.ts';
import { averageOver, eachElection } from './average-words.ts';
import { DATE_RE, isWeekdayName, resolveDate } from './dates.ts';
import { DECISION_NOUN } from './decision-day.ts';
import { datedRef, nthWin, soleWin, usVoteArticle, yearWin } from './event-days.ts';
import { otherKindEvent } from './event-infer.ts';
import { HEDGE } from './hedges.ts';
import { HOLIDAY_RE } from './holidays.ts';
import { NUMBER_WORDS } from './number-words.ts';

/** A holiday's name alone ("since Thanksgiving"): a date from the article's date. */
const HOLIDAY = new RegExp(`^${HOLIDAY_RE}$`, 'i');

/**
 * The day event phrase `p` of sentence `text` names, or null (the article's event): another election, an
 * nth win, a year's win, N years ago or later, another kind of event, a written date (its year the one the
 * sentence opens with, if any: ./event-days.ts `datedRef`), or the last of the elections an average is over.
 * @example eventDay('the July 31 cut', 'In 2019, … after the July 31 cut', { event: '2024-09-18' }) // '2019-07-31'
 */
export function eventDay(p: string, text: string, o: ReadOptions): string | null {
  const dref = datedRef(text, o); // "In 2019, … after the July 31 cut": 2019's
  // "since the election" in a story about a Fed decision: that election, not the article's event.
  const other =
    // "Over the full month after that vote": the event the sentences before spoke of.
    (/^th(?:at|ose)\s/i.test(p) ? o.spokenEvent : undefined) ??
    (DECISION_NOUN.test(p.trim()) ? o.decision : undefined) ?? // "after the decision" beside an election
    otherElection(p, o.event) ??
    nthWin(p) ??
    yearWin(p, text, o.event) ?? // "In 2008, … after Barack Obama's victory"
    agoElection(p, text, o.event, o.to) ??
    soleWin(p, o.event) ?? // "After Biden's election, … over the following month": 2020's
    laterElection(p, text, o.spokenEvent) ?? // "Four years later, … after his re-election"
    // "the vote" in an article with no event of its own: the election it last named (./named-election.ts).
    (!o.event && /^(?:the\s+(?:election|vote)|election\s+(?:day|night))$/i.test(p.trim())
      ? o.spokenEvent
      : undefined) ??
    otherKindEvent(p, o.event, o.to, text);
  if (other) return other;
  // "the Nov. 3 election", "the 23 June referendum": the date the phrase gives its event.
  const dated = /\d/.test(p) ? new RegExp(DATE_RE, 'i').exec(p)?.[0] : undefined;
  const d =
    resolveDate(p, {}) ??
    // "since the polls closed on Tuesday evening": a weekday, the last on or before the article's date.
    (/\d/.test(p) ? resolveDate(p, dref) : isWeekdayName(p) || HOLIDAY.test(p) ? resolveDate(p, o) : null) ??
    (dated && /\d/.test(dated) ? resolveDate(dated, dref) : null);
  if (d) return d;
  // "in the 10 trading days after presidential elections since 1928" (an average; "after each …"): the same window
  // after each; the last such election by the article's date gives its shape (../event-average.ts).
  const avg = !o.event && o.to ? (averageOver(text, o.eachEvents) ?? eachElection(text)) : undefined;
  const last = avg && eventSet(avg.events).findLast((e) => e.date <= (o.to ?? ''));
  return last ? last.date : null;
}

/**
 * "the 2020 election" in an article about another event: that US election day (the Tuesday after the first
 * Monday of November; midterms likewise), else null (the event is --event's).
 * @example otherElection('the 2020 election', '2024-11-05') // '2020-11-03'
 */
export function otherElection(phrase: string, event?: string): string | null {
  // "the 1992 and 1996 elections": the last one named (an average moves the window to each, ../event-average.ts).
  const y = [...phrase.matchAll(/\b((?:19|20)\d\d)\b/g)].pop();
  // ("the 2016 vote" too, in an article about a US election or none: a referendum's article keeps its own.)
  const vote = /\bvote\b/i.test(phrase) && usVoteArticle(event);
  if (!y || !(vote || /election|midterm/i.test(phrase)) || event?.startsWith(y[1])) return null;
  let d = toDay(`${y[1]}-11-02`);
  while (weekday(d) !== 2) d++;
  return fromDay(d);
}

const YEARS_AGO = new RegExp(String.raw`^\s*${HEDGE}(\w+)\s+years\s+(?:ago|earlier|before)\b`, 'i');
const YEARS_LATER = new RegExp(String.raw`^\s*${HEDGE}(\w+)\s+years\s+later\b`, 'i');
/**
 * "Four years ago, the Russell 2000 jumped 12.7% in the two weeks after Donald Trump's surprise win": an
 * election phrase in a sentence that opens N years back is the election N years before the article's.
 * @example agoElection("Trump's surprise win", 'Four years ago, …', '2020-11-03') // '2016-11-08'
 */
export function agoElection(phrase: string, text: string, event?: string, to?: string): string | null {
  const ago = YEARS_AGO.exec(text);
  const n = ago && (NUMBER_WORDS[ago[1].toLowerCase()] ?? Number(ago[1]));
  const ref = event ?? to;
  if (!n || !ref || !/election|vote|win|victory|midterm|polls/i.test(phrase)) return null;
  return otherElection(`${Number(ref.slice(0, 4)) - n} election`, event);
}

/**
 * "After Obama's 2008 victory, … Four years later, small caps dropped 3.4% in the week after his re-election": an
 * election phrase in a sentence that opens N years on is the election N years after the one last spoken of.
 */
export function laterElection(phrase: string, text: string, spoken?: string): string | null {
  const later = YEARS_LATER.exec(text);
  const n = later && (NUMBER_WORDS[later[1].toLowerCase()] ?? Number(later[1]));
  if (!n || !spoken || !/election|vote|win|victory|midterm|polls/i.test(phrase)) return null;
  return otherElection(`${Number(spoken.slice(0, 4)) + n} election`);
}
