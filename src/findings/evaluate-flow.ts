/**
 * Flow claims: a fund category's daily flows summed over a week (ending Friday or, as ICI, Wednesday), or
 * over the part of it before / after the news (t0); or over a longer window: a month, a stretch of dates, the
 * weeks since the news (`spanOf`).
 */
import { fromDay, monthEnd, toDay, weekday } from '../calendar/dates.ts';
import { nyseSessions } from '../calendar/nyse.ts';
import { anchorEvent, TradingCalendar } from '../calendar/trading-days.ts';
import type { Claim } from './claim.ts';
import { unheldSubject } from './claim-regions.ts';
import type { CannotCheck, ClaimData, Evaluation, Resolved } from './evaluator.ts';
import { FLOWS_COMMAND, isCannot } from './evaluator.ts';

/** The message flows claims get when the store has no flows for the category. */
export const NO_FLOW_DATA = `no flow data in the store: ${FLOWS_COMMAND} (or shares outstanding and NAV)`;

const WEEKDAY = { fri: 5, wed: 3 } as const;

export async function flow(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotCheck> {
  const category = claim.subjects[0];
  // A category capgap has no funds for ("small-cap value funds"): say what is missing, not "no flow data".
  const unheld = unheldSubject(category);
  if (unheld) return { cannot: unheld.what, needs: unheld.needs };
  const f = await data.categoryFlows(category);
  if (f && isCannot(f)) return f;
  if (!f || f.days.length === 0) return { cannot: 'no flow data in the store', needs: FLOWS_COMMAND };
  const w = claim.window;
  const endDay = WEEKDAY[c.weekEnd];
  let end: number;
  let t0: number | undefined;
  const event = w.kind === 'week' ? w.event : 'event' in w ? w.event : undefined;
  if (event) {
    // t0 on the NYSE's sessions, not the flow rows' dates: flows that start after the news still have a
    // week after it (a calendar of the rows alone said "no trading day before it in the data").
    try {
      const day = toDay(event);
      const cal = new TradingCalendar(nyseSessions(fromDay(day - 10), fromDay(day + 10)));
      t0 = cal.days[anchorEvent(cal, event, c.timing).t0];
    } catch (err) {
      return { cannot: (err as Error).message };
    }
  }
  const span = spanOf(w, t0, endDay);
  if (span) end = span[1];
  else if (w.kind === 'week' && w.weekEnd) {
    end = toDay(w.weekEnd);
    end -= (weekday(end) - endDay + 7) % 7; // the convention's week end on or before the date given
  } else if (t0 !== undefined)
    end = t0 + ((endDay - weekday(t0) + 7) % 7); // the week end on or after t0
  else return { cannot: 'no week: give week_end or an event' };
  end += 7 * c.endShift;
  let lo = span ? span[0] + 7 * c.endShift : end - 7;
  let hi = end;
  if (span && c.part !== 'whole')
    return {
      cannot: `a part of a week is for a one-week window: give the week (week_end or week_after) for the part ${c.part === 'after' ? 'after' : 'before'} the news, or drop \`part\` to sum the whole window`,
    };
  if (c.part !== 'whole') {
    if (t0 === undefined || t0 <= lo || t0 > hi) return { cannot: 'the news does not fall inside this week' };
    if (c.part === 'after') lo = t0 - 1;
    else hi = t0 - 1;
  }
  let sum = 0;
  let n = 0;
  for (let i = 0; i < f.days.length; i++) {
    if (f.days[i] > lo && f.days[i] <= hi && !Number.isNaN(f.flows[i])) {
      sum += f.flows[i];
      n++;
    }
  }
  const part = c.part === 'whole' ? '' : c.part === 'after' ? ' from the news on' : ' before the news';
  const period = span ? '' : ` in the week ended ${fromDay(end)}${part}`;
  if (n === 0)
    return {
      cannot: `no flows for ${category} ${span ? `from ${fromDay(lo + 1)} to ${fromDay(hi)}` : period.trim()}`,
    };
  return {
    value: sum,
    from: fromDay(lo + 1),
    to: fromDay(hi),
    description: `${category} flows summed over ${n} days (${fromDay(lo + 1)} → ${fromDay(hi)})${period}`,
    provenance: { datasets: [{ name: f.dataset }] },
  };
}

/**
 * The days (lo, hi] a window longer than one week sums, or undefined for a week: a month (to date), a stretch
 * of dates (the flows after `from`, through `to`), or a stretch since the news that runs past the week the news
 * falls in ("have taken in $15bn since the election" three weeks on: from t0 through `to`; within that week,
 * the week's rule, whole or in part, stands).
 * @example spanOf({ kind: 'month', month: '2024-11' }, undefined, 5) // [toDay('2024-10-31'), toDay('2024-11-30')]
 */
function spanOf(w: Claim['window'], t0: number | undefined, endDay: number): [number, number] | undefined {
  if (w.kind === 'month' || w.kind === 'month-to-date') {
    const first = toDay(`${w.month}-01`);
    return [first - 1, w.kind === 'month-to-date' && w.to ? toDay(w.to) : monthEnd(first)];
  }
  if (w.kind === 'dates') return [toDay(w.from), toDay(w.to)];
  if (w.kind !== 'since' || !w.to || t0 === undefined) return undefined;
  const weekOfNews = t0 + ((endDay - weekday(t0) + 7) % 7);
  return toDay(w.to) > weekOfNews ? [t0 - 1, toDay(w.to)] : undefined;
}
