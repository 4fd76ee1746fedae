/**
 * A claim file's `conventions:` mapping, checked key by key against the values a convention may take
 * (./claim.ts, ClaimConventions), and a distance claim's `extreme:`; errors name the bad key or value.
 */

import { isIsoDate } from '../calendar/dates.ts';
import { NEWS_TIMINGS } from '../calendar/trading-days.ts';
import type { ClaimConventions, Extreme } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';

const CONVENTION_VALUES: Record<string, readonly unknown[]> = {
  returnType: ['total', 'price'],
  base: ['close-before', 'open-event', 'open-t0', 'close-t0'],
  weighting: ['value', 'equal', 'equal-hold'],
  groups: [10, 20, 30],
  market: ['french', '^GSPC', 'universe-ew', 'universe-vw'],
  timing: NEWS_TIMINGS,
  source: ['french', 'stocks'],
  breakpoints: ['nyse', 'all'],
  universe: ['common', 'all'],
  proxy: ['index', 'etf'],
  period: ['month', 'to-date'],
  weekEnd: ['fri', 'wed'],
  part: ['whole', 'before', 'after'],
  sectorSource: ['etf', 'stocks'],
  within: ['universe', 'sector'],
  week: ['calendar', 'sessions'],
  rate: ['window', 'annual', 'annual-mean', 'monthly-mean'],
  relative: ['difference', 'ratio'],
  distanceBase: ['reference', 'close'],
};

/** A claim file's `pinned: [weighting]`: conventions no alternative may change, each one a convention's name. */
export function readPinned(raw: unknown, where: string): (keyof ClaimConventions)[] {
  const list = Array.isArray(raw) ? raw : [raw];
  for (const k of list)
    if (!(String(k) in CONVENTION_VALUES) && k !== 'endShift')
      throw new Error(`${where}: invalid pinned convention ${JSON.stringify(k)}`);
  return list.map(String) as (keyof ClaimConventions)[];
}

/** Checks a conventions object, naming the bad key or value. */
export function readConventions(raw: unknown, where: string): ClaimConventions {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object') throw new Error(`${where}: conventions must be a mapping`);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (k === 'endShift') {
      if (!Number.isInteger(v)) throw new Error(`${where}: invalid endShift ${JSON.stringify(v)}`);
      out[k] = v;
      continue;
    }
    const allowed = CONVENTION_VALUES[k];
    if (!allowed)
      throw new Error(
        `${where}: unknown convention ${JSON.stringify(k)}; expected one of ${[...Object.keys(CONVENTION_VALUES), 'endShift'].join(', ')}`,
      );
    if (!allowed.includes(v))
      throw new Error(
        `${where}: invalid ${k}: ${JSON.stringify(v)}; expected ${allowed.map((a) => JSON.stringify(a)).join(' or ')}`,
      );
    out[k] = v;
  }
  return out as ClaimConventions;
}

/**
 * An average over events (`average: {events: elections|midterms|fomc-first-cuts, since?: YEAR, of?: N, through?: DATE, stat?: median}`), naming
 * the bad field.
 * @example readAverage({ events: 'elections', since: 1988 }, 'claim "c1"') // { events: 'elections', sinceYear: 1988, … }
 */
export function readAverage(raw: unknown, where: string): NonNullable<ReadClaim['average']> {
  const o = (raw ?? {}) as Record<string, unknown>;
  if (o.events !== 'elections' && o.events !== 'midterms' && o.events !== 'fomc-first-cuts')
    throw new Error(
      `${where}: invalid average events ${JSON.stringify(o.events)}; expected elections, midterms or fomc-first-cuts`,
    );
  const out: NonNullable<ReadClaim['average']> = { events: o.events, words: `the ${o.events}` };
  for (const [k, to] of [
    ['since', 'sinceYear'],
    ['of', 'of'],
  ] as const) {
    if (o[k] === undefined) continue;
    if (!Number.isInteger(o[k]) || (o[k] as number) < 1)
      throw new Error(`${where}: invalid average ${k} ${JSON.stringify(o[k])}; expected a whole number`);
    out[to] = o[k] as number;
  }
  // `years: [1992, 1996]`: the events of those years only ("the 1992 and 1996 elections").
  if (o.years !== undefined) {
    const ys = o.years;
    if (
      !Array.isArray(ys) ||
      ys.length === 0 ||
      !ys.every((y) => Number.isInteger(y) && y >= 1800 && y <= 2200)
    )
      throw new Error(`${where}: invalid average years ${JSON.stringify(ys)}; expected a list of years`);
    out.years = ys as number[];
  }
  // `stat: median`: the median of the events' values ("a median gain of 3.1%"), not their mean.
  if (o.stat !== undefined) {
    if (o.stat !== 'median')
      throw new Error(
        `${where}: invalid average stat ${JSON.stringify(o.stat)}; expected median (the mean is the default)`,
      );
    out.stat = 'median';
  }
  if (o.through !== undefined) {
    const s = o.through instanceof Date ? o.through.toISOString().slice(0, 10) : String(o.through);
    if (!isIsoDate(s))
      throw new Error(`${where}: invalid average through ${JSON.stringify(o.through)}; expected YYYY-MM-DD`);
    out.through = s;
  }
  return out;
}

/**
 * A distance claim's `extreme:` mapping ({side: high|low, from?, to?, lookback?, words?}), naming the bad
 * field.
 * @example readExtreme({ side: 'high', from: '2021-11-01', to: '2021-11-30' }, 'claim "c1"') // { side: 'high', … }
 */
export function readExtreme(raw: unknown, where: string): Extreme {
  if (!raw || typeof raw !== 'object')
    throw new Error(
      `${where}: a distance needs extreme: {side: high|low, from?: DATE, to?: DATE} or {side: average, sessions: N}`,
    );
  const o = raw as Record<string, unknown>;
  if (o.side !== 'high' && o.side !== 'low' && o.side !== 'average')
    throw new Error(
      `${where}: invalid extreme side ${JSON.stringify(o.side)}; expected high, low or average`,
    );
  const out: Extreme = { side: o.side, words: o.words === undefined ? `its ${o.side}` : String(o.words) };
  if (o.side === 'average') {
    if (!Number.isInteger(o.sessions) || (o.sessions as number) < 2)
      throw new Error(
        `${where}: a moving average needs sessions: N (an integer >= 2), got ${JSON.stringify(o.sessions)}`,
      );
    out.sessions = o.sessions as number;
  }
  for (const k of ['from', 'to'] as const) {
    if (o[k] === undefined) continue;
    const s = o[k] instanceof Date ? (o[k] as Date).toISOString().slice(0, 10) : String(o[k]);
    if (!isIsoDate(s))
      throw new Error(`${where}: invalid extreme ${k} ${JSON.stringify(o[k])}; expected YYYY-MM-DD`);
    out[k] = s;
  }
  if (o.lookback !== undefined) {
    if (!Number.isInteger(o.lookback) || (o.lookback as number) < 1)
      throw new Error(`${where}: invalid extreme lookback ${JSON.stringify(o.lookback)}; expected days >= 1`);
    out.lookback = o.lookback as number;
  }
  return out;
}
