/** How `capgap records` words a record: signed percentages and points, and where the period stands. */
import type { RecordContext } from '../records/record.ts';

export const pct = (x: number) =>
  Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%` : 'n/a';
export const pp = (x: number) =>
  Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)} pp` : 'n/a';

/** '<largest or lowest> since <period> (<value>); ranked <rank> of <n> since <history start>[; threshold count]'. */
export function since(r: RecordContext, fmt: (x: number) => string): string {
  const head = r.provisional ? 'provisional: on track for the ' : '';
  const word = r.direction === 'high' ? 'largest' : 'lowest';
  const s = r.largestSince
    ? `${head}${word} since ${r.largestSince.period} (${fmt(r.largestSince.value)})`
    : `${head}${word} since records began in ${r.historyStart}`;
  const t = r.threshold
    ? `; ${r.threshold.count} of ${r.threshold.of} since ${r.threshold.since} beyond ${fmt(r.threshold.level)}`
    : '';
  return `${s}; ranked ${r.rank} of ${r.of} since ${r.historyStart}${t}`;
}
