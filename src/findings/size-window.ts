/**
 * French size portfolios over an event window, alone and against the market (Mkt-RF + RF compounded over the
 * same sessions): a market-adjusted buy-and-hold abnormal return. Compounding follows src/math/compound.ts.
 */
import { fromDay } from '../calendar/dates.ts';
import { anchorEvent, type EventAnchor, type NewsTiming, TradingCalendar } from '../calendar/trading-days.ts';
import { compound } from '../math/compound.ts';

/** One size portfolio over a window, alone and against the market. */
export interface BucketWindowReturn {
  portfolio: string;
  value: number;
  market: number;
  /** value − market. */
  excess: number;
}

/**
 * French size portfolios compounded over [t0 + a, t0 + b] (a, b in trading days; [0, 2] = the first three
 * sessions), and the same minus the market (Mkt-RF + RF compounded over the same sessions).
 */
export function sizeWindow(
  panel: { days: Int32Array; returns: Record<string, Float64Array> },
  market: { days: Int32Array; values: Float64Array },
  eventDate: string,
  options: { window?: [number, number]; timing?: NewsTiming } = {},
): { anchor: EventAnchor; from: string; to: string; sessions: string[]; buckets: BucketWindowReturn[] } {
  const [a, b] = options.window ?? [0, 2];
  const calendar = new TradingCalendar(panel.days);
  const anchor = anchorEvent(calendar, eventDate, options.timing ?? 'after-close');
  const i0 = anchor.t0 + a;
  const i1 = anchor.t0 + b;
  if (i0 < 0 || i1 >= panel.days.length) {
    throw new Error(
      `window [${a}, ${b}] after ${eventDate} leaves the size data (${fromDay(calendar.first)} .. ${fromDay(calendar.last)})`,
    );
  }
  // The market on the same sessions, matched by date.
  const mcal = new TradingCalendar(market.days);
  const m = new Float64Array(i1 - i0 + 1);
  const sessions: string[] = [];
  for (let i = i0; i <= i1; i++) {
    const j = mcal.indexOnOrAfter(panel.days[i]);
    if (j >= market.days.length || market.days[j] !== panel.days[i]) {
      throw new Error(`the market series has no return on ${fromDay(panel.days[i])}`);
    }
    m[i - i0] = market.values[j];
    sessions.push(fromDay(panel.days[i]));
  }
  const mkt = compound(m, -1, m.length - 1); // sessions i0..i1: from the close before i0
  const buckets: BucketWindowReturn[] = [];
  for (const [portfolio, r] of Object.entries(panel.returns)) {
    const value = compound(r, i0 - 1, i1);
    buckets.push({ portfolio, value, market: mkt, excess: value - mkt });
  }
  return {
    anchor,
    from: fromDay(panel.days[i0 - 1] ?? panel.days[i0]),
    to: fromDay(panel.days[i1]),
    sessions,
    buckets,
  };
}
