/**
 * What a whole-article check costs: the five sentences of issue 11 (seven claims) checked on a store of the
 * real fixture files, and, where ../shared/data exists, with the real stock panel (Sep–Dec 2016) added, so
 * the search reaches the stock-built buckets. Prints conventions evaluated, engine runs and wall time (min
 * of N runs, each with a fresh ClaimData so every engine series is computed again), with the load average.
 * Then the reading alone of the fourth round's whole articles as pasted (test/fixtures/articles/raw/: text,
 * HTML, Markdown): prepareArticle (format, date) + readArticle, CPU time (user + sys), min of N.
 * Run: npx tsx bench/check-article.ts [N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { prepareArticle } from '../src/findings/article/prepare.ts';
import { readArticle } from '../src/findings/article/read.ts';
import { conventionSpace } from '../src/findings/check.ts';
import { checkArticle } from '../src/findings/check-article.ts';
import { makeEvaluator } from '../src/findings/evaluate.ts';
import type { StockBucketQuery } from '../src/findings/evaluator.ts';
import { storeClaimData } from '../src/queries/claims-data.ts';
import {
  addStockPanel,
  FIVE_SENTENCES,
  fixtureStore,
  HAS_STOCK_PANEL,
} from '../test/findings/fixture-store.ts';

const N = Number(process.argv[2] ?? 3);
const store = await fixtureStore();
const sentences = readArticle(FIVE_SENTENCES, { event: '2016-11-08', to: '2016-11-15' });
const claims = sentences.flatMap((s) => s.claims.flatMap((c) => c.readings));
const space = claims.reduce((n, c) => n + conventionSpace(c, 2, '2016-11-15').length, 0);

async function run(label: string) {
  let best = Number.POSITIVE_INFINITY;
  let engineRuns = 0;
  for (let i = 0; i < N; i++) {
    const data = storeClaimData(store);
    const keys = new Set<string>();
    const inner = data.stockBuckets;
    if (inner)
      data.stockBuckets = (q: StockBucketQuery) => {
        keys.add(JSON.stringify(q));
        return inner(q);
      };
    const t = performance.now();
    await checkArticle(sentences, makeEvaluator(data), { asOf: '2016-11-15' });
    best = Math.min(best, performance.now() - t);
    engineRuns = keys.size;
  }
  console.log(
    `${label}: ${claims.length} claims, ${space} conventions; ${engineRuns} stock-built engine runs; min of ${N}: ${best.toFixed(0)} ms; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}

await run('fixture files (no stock panel)');
if (HAS_STOCK_PANEL) {
  await addStockPanel(store);
  await run('with the real stock panel');
} else console.log('with the real stock panel: skipped (../shared/data absent)');
store.close();

const RAW = new URL('../test/fixtures/articles/raw/', import.meta.url).pathname;
const EVENTS: Record<string, string> = { '2016-06': '2016-06-23', '2020-11': '2020-11-03' };
for (const f of readdirSync(RAW).sort()) {
  const raw = readFileSync(RAW + f, 'utf8');
  const event = EVENTS[/\d{4}-\d{2}/.exec(f)?.[0] ?? ''] ?? '2016-11-08';
  let best = Number.POSITIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < N; i++) {
    const c = process.cpuUsage();
    const p = prepareArticle(raw, { event });
    n = readArticle(p.text, { event, to: p.to }).length;
    const d = process.cpuUsage(c);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  console.log(
    `read ${f} (${raw.length} characters, ${n} pieces): min of ${N}: ${best.toFixed(1)} ms CPU; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}
