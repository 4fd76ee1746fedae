/**
 * A claim file's `conventions:` mapping, checked key by key against the values a convention may take
 * (./claim.ts, ClaimConventions); errors name the bad key or value.
 */
import { NEWS_TIMINGS } from '../calendar/trading-days.ts';
import type { ClaimConventions } from './claim.ts';

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
};

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
