/**
 * Off-session bars: rows a stock panel holds on days that are not NYSE sessions, left out of the panel and
 * counted (documented convention below).
 */
import { fromDay } from '../calendar/dates.ts';
import { isNyseSession } from '../calendar/nyse.ts';

export type PanelColumns = { stock: Int32Array; day: Int32Array; price: Float64Array; cap: Float64Array };

/**
 * Leaves out rows on days that are not NYSE sessions (a weekend bar would become a session of its own and a
 * formation day with almost no stocks) and says how many and which days. Documented convention: such bars
 * stay in the store, flagged in every bucket output, and no session, formation or window uses them.
 */
export function dropOffSession(
  c: PanelColumns,
): PanelColumns & { offSession?: { rows: number; days: string[] } } {
  const verdict = new Map<number, boolean>();
  let bad = 0;
  for (let i = 0; i < c.day.length; i++) {
    const d = c.day[i];
    let ok = verdict.get(d);
    if (ok === undefined) {
      ok = isNyseSession(d);
      verdict.set(d, ok);
    }
    if (!ok) bad++;
  }
  if (bad === 0) return c;
  const n = c.day.length - bad;
  const out = {
    stock: new Int32Array(n),
    day: new Int32Array(n),
    price: new Float64Array(n),
    cap: new Float64Array(n),
  };
  let k = 0;
  for (let i = 0; i < c.day.length; i++) {
    if (!verdict.get(c.day[i])) continue;
    out.stock[k] = c.stock[i];
    out.day[k] = c.day[i];
    out.price[k] = c.price[i];
    out.cap[k++] = c.cap[i];
  }
  const days = [...verdict]
    .filter(([, ok]) => !ok)
    .map(([d]) => fromDay(d))
    .sort();
  return { ...out, offSession: { rows: bad, days } };
}
