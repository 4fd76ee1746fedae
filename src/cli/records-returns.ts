/** `capgap records --series returns --id ^RUT [--vs ^GSPC]`: a period's return (or relative return), ranked. */
import { returnRecord } from '../queries/return-series.ts';
import { recordJson } from '../report/json-vocabulary.ts';
import type { Store } from '../store/store.ts';
import { io, printJson } from './context.ts';
import { flowOptions } from './flows.ts';
import { endDate, type RankOptions, type RecordsArgs } from './records-args.ts';
import { pct, pp, since } from './records-text.ts';

/** Ranks the return of --id (minus --vs) over the period ending --end and prints it; --threshold is in pp. */
export async function returnRecords(store: Store, args: RecordsArgs, rank: RankOptions): Promise<void> {
  const { period, weekEnd } = flowOptions(args);
  const end = endDate(args);
  const r = await returnRecord(store, {
    id: args.id ?? '',
    vs: args.vs,
    period,
    weekEnd: Number(weekEnd),
    end,
    direction: rank.direction,
    threshold: rank.threshold === undefined ? undefined : rank.threshold / 100,
    thresholdSince: rank.thresholdSince,
  });
  if (args.json) return printJson(recordJson(period, r));
  const vs = r.vs ? ` vs ${r.vs} ${pct(r.vsReturn ?? Number.NaN)}: ${pp(r.value)}` : '';
  io().out(
    `${r.id}, ${r.record.period} (${r.sessions.from} close .. ${r.sessions.to} close): ${pct(r.idReturn)}${vs}`,
  );
  io().out(`  ${since(r.record, r.vs ? pp : pct)}`);
  io().out(
    `  data: ${Object.entries(r.datasets)
      .map(([k, v]) => `${k} from ${v}`)
      .join(', ')}; ${r.conventions}`,
  );
}
