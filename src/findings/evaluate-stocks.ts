/**
 * Stock-built size buckets (or the stock universe) as a claim's leg: src/portfolios through
 * ClaimData.stockBuckets (NYSE or all-stock breakpoints, common stocks or every type; VW, EW daily-rebalanced
 * or EW buy-and-hold), formed once at the window's base close, compounded by src/math/compound.ts.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { compound } from '../math/compound.ts';
import type { Claim } from './claim.ts';
import { claimSpan, closesOnly } from './claim-span.ts';
import { type SizeGroup, stockScheme } from './claim-subjects.ts';
import type { Leg } from './evaluate-legs.ts';
import type { CannotCheck, ClaimData, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

/** The command that adds a stock panel and its caps (README, "Size buckets"). */
export const STOCKS_COMMAND = 'capgap import STOCK_PANEL.csv.gz COMPANYLIST.csv';

/** The formation date (last close on or before it) and last day needed for stock-built buckets. */
export function stockDates(claim: Claim, c: Resolved): { formation: string; to: string } | CannotCheck {
  const w = claim.window;
  // One `to` for every convention of a claim (and most claims of an article): the engine runs once.
  const pad = 30;
  if (w.kind === 'since' || w.kind === 'sessions') {
    const e = toDay(w.event);
    const formation = fromDay(c.timing === 'after-close' ? e : e - 1);
    const end = w.kind === 'since' ? (w.to ? toDay(w.to) : e) : e + Math.ceil((w.sessions * 7) / 5) + 4;
    return { formation, to: fromDay(Math.max(end, e + 45) + pad) };
  }
  if (w.kind === 'month' || w.kind === 'month-to-date') {
    const first = toDay(`${w.month}-01`);
    return { formation: fromDay(first - 1), to: fromDay(first + 31 + pad) };
  }
  if (w.kind === 'dates') return { formation: w.from, to: fromDay(toDay(w.to) + pad) };
  if (w.weekEnd) return { formation: fromDay(toDay(w.weekEnd) - 7), to: fromDay(toDay(w.weekEnd) + pad) };
  return { cannot: 'stock-built buckets need a week end date for a week window' };
}

/** A stock-built bucket (or the universe, `column: 'market'`) over the claim's window. */
export async function stockLeg(
  data: ClaimData,
  g: SizeGroup | 'market',
  claim: Claim,
  c: Resolved,
  weighting: Resolved['weighting'],
  share: SizeGroup['share'],
): Promise<Leg | CannotCheck> {
  if (!data.stockBuckets) return { cannot: 'needs a stock panel', needs: STOCKS_COMMAND };
  const opens = closesOnly(claim, c, 'stock-built buckets');
  if (opens) return opens;
  const d = stockDates(claim, c);
  if (isCannot(d)) return d;
  const scheme = stockScheme(share);
  const b = await data.stockBuckets({ scheme, breakpoints: c.breakpoints, universe: c.universe, ...d });
  if (isCannot(b)) return b;
  const W = b.labels.length + 1;
  const col = g === 'market' ? W - 1 : g.side === 'Lo' ? 0 : W - 2;
  const span = claimSpan(b.days, claim.window, c);
  if (isCannot(span)) return span;
  const r = b.returns[weighting];
  const column = new Float64Array(b.days.length);
  for (let i = 0; i < column.length; i++) column[i] = r[i * W + col];
  const acc = 1 + compound(column, span.base, span.end);
  const from = fromDay(b.days[span.base]);
  const to = fromDay(b.days[span.end]);
  if (Number.isNaN(acc))
    return { cannot: `stock-built ${b.labels[col] ?? 'universe'}: a return is missing ${from} → ${to}` };
  const label = g === 'market' ? 'universe' : b.labels[col];
  return {
    value: acc - 1,
    from,
    to,
    description: `stock-built ${scheme} ${label} (${c.breakpoints === 'nyse' ? 'NYSE' : 'all-stock'} breakpoints, ${c.universe === 'common' ? 'common stocks' : 'every listed type'}, ${weighting}, formed ${fromDay(b.days[0])}) compounded after ${from} through ${to}`,
    datasets: [{ name: b.dataset, vintage: null }],
  };
}
