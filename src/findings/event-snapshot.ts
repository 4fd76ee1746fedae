/**
 * The first look after an event (capgap's `report` core): indices and ETFs since the event, French size
 * portfolios over the first days against the market, and the event month's small-minus-large spread with
 * the most recent month at least as wide. Pure: takes series, returns plain results with their conventions.
 *
 * Conventions:
 * - t0 and the base close follow `anchorEvent` (src/calendar/trading-days.ts); "k trading days after"
 *   runs from the base close (the last close before the news) to the close of t0+k-1.
 * - Returns are simple, compounded: Π(1 + r_t) − 1 over daily returns, or P_end / P_base − 1 over prices.
 * - The market is French's Mkt-RF + RF (CRSP value-weighted market, total return); "minus the market" is the
 *   difference of the two compounded returns (a market-adjusted buy-and-hold abnormal return).
 * - The month's spread is Lo 10 − Hi 10 (monthly returns, percentage points); "widest since" names the most
 *   recent earlier month whose spread was at least as wide.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import type { NewsTiming } from '../calendar/trading-days.ts';
import type { QualityFlag } from '../events/quality/flags.ts';
import { vintageText } from '../provenance.ts';
import { monthSpread } from './month-spread.ts';
import { returnsSince } from './returns-since.ts';
import { type BucketWindowReturn, sizeWindow } from './size-window.ts';
import { snapshotFlags } from './snapshot-flags.ts';
import type { EventSnapshot, SnapshotData } from './snapshot-types.ts';

/**
 * Computes the first look at an event from loaded series.
 * @example eventSnapshot(await loadSnapshotInputs(store), { event: '2016-11-08' })
 */
export function eventSnapshot(
  data: SnapshotData,
  options: {
    event: string;
    to?: string;
    timing?: NewsTiming;
    horizons?: number[];
    window?: [number, number];
    names?: Record<string, string>;
    groups?: Record<string, readonly string[]>;
  },
): EventSnapshot {
  const timing = options.timing ?? 'after-close';
  toDay(options.event); // validates
  const notes: string[] = [];
  const indices: EventSnapshot['indices'] = [];
  for (const s of data.prices) {
    try {
      const r = returnsSince(s, options.event, { timing, horizons: options.horizons, to: options.to });
      indices.push({
        id: s.id,
        name: options.names?.[s.id] ?? s.id,
        basis: s.basis,
        provenance: s.provenance,
        t0: r.anchor.t0Date,
        baseDate: r.anchor.baseDate,
        unit: 'decimal',
        returns: r.returns,
        beyondData: r.beyondData,
      });
      if (r.beyondData.length) {
        notes.push(
          `${s.id}: the data (${s.provenance.dataset}) end ${fromDay(s.days[s.days.length - 1])}, before ${r.beyondData.join(', ')} trading day(s) after the event.`,
        );
      }
    } catch (err) {
      notes.push(`${s.id}: ${(err as Error).message}`);
    }
  }
  for (const m of data.missing) notes.push(`${m.id}: ${m.reason}`);

  const window = options.window ?? [0, 2];
  let size: EventSnapshot['size'] = null;
  try {
    const groups: Record<string, BucketWindowReturn[]> = {};
    let meta: ReturnType<typeof sizeWindow> | undefined;
    for (const [group, names] of Object.entries(options.groups ?? {})) {
      const sub: Record<string, Float64Array> = {};
      for (const n of names) sub[n] = data.dailyVW.returns[n];
      meta = sizeWindow({ days: data.dailyVW.days, returns: sub }, data.market, options.event, {
        window,
        timing,
      });
      groups[group] = meta.buckets;
    }
    if (meta) {
      size = {
        window: { from: window[0], to: window[1] },
        t0: meta.anchor.t0Date,
        baseDate: meta.from,
        endDate: meta.to,
        sessions: meta.sessions,
        unit: 'decimal',
        provenance: data.dailyVW.provenance,
        market: data.market.provenance,
        groups,
      };
      const [mv, sv] = [vintageText(data.market.provenance), vintageText(data.dailyVW.provenance)];
      if (mv !== sv)
        notes.push(`The market (${mv}) and the size portfolios (${sv}) come from different French vintages.`);
    }
  } catch (err) {
    notes.push(`Size portfolios: ${(err as Error).message}`);
  }

  const spreads: EventSnapshot['spreads'] = [];
  for (const [weighting, panel] of [
    ['value', data.monthlyVW],
    ['equal', data.monthlyEW],
  ] as const) {
    try {
      const result = monthSpread(
        { days: panel.days, small: panel.returns['Lo 10'], large: panel.returns['Hi 10'] },
        options.event,
      );
      spreads.push({
        weighting,
        provenance: panel.provenance,
        unit: 'decimal',
        result,
      });
    } catch (err) {
      notes.push(`Monthly ${weighting}-weighted spread: ${(err as Error).message}`);
    }
  }

  let quality = {
    t0: indices[0]?.t0 ?? '',
    baseDate: indices[0]?.baseDate ?? '',
    flags: [] as QualityFlag[],
  };
  try {
    quality = snapshotFlags(data, { ...options, timing, window });
  } catch (err) {
    notes.push(`Data-quality checks: ${(err as Error).message}`);
  }
  return {
    eventDate: options.event,
    timing,
    t0: quality.t0,
    baseDate: quality.baseDate,
    flags: quality.flags,
    conventions: {
      t0: `news ${timing}: t0 is ${timing === 'after-close' ? 'the first session after the event date' : 'the event date (or the next session)'}; "since the event" starts from the last close before the news`,
      days: '"k trading days after" runs from that base close to the close of t0+k-1 (trading days of each series\' own data; a series missing an NYSE session is flagged: docs/quality.md)',
      returns: 'simple returns, compounded; percentages are of the decimal return',
      priceBasis:
        'ETFs: adjusted close (total return, dividends reinvested) where the source has it; indices: price index level (no dividends)',
      size: `French size portfolios (NYSE breakpoints, formed each June, CRSP): value-weighted daily returns compounded over [t0+${window[0]}, t0+${window[1]}]; minus the market = minus Mkt-RF + RF compounded over the same sessions`,
      spread:
        'Lo 10 − Hi 10 monthly return (decimal; printed in percentage points); "widest since" = the most recent earlier month with a spread at least as wide',
      rank: 'competition rank among the months from the history start to the event month, widest first: 1 + the months strictly wider (within 1e-12); tied months share a rank (records engine rankAt)',
    },
    indices,
    size,
    spreads,
    notes,
  };
}
