/** `capgap records --series flows`: a category's flow in the period ending --end, ranked in its history. */
import { flowRecord } from '../flows/flow-record.ts';
import { NO_FLOW_DATA, weeklyCategoryFlows } from '../queries/flows-store.ts';
import type { RecordContext } from '../records/record.ts';
import type { Store } from '../store/store.ts';
import { io, printJson } from './context.ts';
import { flowOptions, usd } from './flows.ts';
import type { RankOptions, RecordsArgs } from './records-args.ts';
import { since } from './records-text.ts';

/** Ranks each category's flow (all categories unless --category) and prints them. */
export async function flowRecords(store: Store, args: RecordsArgs, rank: RankOptions): Promise<void> {
  const opts = flowOptions(args);
  const r = await weeklyCategoryFlows(store, opts);
  if (!r.rows.length) {
    if (args.json) printJson({ note: NO_FLOW_DATA, records: [] });
    else io().out(NO_FLOW_DATA);
    return;
  }
  const out: (RecordContext & { category: string })[] = [];
  for (const c of opts.categories ?? [...new Set(r.rows.map((x) => x.category))]) {
    const mine = r.rows.filter((x) => x.category === c);
    const end = args.end ?? mine.at(-1)?.periodEnd;
    if (!end) continue;
    out.push({
      ...flowRecord(r.rows, c, end, { period: opts.period, weekEnd: Number(opts.weekEnd), ...rank }),
      category: c,
    });
  }
  if (args.json) printJson({ records: out, conventions: r.conventions });
  else for (const x of out) io().out(`${x.category}, ${x.period}: ${usd(x.value)}: ${since(x, usd)}`);
}
