/**
 * Where the generic bar formats put their values: one bar row per (ticker, day) — per file line in the wide
 * format — and one market_caps row likewise for market_cap / shares_outstanding. A value is checked
 * (non-negative, a known field) as it is put; in the long format a repeated (ticker, day, field) is a
 * duplicate when its value is the same (counted) and an error when it differs.
 */

import { quote } from '../quote.ts';
import { allocBars, sliceBars } from './bars.ts';
import { ImportError } from './errors.ts';
import { bump, type Parsed, type ParseStats } from './types.ts';
import { type CellAt, checkNonNegative, checkSigned } from './validate.ts';

/** The bar fields and the Bars columns they fill. */
export const BAR_FIELDS: Record<string, keyof ReturnType<typeof allocBars>> = {
  open: 'open',
  high: 'high',
  low: 'low',
  close: 'close',
  adj_close: 'adjClose',
  volume: 'volume',
  dividend: 'dividend',
  split_factor: 'splitFactor',
};
/** The fields written to market_caps. */
export const CAP_FIELDS = new Set(['market_cap', 'shares_outstanding']);
const SIGNED = new Set(['flow']);
/** Every field name the generic formats know. */
export const FIELDS = [...Object.keys(BAR_FIELDS), ...CAP_FIELDS];

/** The bars and caps of a generic file as its values are put, row by row. */
export class GenericRows {
  readonly bars: ReturnType<typeof allocBars>;
  readonly caps: {
    id: string[];
    day: Int32Array;
    line: Int32Array;
    marketCap: Float64Array;
    sharesOutstanding: Float64Array;
  };
  private nb = 0;
  private readonly tickerIdx = new Map<string, number>();
  private readonly barRow = new Map<string, number>();
  private readonly capRow = new Map<string, number>();
  private readonly seen = new Map<string, { line: number; v: number }>();

  /** Room for `rows` file rows; `long` for the field,value format. */
  constructor(
    rows: number,
    private readonly long: boolean,
    private readonly stats: ParseStats,
  ) {
    this.bars = allocBars(rows);
    this.caps = {
      id: [],
      day: new Int32Array(rows),
      line: new Int32Array(rows),
      marketCap: new Float64Array(rows).fill(Number.NaN),
      sharesOutstanding: new Float64Array(rows).fill(Number.NaN),
    };
  }

  /** Throws when `v` cannot be the value of `field` (an unknown field, a negative price or volume). */
  check(field: string, v: number, at: CellAt): void {
    if (!(field in BAR_FIELDS) && !CAP_FIELDS.has(field)) {
      throw new ImportError({
        ...at,
        reason: `unknown field ${quote(field)}; expected one of ${FIELDS.join(', ')}`,
      });
    }
    if (SIGNED.has(field)) checkSigned(v, field, at);
    else
      checkNonNegative(
        v,
        CAP_FIELDS.has(field) || field === 'volume' ? field.replace('_', ' ') : 'price',
        at,
      );
  }

  /** Puts the value of `field` for (id, day), read at `at`. */
  put(id: string, day: number, field: string, v: number, at: CellAt): void {
    const { bars, caps, long, stats } = this;
    this.check(field, v, at);
    const key = `${id}\u0000${day}`;
    if (long) {
      const fk = `${key}\u0000${field}`;
      const prev = this.seen.get(fk);
      if (prev !== undefined) {
        if (Object.is(prev.v, v)) {
          bump(stats.rejected, 'duplicate row (identical to an earlier line)');
          return;
        }
        throw new ImportError({
          ...at,
          reason: `duplicate key (${id}, ${field}) on this date with a different value than line ${prev.line}`,
        });
      }
      this.seen.set(fk, { line: at.line, v });
    }
    const rowKey = long ? key : `${key}\u0000${at.line}`;
    if (CAP_FIELDS.has(field)) {
      let r = this.capRow.get(rowKey);
      if (r === undefined) {
        r = caps.id.length;
        caps.id.push(id);
        caps.day[r] = day;
        caps.line[r] = at.line;
        this.capRow.set(rowKey, r);
      }
      (field === 'market_cap' ? caps.marketCap : caps.sharesOutstanding)[r] = v;
      return;
    }
    let r = this.barRow.get(rowKey);
    if (r === undefined) {
      r = this.nb++;
      let t = this.tickerIdx.get(id);
      if (t === undefined) {
        t = bars.tickers.length;
        bars.tickers.push(id);
        this.tickerIdx.set(id, t);
      }
      bars.ticker[r] = t;
      bars.day[r] = day;
      bars.line[r] = at.line;
      this.barRow.set(rowKey, r);
    }
    (bars[BAR_FIELDS[field]] as Float64Array)[r] = v;
  }

  /** The bars and caps put, trimmed to their rows (undefined where none). */
  result(): Pick<Parsed, 'bars' | 'caps'> {
    const { bars, caps, nb } = this;
    const m = caps.id.length;
    return {
      bars: nb ? sliceBars(bars, nb) : undefined,
      caps: m
        ? {
            ...caps,
            day: caps.day.subarray(0, m),
            line: caps.line.subarray(0, m),
            marketCap: caps.marketCap.subarray(0, m),
            sharesOutstanding: caps.sharesOutstanding.subarray(0, m),
          }
        : undefined,
    };
  }
}
