/**
 * Dated columns of the size legs in memory (./legs-memory.ts): day numbers ascending beside values, the rows
 * in a date range by bisection, grouping sorted rows into columns, and aligning two legs on their dates.
 */
import { fromDay } from '../../calendar/dates.ts';
import { bisectLeft } from '../../math/bisect.ts';

/** One dated series: day numbers ascending, values (NaN for NULL). */
export interface Column {
  days: Int32Array;
  values: Float64Array;
}

/** Rows of `c` with day in [a, b]: [first index, end index). */
export function span(c: Column, a: number, b: number): [number, number] {
  return [bisectLeft(c.days, a), bisectLeft(c.days, b + 1)];
}

/** Groups sorted rows (key per row) into columns. */
export function group(keys: string[], d: Float64Array, v: Float64Array): Map<string, Column> {
  const out = new Map<string, Column>();
  let i = 0;
  while (i < keys.length) {
    let j = i + 1;
    while (j < keys.length && keys[j] === keys[i]) j++;
    out.set(keys[i], { days: Int32Array.from(d.subarray(i, j)), values: v.slice(i, j) });
    i = j;
  }
  return out;
}

/** ISO dates by day number, made once per day. */
const isoCache = new Map<number, string>();
const iso = (day: number) => {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = fromDay(day);
    isoCache.set(day, s);
  }
  return s;
};

/** Aligns two legs on the union of their dates in [a, b] (NaN where a leg has no row). */
export function align(x: Column, y: Column, a: number, b: number) {
  const [i0, i1] = span(x, a, b);
  const [j0, j1] = span(y, a, b);
  let n = 0;
  for (let i = i0, j = j0; i < i1 || j < j1; n++) {
    const dx = i < i1 ? x.days[i] : Number.POSITIVE_INFINITY;
    const dy = j < j1 ? y.days[j] : Number.POSITIVE_INFINITY;
    if (dx <= dy) i++;
    if (dy <= dx) j++;
  }
  const days = new Int32Array(n);
  const dates: string[] = new Array(n);
  const small = new Float64Array(n);
  const large = new Float64Array(n);
  let i = i0;
  let j = j0;
  for (let k = 0; k < n; k++) {
    const dx = i < i1 ? x.days[i] : Number.POSITIVE_INFINITY;
    const dy = j < j1 ? y.days[j] : Number.POSITIVE_INFINITY;
    const d = Math.min(dx, dy);
    days[k] = d;
    dates[k] = iso(d);
    small[k] = dx === d ? x.values[i++] : Number.NaN;
    large[k] = dy === d ? y.values[j++] : Number.NaN;
  }
  return { dates, days, small, large };
}

/** Joins key parts (the unit separator, in no name). */
export const sep = '\u001f';

/** The last date of a column (ISO), or null when it is empty. */
export function lastDate(c: Column): string | null {
  return c.days.length ? fromDay(c.days[c.days.length - 1]) : null;
}
