/**
 * Calendar dates as integer day numbers (days since 1970-01-01, UTC), the form kernels use, and as ISO
 * strings ('YYYY-MM-DD'), the form people and the store use. No time zones: a date is a trading date.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of an ISO date; throws on anything that is not a real calendar date.
 * @example toDay('1970-01-02') // 1
 */
export function toDay(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`invalid date: ${JSON.stringify(iso)}; expected YYYY-MM-DD`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new Error(`invalid date: ${JSON.stringify(iso)}; no such calendar day`);
  }
  return Math.round(t / 86_400_000);
}

/**
 * The ISO date of a day number.
 * @example fromDay(17113) // '2016-11-08'
 */
export function fromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** True if `s` is a valid ISO date. */
export function isIsoDate(s: string): boolean {
  try {
    toDay(s);
    return true;
  } catch {
    return false;
  }
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Year, month (1–12) and day of month of a day number. */
export function ymd(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The day number of the last calendar day of the month that contains `day`. */
export function monthEnd(day: number): number {
  const { year, month } = ymd(day);
  return Math.round(Date.UTC(year, month, 0) / 86_400_000);
}

/** The day number of the first calendar day of the month that contains `day`. */
export function monthStart(day: number): number {
  const { year, month } = ymd(day);
  return Math.round(Date.UTC(year, month - 1, 1) / 86_400_000);
}

/** 'YYYY-MM' of a day number. */
export function monthKey(day: number): string {
  return fromDay(day).slice(0, 7);
}
