/**
 * The plausible bounds of a Kenneth French value (validate.ts holds those of prices and quantities): a return
 * or a factor at most 10,000% in size (1e4 in the file, 100 once a decimal; the largest real monthly size
 * decile return is a few hundred percent), a number of firms at most 1e6, an average firm size at most 1e9
 * USD millions. A bigger value is an error naming the cell: `1e308` is finite, and would compound to Infinity.
 */
import { ImportError } from './errors.ts';
import type { SeriesBlock } from './types.ts';
import type { CellAt } from './validate.ts';

const MAX: Record<SeriesBlock['measure'], [number, string, string]> = {
  return: [100, 'return (as a decimal)', 'in size 100 (10,000%)'],
  firms: [1e6, 'number of firms', '1e6'],
  avg_size: [1e9, 'average firm size', '1e9 (USD millions)'],
};

/**
 * Throws unless `v` (a decimal for returns) is NaN or within its measure's bound.
 * @example checkFrenchValue(0.0975, 'return', at) // fine; checkFrenchValue(1e306, 'return', at) throws
 */
export function checkFrenchValue(v: number, measure: SeriesBlock['measure'], at: CellAt): void {
  const [max, what, most] = MAX[measure];
  if (Math.abs(v) > max)
    throw new ImportError({ ...at, reason: `implausible ${what} ${v}: at most ${most}` });
}
