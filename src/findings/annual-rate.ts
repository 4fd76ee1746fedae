/**
 * A return as an annual rate ("small caps have returned an annualized 7.5% over the past decade"): the
 * window's compound return R over d calendar days, from the base close's date to the end close's date, is
 * (1 + R)^(365.25 / d) − 1 (the CAGR convention; a window under a year is annualized the same way). Or, for
 * "has averaged 2% a year since 1927", the mean of the calendar years' returns (`rate: 'annual-mean'`): each
 * full year in the window from the last close of the year before to its own last close, a simple average.
 */
import { fromDay, isIsoDate, monthEnd, toDay } from '../calendar/dates.ts';
import type { Claim, ClaimWindow } from './claim.ts';
import type { Leg } from './evaluate-legs.ts';
import type { CannotCheck } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

const DAY_MS = 864e5;

/**
 * The leg's return as an annual rate, saying so in its description and notes.
 * @example annualRate({ value: 1.0, from: '2014-07-16', to: '2024-07-16', … }).value // 0.0718 (doubling in ten years)
 */
export function annualRate(l: Leg): Leg {
  const days = (Date.parse(`${l.to}T00:00:00Z`) - Date.parse(`${l.from}T00:00:00Z`)) / DAY_MS;
  if (!(days > 0) || !(l.value > -1)) return l;
  const value = (1 + l.value) ** (365.25 / days) - 1;
  const note = `an annual rate: (1 + ${(l.value * 100).toFixed(2)}%)^(365.25 / ${days} days) − 1`;
  return { ...l, value, description: `${l.description} (annual rate)`, notes: [...(l.notes ?? []), note] };
}

/** A period's leg the data cannot give because they start later (./claim-span.ts). */
const STARTS_BEFORE = /^(?:the window starts before the data\b|no data in \d{4}-\d\d \(data )/;

/** A calendar period a mean runs over: its name, and the periods' ends from the window's ends. */
type MeanPeriod = 'year' | 'month';

/** The last day of month `m` (1–12) of year `y`, 'YYYY-MM-DD'. */
const endOf = (y: number, m: number): string =>
  fromDay(monthEnd(toDay(`${y}-${String(m).padStart(2, '0')}-01`)));

/**
 * The whole periods from `from` to `to`, each as [base, end] (the last day of the period before, its own last
 * day): a window that starts in a period's first three days counts it; one that ends before its last three
 * days leaves it out.
 */
function wholePeriods(from: string, to: string, period: MeanPeriod): [string, string][] {
  const out: [string, string][] = [];
  if (!isIsoDate(from) || !isIsoDate(to)) return out;
  let [y, m] = [Number(from.slice(0, 4)), period === 'year' ? 1 : Number(from.slice(5, 7))];
  const early = period === 'year' ? from.slice(5) <= '01-03' : Number(from.slice(8)) <= 3;
  if (!early) [y, m] = period === 'year' ? [y + 1, 1] : m === 12 ? [y + 1, 1] : [y, m + 1];
  for (;;) {
    const end = period === 'year' ? `${y}-12-31` : endOf(y, m);
    const base = period === 'year' ? `${y - 1}-12-31` : endOf(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1);
    // A period whose last three days the window misses is not whole.
    if (end > to && (Date.parse(end) - Date.parse(to)) / DAY_MS > 2) break;
    out.push([base, end]);
    [y, m] = period === 'year' ? [y + 1, 1] : m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

/**
 * The mean of the full calendar years' (months') returns in the claim's window, each from `legOf` (the same
 * engine and conventions over that period). A window that starts in a period's first days counts that
 * period; one that ends before its last three days leaves it out; periods before the data start are left out,
 * said in the notes ("between 1926 and 2019" of French's factors, which start in July 1926).
 * @example await periodMean(claim, (w) => leg(w), 'year') // { value: 0.021, description: 'the mean of 97 calendar years …' }
 */
export async function periodMean(
  claim: Claim,
  legOf: (w: ClaimWindow) => Promise<Leg | CannotCheck>,
  period: MeanPeriod,
): Promise<Leg | CannotCheck> {
  const w = claim.window;
  const from = w.kind === 'dates' ? w.from : w.kind === 'since' ? w.event : undefined;
  const to = w.kind === 'dates' || w.kind === 'since' ? w.to : undefined;
  const noun = period === 'year' ? 'yearly' : 'monthly';
  if (!from || !to)
    return {
      cannot: `a mean of ${noun} returns needs a window of dates: give from and to (or since and to)`,
    };
  const spans = wholePeriods(from, to, period);
  if (!spans.length)
    return {
      cannot: `no whole calendar ${period} from ${from} to ${to}: a mean of ${noun} returns needs one; state the window's return or its annual rate (rate: annual)`,
    };
  const legs: Leg[] = [];
  let before = 0; // "between 1926 and 2019" of a series that starts in July 1926: from its first whole period
  for (const [base, end] of spans) {
    // A month as a month: a series published monthly (French's factors) gives its own month's return.
    const l = await legOf(
      period === 'month' ? { kind: 'month', month: end.slice(0, 7) } : { kind: 'dates', from: base, to: end },
    );
    if (isCannot(l) && !legs.length && STARTS_BEFORE.test(l.cannot)) before++;
    else if (isCannot(l))
      return {
        cannot: `${end.slice(0, period === 'year' ? 4 : 7)}: ${l.cannot}`,
        ...(l.needs ? { needs: l.needs } : {}),
      };
    else legs.push(l);
  }
  if (!legs.length)
    return {
      cannot: `no whole calendar ${period} of data from ${from} to ${to}: the data start after it; name a window the data cover`,
    };
  const value = legs.reduce((s, l) => s + l.value, 0) / legs.length;
  const label = (l: Leg) => (period === 'year' ? l.to.slice(0, 4) : l.to.slice(0, 7));
  const pct = (l: Leg) => `${label(l)} ${(l.value * 100).toFixed(2)}%`;
  const some =
    legs.length <= 6 ? legs.map(pct) : [...legs.slice(0, 3).map(pct), '…', ...legs.slice(-3).map(pct)];
  return {
    ...legs[legs.length - 1],
    value,
    from: legs[0].from,
    description: `the mean of ${legs.length} calendar ${period}s' returns, ${label(legs[0])} to ${label(legs[legs.length - 1])} (${legs[0].description.replace(/ compounded after .*$/, '')})`,
    notes: [
      `a mean of ${noun} returns: ${some.join(', ')} (the compound ${period === 'year' ? 'annual' : 'monthly'} rate is another convention)`,
      ...(before
        ? [`the data start after ${from}: the window's first ${before} ${period}(s) are left out`]
        : []),
    ],
  };
}
