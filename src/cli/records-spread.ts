/**
 * `capgap records --series size-spread`: the smallest-minus-largest decile spread of a month (French, VW and
 * EW), of a week (or other period) compounded from French's daily deciles (--period), or month-to-date against
 * completed months (--as-of); each with its rank and 'widest since'.
 */
import { isIsoDate } from '../calendar/dates.ts';
import { readDecilePair } from '../queries/decile-pair.ts';
import { periodSpreadRecord } from '../queries/period-spread.ts';
import { spreadOnTrack, spreadRecord } from '../queries/spread-series.ts';
import { quote } from '../quote.ts';
import { onTrackJson, recordJson, UNIT } from '../report/json-vocabulary.ts';
import type { Store } from '../store/store.ts';
import { CliError, io, printJson } from './context.ts';
import { flowOptions } from './flows.ts';
import { endDate, type RankOptions, type RecordsArgs } from './records-args.ts';
import { pct, pp, since } from './records-text.ts';

/** Ranks the spread the options ask for and prints it; --threshold is in pp. */
export async function spreadRecords(store: Store, args: RecordsArgs, rank: RankOptions): Promise<void> {
  const { direction, thresholdSince } = rank;
  const level = rank.threshold === undefined ? undefined : rank.threshold / 100;
  if (args.period) {
    const { period, weekEnd } = flowOptions(args);
    const end = endDate(args);
    const r = await periodSpreadRecord(store, {
      period,
      weekEnd: Number(weekEnd),
      end,
      direction,
      threshold: level,
      thresholdSince,
    });
    if (args.json) return printJson(recordJson(period, r));
    io().out(
      `${r.record.period} size spread (value-weighted, from French daily, ${r.vintage}): Lo 10 ${pct(r.small)}, Hi 10 ${pct(r.large)}, spread ${pp(r.spread)}`,
    );
    io().out(`  ${since(r.record, pp)}`);
    io().out(`convention: ${r.conventions}`);
    return;
  }
  if (args['as-of']) {
    if (!isIsoDate(args['as-of']))
      throw new CliError(`invalid --as-of: ${quote(args['as-of'])}; expected YYYY-MM-DD`, 2);
    const r = await spreadOnTrack(store, { asOf: args['as-of'], direction });
    if (args.json) return printJson(onTrackJson(r));
    io().out(
      `size spread month-to-date ${r.monthStart} .. ${r.asOf} (${r.days} sessions, value-weighted): Lo 10 ${pct(r.small)}, Hi 10 ${pct(r.large)}, spread ${pp(r.spread)}`,
    );
    io().out(`  ${since(r.record, pp)}`);
    io().out(`  vintages: daily ${r.vintages.daily}, monthly ${r.vintages.monthly}; ${r.conventions}`);
    return;
  }
  const ws = args.weighting === 'both' ? (['value', 'equal'] as const) : [args.weighting];
  for (const w of ws) {
    if (w !== 'value' && w !== 'equal')
      throw new CliError(`invalid --weighting: ${quote(w)}; expected value, equal or both`, 2);
  }
  let month = args.month;
  if (!month)
    month = (await readDecilePair(store, { weighting: 'value' })).pair.ends.at(-1)?.slice(0, 7) ?? '';
  const results = [];
  for (const w of ws as ('value' | 'equal')[]) {
    results.push(
      await spreadRecord(store, { month, weighting: w, threshold: level, thresholdSince, direction }),
    );
  }
  // One object, as /api/records answers: a row per weighting, each with its conventions (docs/json.md).
  if (args.json)
    return printJson({ kind: 'month', unit: UNIT, month, rows: results.map((r) => recordJson('month', r)) });
  const first = results[0];
  io().out(
    `${first.record.period} size spread, smallest minus largest decile (${first.dataset}, ${first.vintage})`,
  );
  for (const r of results) {
    io().out(
      `  ${r.weighting}-weighted: Lo 10 ${pct(r.small)}, Hi 10 ${pct(r.large)}, spread ${pp(r.spread)}: ${since(r.record, pp)}`,
    );
  }
  io().out(`convention: ${first.conventions}`);
}
