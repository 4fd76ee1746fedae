/**
 * Calendar periods for flows: a period is named by its last calendar day.
 *
 * Conventions (stated in every flows output):
 * - **week**: 7 calendar days ending on `weekEnd` (Friday by default, so a flow dated Sat–Fri belongs to the
 *   week ending that Friday; Wednesday gives ICI's weeks). Weekend-dated flows go to the following week end.
 * - **month / quarter / year**: calendar months, quarters (Mar, Jun, Sep, Dec) and years.
 */
import { monthEnd, weekday, ymd } from './dates.ts';

/** The periods flows are summed over. */
export type Period = 'week' | 'month' | 'quarter' | 'year';

export const PERIODS: readonly Period[] = ['week', 'month', 'quarter', 'year'];

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Validates a period name, naming the bad value.
 * @example checkPeriod('week') // 'week'
 */
export function checkPeriod(period: string): Period {
  if (!PERIODS.includes(period as Period)) {
    throw new Error(`invalid period: ${JSON.stringify(period)}; expected one of ${PERIODS.join(', ')}`);
  }
  return period as Period;
}

/**
 * A week's last day as a weekday number (0 = Sunday … 6 = Saturday) from a number or a name ('fri', 'Wednesday').
 * @example parseWeekEnd('wed') // 3
 */
export function parseWeekEnd(value: string | number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6) return value;
  const s = String(value).toLowerCase();
  const i = WEEKDAY_NAMES.findIndex((name) => s.length >= 3 && name.startsWith(s));
  if (i >= 0) return i;
  throw new Error(`invalid week end: ${JSON.stringify(value)}; expected a weekday such as "fri" or "wed"`);
}

/**
 * The last day (day number) of the period containing `day`.
 * @example periodEnd(toDay('2016-11-08'), 'week', 5) // toDay('2016-11-11'), a Friday
 */
export function periodEnd(day: number, period: Period, weekEnd = 5): number {
  switch (period) {
    case 'week':
      return day + ((weekEnd - weekday(day) + 7) % 7);
    case 'month':
      return monthEnd(day);
    case 'quarter': {
      const { year, month } = ymd(day);
      return Math.round(Date.UTC(year, Math.ceil(month / 3) * 3, 0) / 86_400_000);
    }
    default: {
      const { year } = ymd(day);
      return Math.round(Date.UTC(year, 12, 0) / 86_400_000);
    }
  }
}

/**
 * The first day (day number) of the period ending on `end`.
 * @example periodStart(toDay('2016-11-11'), 'week') // toDay('2016-11-05'), a Saturday
 */
export function periodStart(end: number, period: Period): number {
  if (period === 'week') return end - 6;
  const { year, month } = ymd(end);
  const months = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  return Math.round(Date.UTC(year, month - months, 1) / 86_400_000);
}

/**
 * The period end of every day in `days`, into an array allocated once.
 * @example periodEnds(Int32Array.of(toDay('2016-11-08')), 'month') // Int32Array [toDay('2016-11-30')]
 */
export function periodEnds(days: Int32Array, period: Period, weekEnd = 5): Int32Array {
  checkPeriod(period);
  const out = new Int32Array(days.length);
  for (let i = 0; i < days.length; i++) out[i] = periodEnd(days[i], period, weekEnd);
  return out;
}
