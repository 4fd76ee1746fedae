/**
 * A claim over elections in words: an average ("average spread of Lo 10 vs Hi 10 over the same window after
 * each of the US presidential elections since 1992 (the last: since 2020-11-03 through 2020-12-03)") or a
 * tally ("tally of ^RUT vs ^GSPC in the month after each of the last 8 US presidential elections"); a tally of
 * periods ("tally of ^RUT over the last 12 sessions through 2024-12-18").
 */
import type { Claim } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';

/**
 * A built-in set's events in words.
 * @example setNoun('fomc-first-cuts') // 'first rate cuts of Fed easing cycles'
 */
export function setNoun(events: string | undefined): string {
  if (events === 'fomc-first-cuts') return 'first rate cuts of Fed easing cycles';
  if (events === 'fomc-cuts') return 'Fed rate cuts';
  if (events === 'fomc-hikes') return 'Fed rate hikes';
  return events === 'midterms' ? 'US midterm elections' : 'US presidential elections';
}

/** "the last 8 US presidential elections", "the US midterm elections since 1990", "the 1992 and 1996 US presidential elections". */
function setWords(x: { events?: string; of?: number; sinceYear?: number; years?: number[] }): string {
  if (x.years?.length)
    return `the ${x.years.slice(0, -1).join(', ')}${x.years.length > 1 ? ' and ' : ''}${x.years.at(-1)} ${setNoun(x.events)}`;
  return `${x.of && !x.sinceYear ? `the last ${x.of}` : 'the'} ${setNoun(x.events)}${x.sinceYear ? ` since ${x.sinceYear}` : ''}`;
}

const PERIODS: Record<string, string> = {
  day: 'sessions',
  week: 'weeks',
  month: 'months',
  quarter: 'quarters',
  year: 'years',
};

/**
 * The claim in words when it is an average or a tally over elections, or a tally of periods, else undefined.
 * @example eventClaimWords(claim, 'Lo 10 vs Hi 10', 'since 2020-11-03 through 2020-12-03') // 'average spread of Lo 10 vs Hi 10 over the same window after each of …'
 */
export function eventClaimWords(claim: Claim, subj: string, when: string): string | undefined {
  const avg = (claim as Partial<ReadClaim>).average;
  // "On average, … in the month after the vote": the same window after each election, the last one's named.
  if (avg)
    return `${avg.stat ?? 'average'} ${claim.metric} of ${subj} over the same window after each of ${setWords(avg)} (the last: ${when})`;
  const record = (claim as Partial<ReadClaim>).record;
  const tally = record?.tally;
  // "in 11 of the past 12 sessions": the stretch counted, not the last period's dates.
  if (tally && !tally.events && tally.of && !record.ofMonth && claim.metric === 'record') {
    const w = claim.window;
    const to =
      w.kind === 'dates' ? w.to : w.kind === 'week' ? w.weekEnd : w.kind === 'month' ? w.month : undefined;
    // A window after an event already says its stretch ("over 16 sessions after 2016-11-08").
    if (to)
      return `tally of ${subj} over the last ${tally.of} ${PERIODS[record.period ?? 'day'] ?? 'periods'} through ${to}`;
  }
  // "has gone 750 trading days without a record close" (../record-drought.ts): as of the window's end.
  if (record?.drought && claim.metric === 'record')
    return record.drought.ended
      ? `time between the record ${record.direction === 'loss' ? 'low ' : ''}close of ${subj} on ${('to' in claim.window && claim.window.to) || when} and the one before it`
      : `time since the last record ${record.direction === 'loss' ? 'low ' : ''}close of ${subj}, as of ${('to' in claim.window && claim.window.to) || when}`;
  // "rose more than 2% five times in December": a count over the window's periods (no stretch of its own).
  if (tally?.beyond && !tally.events && !tally.of && claim.metric === 'record')
    return `tally of ${subj} ${when}`;
  if (!tally?.events) return undefined;
  const a = tally.after;
  // A Fed decision's day is its own session (news during it): "on the day of each of the Fed rate cuts".
  const fedDay = tally.events.startsWith('fomc-') && a?.unit === 'day' && a.n === 1;
  const after = fedDay
    ? 'on the day of'
    : a
      ? `in the ${a.n === 1 ? a.unit : `${a.n} ${a.unit}s`} after`
      : 'after';
  const to = claim.window.kind === 'dates' ? ` to ${claim.window.to}` : '';
  return `tally of ${subj} ${after} each of ${setWords(tally)}${to}`;
}
