/**
 * Time since the last record close: "The Russell 2000 has gone more than 750 trading days without a record close",
 * "three years without a new high" (RecordPhrase.drought, ./article/record-drought.ts). The record close is the
 * last close, on or before the claimed day, above every earlier close (below, for a record low) in the data;
 * the time since it runs to the claimed day's close (the article's last session; with `ended`, the claimed close
 * must be a record and the time runs from the record before it), counted in sessions (the
 * closes after the record's), calendar days, weeks (days / 7), months (calendar months, the part month by its
 * days) or years (days / 365.2425). The stated span must hold under the words' comparator: "more than 750" is
 * above 750, a bare "three years" is three whole years and not yet four. Closes as ./record-level.ts reads them.
 */
import { fromDay } from '../calendar/dates.ts';
import { describeRecord } from '../records/record.ts';
import type { RecordPhrase } from './claim-read.ts';
import { levelText } from './claimed-close.ts';
import type { DroughtUnit } from './record-judge.ts';
import { claimedDay } from './record-level.ts';
import type { CloseRecord } from './record-times-count.ts';
import { ruleOf, statedMatches } from './verdict-rules.ts';

const PLURAL: Record<NonNullable<RecordPhrase['drought']>['unit'], DroughtUnit> = {
  session: 'sessions',
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
};

/** Calendar months from `a` to `b` (ISO dates), the part month by its days: 2021-11-08 → 2024-12-06 ≈ 36.9. */
function monthsBetween(a: string, b: string): number {
  const whole =
    (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
  return whole + (Number(b.slice(8, 10)) - Number(a.slice(8, 10))) / 30.4375;
}

/**
 * The time since the last record close through the claimed day, against `r.drought`.
 * @example recordDrought(claim, { drought: { count: 750, unit: 'session', … }, … }, bars, bars.close, n, c, cut).value // 774
 */
export const recordDrought: CloseRecord = (claim, r, bars, close, n, c, cut) => {
  const d = r.drought;
  if (!d) return { cannot: `"${r.words}": no span to check` };
  const high = r.direction !== 'loss';
  const day = Math.min(claimedDay(claim.window, c, cut), cut);
  let best = Number.NaN;
  let rec = -1;
  let end = -1;
  let sessions = 0; // closes after the last record close
  let before = -1; // with `ended`: the record close before the last one, and the closes between them
  let between = 0;
  for (let i = 0; i < n && bars.days[i] <= day; i++) {
    const v = close[i];
    if (Number.isNaN(v)) continue;
    end = i;
    if (Number.isNaN(best) || (high ? v > best : v < best)) {
      [before, between] = [rec, sessions + 1];
      [best, rec, sessions] = [v, i, 0];
    } else sessions++;
  }
  if (end < 0 || rec < 0) return { cannot: `no close of ${claim.subjects[0]} on or before ${fromDay(day)}` };
  // "its first record close in almost four years": the claimed close must be a record; the time is the one
  // from the record before it.
  const noRecord = d.ended && rec !== end;
  if (d.ended && !noRecord) {
    if (before < 0) return { cannot: `the close of ${fromDay(bars.days[end])} is the first in the data` };
    [rec, sessions] = [before, between];
  }
  const [from, to] = [fromDay(bars.days[rec]), fromDay(bars.days[end])];
  const days = bars.days[end] - bars.days[rec];
  const value = {
    session: sessions,
    day: days,
    week: days / 7,
    month: monthsBetween(from, to),
    year: days / 365.2425,
  }[d.unit];
  const holds =
    !noRecord && statedMatches(value, ruleOf({ stated: d.count, tolerance: 0, comparator: d.comparator }));
  const unit = PLURAL[d.unit];
  const shown = `${+value.toFixed(2)} ${unit}`;
  const which = `record${high ? '' : '-low'} close`;
  const stated = `${d.comparator.words ? `${d.comparator.words} ` : ''}${d.count} ${unit}`;
  const ends = Array.from(bars.days.subarray(0, end + 1), fromDay);
  return {
    value,
    from,
    to,
    description: `${claim.subjects[0]} closes through ${to}: the last ${which}${d.ended ? ' before it' : ''} and the ${unit} since it`,
    provenance: { datasets: [{ name: bars.dataset, vintage: bars.vintage }] },
    record: describeRecord({ ends, values: close.slice(0, end + 1), frequency: 'daily' }, to, {
      direction: high ? 'high' : 'low',
    }),
    holds,
    says: noRecord
      ? `the close of ${to}, ${levelText(close[end])}, was no ${which}: the last was ${levelText(close[rec])} on ${from}`
      : `${d.ended ? `the close of ${to}, ${levelText(close[end])}, was a ${which}; the one before it` : `the last ${which}`} was ${levelText(close[rec])} on ${from}, ${shown} before ${to}${holds ? '' : `, not ${stated}`}`,
    // The record close the line names, in the answer's JSON too (every number a line prints is there).
    ...{ lastPast: { date: from, close: close[rec] } },
    unit,
    noun: unit,
  };
};
