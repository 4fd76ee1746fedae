/**
 * The rule set an accepted parse must pass (scripts/fuzz-targets.ts): finite numbers or NaN for missing, days
 * within the bounds, identifiers without control or bidi characters.
 */
import { HIDDEN_PATTERN } from '../src/formats/ticker.ts';
import type { Parsed } from '../src/formats/types.ts';
import { EARLIEST_DAY, latestDay } from '../src/formats/validate.ts';

const HIDDEN = new RegExp(HIDDEN_PATTERN);

/** Why an accepted parse breaks the rule set, or null. */
export function ruleViolation(p: Parsed): string | null {
  const lo = EARLIEST_DAY;
  const hi = latestDay();
  const nums = (name: string, a: Float64Array) => {
    for (const v of a) if (!Number.isNaN(v) && !Number.isFinite(v)) return `${name} holds ${v}`;
    return null;
  };
  const days = (name: string, a: Int32Array | Float64Array) => {
    for (const d of a) if (!Number.isNaN(d) && (d < lo || d > hi)) return `${name} day ${d} out of bounds`;
    return null;
  };
  const ids = (name: string, a: readonly string[]) => {
    for (const s of a) if (HIDDEN.test(s) || s === '') return `${name} ${JSON.stringify(s)}`;
    return null;
  };
  const b = p.bars;
  const checks: (string | null)[] = [];
  if (b) {
    checks.push(ids('ticker', b.tickers), days('bars', b.day));
    for (const k of [
      'open',
      'high',
      'low',
      'close',
      'adjClose',
      'volume',
      'dividend',
      'splitFactor',
    ] as const)
      checks.push(nums(k, b[k]));
  }
  for (const blk of [...(p.portfolios ?? []), ...(p.factors ?? [])])
    checks.push(nums(blk.title, blk.values), days(blk.title, blk.day));
  if (p.caps) checks.push(ids('cap id', p.caps.id), nums('cap', p.caps.marketCap), days('caps', p.caps.day));
  if (p.flows) {
    checks.push(ids('flow ticker', p.flows.ticker), days('flows', p.flows.day));
    for (const k of ['flow', 'sharesOutstanding', 'nav', 'aum'] as const) checks.push(nums(k, p.flows[k]));
  }
  if (p.securities) checks.push(ids('security', p.securities.id));
  if (p.etfs) checks.push(ids('etf', p.etfs.ticker), days('inception', p.etfs.inception));
  return checks.find((c) => c !== null) ?? null;
}
