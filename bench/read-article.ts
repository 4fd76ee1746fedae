/**
 * What reading costs: every article of the corpus (test/fixtures/articles) read by readArticle, N times,
 * min of N wall times, with sentences, claims and readings counted and the load average printed.
 * Reading is pure string work (regexes over each sentence); there is no peer to compare with here.
 * Run: npx tsx bench/read-article.ts [N]
 */
import { loadavg } from 'node:os';
import { readArticle } from '../src/findings/article/read.ts';
import { readEtfRegistryFile } from '../src/store/etf-registry.ts';
import { loadCorpus } from '../test/findings/article/corpus.ts';

const N = Number(process.argv[2] ?? 20);
const funds = readEtfRegistryFile();
const corpus = loadCorpus();
let best = Number.POSITIVE_INFINITY;
let sentences = 0;
let claims = 0;
let readings = 0;
for (let i = 0; i < N; i++) {
  const t = performance.now();
  let s = 0;
  let c = 0;
  let r = 0;
  for (const a of corpus) {
    const read = readArticle(a.text, { event: a.event, to: a.to, funds });
    s += read.length;
    for (const x of read) {
      c += x.claims.length;
      for (const y of x.claims) r += y.readings.length;
    }
  }
  best = Math.min(best, performance.now() - t);
  [sentences, claims, readings] = [s, c, r];
}
const chars = corpus.reduce((n, a) => n + a.text.length, 0);
console.log(
  `read ${corpus.length} articles (${chars.toLocaleString('en-US')} characters, ${sentences} sentences, ${claims} claims, ${readings} readings)`,
);
console.log(
  `min of ${N}: ${best.toFixed(1)} ms (${((sentences / best) * 1000).toFixed(0)} sentences/s); load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
