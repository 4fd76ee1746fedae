/**
 * The options of `capgap records`, and the ranking ones (direction, threshold, since) read and checked once
 * for every series.
 */
import type { ArgsDef, ParsedArgs } from 'citty';
import { isIsoDate } from '../calendar/dates.ts';
import { quote } from '../quote.ts';
import { CliError, commonArgs } from './context.ts';
import { flowArgs } from './flows.ts';

export const recordsArgs = {
  ...commonArgs,
  series: {
    type: 'string',
    description: 'size-spread (default) | returns | flows',
    default: 'size-spread',
  },
  id: { type: 'string', description: "returns: the security, e.g. '^RUT'" },
  vs: { type: 'string', description: "returns: minus this security's return, e.g. '^GSPC'" },
  month: {
    type: 'string',
    description: 'size-spread: the month, YYYY-MM (default: the latest in the store)',
  },
  weighting: { type: 'string', description: 'size-spread: value | equal | both', default: 'both' },
  'as-of': {
    type: 'string',
    description: 'size-spread: month-to-date through this date (VW, provisional)',
  },
  threshold: {
    type: 'string',
    description: 'also count periods beyond this level (pp for spreads, USD for flows)',
  },
  since: {
    type: 'string',
    description: 'count threshold periods only from this date on (YYYY, YYYY-MM or YYYY-MM-DD)',
  },
  direction: {
    type: 'string',
    description: 'high (largest, default) | low (most negative)',
    default: 'high',
  },
  end: {
    type: 'string',
    description:
      'flows, returns, size-spread with --period: the period end to rank (YYYY-MM-DD; default the latest)',
  },
  ...flowArgs,
} as const satisfies ArgsDef;

/** The parsed options of `capgap records`. */
export type RecordsArgs = ParsedArgs<typeof recordsArgs>;

/** How a period is ranked: which way, and the optional threshold (as given) counted from `thresholdSince`. */
export interface RankOptions {
  direction: 'high' | 'low';
  threshold: number | undefined;
  thresholdSince: string | undefined;
}

/** '1979' → '1979-01-01', '2010-04' → '2010-04-01', a full date as is. */
function sinceDate(v: unknown): string | undefined {
  if (v === undefined || v === '') return undefined;
  const s = String(v);
  const iso = /^\d{4}$/.test(s) ? `${s}-01-01` : /^\d{4}-\d{2}$/.test(s) ? `${s}-01` : s;
  if (!isIsoDate(iso))
    throw new CliError(`invalid --since: ${quote(s)}; expected YYYY, YYYY-MM or YYYY-MM-DD`, 2);
  return iso;
}

/** --direction, --threshold and --since, checked (usage errors name the bad value). */
export function rankOptions(args: RecordsArgs): RankOptions {
  const direction = args.direction === 'low' ? 'low' : args.direction === 'high' ? 'high' : null;
  if (!direction)
    throw new CliError(`invalid --direction: ${quote(args.direction)}; expected high or low`, 2);
  const threshold = args.threshold === undefined ? undefined : Number(args.threshold);
  const thresholdSince = sinceDate(args.since);
  if (threshold !== undefined && !Number.isFinite(threshold)) {
    throw new CliError(`invalid --threshold: ${quote(args.threshold)}; expected a number`, 2);
  }
  return { direction, threshold, thresholdSince };
}

/** --end, checked: a date or nothing. */
export function endDate(args: RecordsArgs): string | undefined {
  const end = args.end;
  if (end !== undefined && !isIsoDate(end))
    throw new CliError(`invalid --end: ${quote(end)}; expected YYYY-MM-DD`, 2);
  return end;
}
