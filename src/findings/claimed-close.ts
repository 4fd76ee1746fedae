/**
 * The close a claim speaks of: its window's last session (the article's date for "now"), moved by `endShift`
 * like any end, from the closes a reader sees. An index's closes are its levels; a fund's are as quoted
 * (`returnType: 'price'`), or dividend-adjusted under `total`; `proxy: 'etf'` reads the ETF tracking an
 * index. Only an index or a fund has a close: a size group, the market or a sector has none. Used by
 * levels (./evaluate-level.ts) and distances from a high or a low (./evaluate-distance.ts).
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import type { Claim } from './claim.ts';
import { claimSpan } from './claim-span.ts';
import { INDEX_ETF, isMarket, sizeGroup } from './claim-subjects.ts';
import { hasAny, present } from './evaluate-legs.ts';
import type { CannotCheck, ClaimData, PriceBars, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

/** A subject's closes and the claimed day's index among them. */
export interface ClaimedClose {
  id: string;
  bars: PriceBars;
  /** The closes read, ascending by day (NaN-free). */
  p: { days: Int32Array; v: Float64Array; open: Float64Array };
  /** Index of the claimed day in `p`. */
  end: number;
  /** 'closes' (an index), 'closes as quoted' or 'adjusted closes (total return)' (a fund). */
  basis: string;
}

/** A level as printed: 2,442.03. */
export const levelText = (x: number) =>
  x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * The claimed day's close of the claim's one subject; `what` names the claim in a cannot-check reason.
 * @example await claimedClose(data, { subjects: ['^RUT'], window: { kind: 'dates', from: '2024-11-25', to: '2024-11-25' } … }, c, '"closed at 2,442.03"') // { id: '^RUT', end: …, basis: 'closes' }
 */
export async function claimedClose(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
  what: string,
): Promise<ClaimedClose | CannotCheck> {
  const subject = claim.subjects[0] ?? '';
  if (claim.subjects.length !== 1 || sizeGroup(subject) || isMarket(subject) || subject.includes(':'))
    return { cannot: `${what}: a price level; only an index or a fund has one` };
  const id = c.proxy === 'etf' ? INDEX_ETF[subject] : subject;
  if (!id) return { cannot: `no ETF tracks ${subject}` };
  const bars = await data.bars(id);
  if (!bars)
    return { cannot: `no prices for ${id} in the store`, needs: `capgap fetch prices ${id} --source yahoo` };
  const isIndex = id.startsWith('^');
  const total = c.returnType === 'total' && !isIndex;
  if (!hasAny(total ? bars.adjClose : bars.close) && !(isIndex && hasAny(bars.adjClose)))
    return {
      cannot: total
        ? `${id}: no adjusted closes in ${bars.dataset}`
        : `${what}: a quoted close of ${id}, and the store has its dividend-adjusted closes only (they scale earlier closes down)`,
    };
  const p = present(bars, total || !hasAny(bars.close) ? bars.adjClose : bars.close);
  // Only the window's end matters: a day ("from: D, to: D") is the window that ends on it.
  const w = claim.window;
  const ending = w.kind === 'dates' ? { ...w, from: fromDay(toDay(w.to) - 10) } : w;
  const span = claimSpan(p.days, ending, c);
  if (isCannot(span)) return span;
  const basis = isIndex ? 'closes' : total ? 'adjusted closes (total return)' : 'closes as quoted';
  return { id, bars, p, end: span.end, basis };
}
