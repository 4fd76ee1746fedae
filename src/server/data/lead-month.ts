/**
 * The lead's month: its sentence, written by the findings' code from a spread finding (so the claim checker
 * reads the page's words back), and its two ranks in words.
 */

import { fromDay } from '../../calendar/dates.ts';
import { spreadFinding } from '../../findings/build.ts';
import type { DataRef } from '../../findings/data-ref.ts';
import type { Finding } from '../../findings/finding.ts';
import { type FindingJson, findingJson } from '../../findings/finding-json.ts';
import { articleDate, count, ordinal } from '../../findings/format.ts';
import { sentenceFor } from '../../findings/sentences.ts';
import type { SnapshotInputs } from '../../queries/snapshot-inputs.ts';
import type { SeriesShown } from './lead-legs.ts';
import { type MonthStanding, monthStanding, monthToDate } from './month-standing.ts';

/** The lead's month: its standing with the sentence and ranks in words, or why there is none. */
export type LeadMonth =
  | (MonthStanding & { text: string; rankText: string; finding: Finding; source: string })
  | { error: string };

/** The month as the answer writes it: its finding in the JSON vocabulary (src/findings/finding-json.ts). */
export type LeadMonthJson =
  | (MonthStanding & { text: string; rankText: string; finding: FindingJson; source: string })
  | { error: string };

/** The month with its finding at the JSON edge. */
export function leadMonthJson(m: LeadMonth): LeadMonthJson {
  return 'finding' in m ? { ...m, finding: findingJson(m.finding) } : m;
}

/** 'joint ' before a rank other months share (competition rank: src/records/rank.ts). */
const joint = (r: { ties: number }) => (r.ties > 0 ? 'joint ' : '');

/**
 * The month's sentence, written by the findings' code from a spread finding (so the claim checker reads the
 * page's words back), and its two ranks. The record is "since" the most recent month at least as extreme in
 * the month's direction; a month to date (`through`) is provisional: "on track for …".
 */
export function monthText(
  m: MonthStanding,
  data: DataRef[],
  toDate?: { through: string; sessions: number },
): { text: string; rankText: string; finding: Finding } {
  const month = articleDate(m.month);
  const finding = spreadFinding({
    small: 'Lo 10',
    large: 'Hi 10',
    smallValue: m.small,
    largeValue: m.large,
    ...(toDate
      ? {
          window: {
            from: `${m.month}-01`,
            to: toDate.through,
            label: `in ${month} to date (${toDate.sessions} sessions through ${articleDate(toDate.through)})`,
          },
        }
      : { month: m.month }),
    weighting: 'value',
    data,
    record: {
      rank: m.atTheTime.rank,
      of: m.atTheTime.of,
      among: 'months',
      historyStart: m.historyStart,
      since: m.since ? { period: m.since.month, value: m.since.spread } : null,
      provisional: toDate ? true : undefined,
    },
  });
  const dir = m.favours === 'small' ? 'gaps in favour of small caps' : 'shortfalls of small caps';
  return {
    text: sentenceFor(finding),
    finding,
    rankText:
      `Among ${dir}: ${joint(m.atTheTime)}${ordinal(m.atTheTime.rank)} of ${count(m.atTheTime.of)} months as it stood at the time ` +
      `(${articleDate(m.historyStart)} to ${month}); ${joint(m.wholeHistory)}${ordinal(m.wholeHistory.rank)} of ${count(m.wholeHistory.of)} ` +
      `in the whole history to ${articleDate(m.historyEnd)}.`,
  };
}

/**
 * The event month's standing from French's monthly file, or, when the month is not in it yet, the month to
 * date from the daily file (provisional); and the monthly spread as a series shown.
 */
export function leadMonth(inputs: SnapshotInputs, event: string): { month: LeadMonth; monthly: SeriesShown } {
  let month: LeadMonth;
  const mv = inputs.monthlyVW;
  const key = event.slice(0, 7);
  const pair = { days: mv.days, small: mv.returns['Lo 10'], large: mv.returns['Hi 10'] };
  try {
    const m = monthStanding(pair, key);
    month = {
      ...m,
      ...monthText(m, [{ name: mv.dataset, vintage: mv.vintage, frequency: 'monthly', weighting: 'value' }]),
      source: `${mv.dataset}, monthly, value-weighted, ${mv.vintage}`,
    };
  } catch (err) {
    // Not in the monthly file yet: the month to date from the daily file, provisional.
    const d = inputs.dailyVW;
    try {
      const m = monthToDate(
        { days: d.days, small: d.returns['Lo 10'], large: d.returns['Hi 10'] },
        pair,
        key,
      );
      month = {
        ...m,
        ...monthText(
          m,
          [
            { name: d.dataset, vintage: d.vintage, frequency: 'daily', weighting: 'value' },
            { name: mv.dataset, vintage: mv.vintage, frequency: 'monthly', weighting: 'value' },
          ],
          m,
        ),
        source: `${d.dataset}, daily, value-weighted, ${d.vintage}, compounded over the month to date; months before it: ${mv.dataset}, monthly, ${mv.vintage}`,
      };
    } catch {
      month = { error: (err as Error).message };
    }
  }
  const monthly: SeriesShown = {
    id: 'Lo 10 − Hi 10 (monthly)',
    name: 'Month spread: smallest minus largest 10% (NYSE breakpoints)',
    detail: `French "Lo 10" − "Hi 10", monthly value-weighted returns, ${mv.dataset}`,
    dataset: mv.dataset,
    vintage: mv.vintage,
    through: fromDay(mv.days[mv.days.length - 1]).slice(0, 7),
  };
  return { month, monthly };
}
