/**
 * Verdicts on the reader's article corpus (test/fixtures/articles/*.yaml, sentences written the way
 * newsrooms write): every claim that carries an `expected_verdict` gets it. The expected verdicts and their
 * references are in test/fixtures/articles/README.md (closes of ../shared/data/prices/yahoo_xjcarter_data,
 * computed with awk; French's monthly file via PROVENANCE.md).
 * - On the embedded data (data/*.parquet): the verdicts.
 * - Where ../shared/data exists: a store of the yahoo_xjcarter ^RUT, ^GSPC and IWM files alone, and each
 *   index or fund return's default value against test/findings/reference/corpus-returns.py, an independent
 *   Python script over the same CSVs.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../src/findings/article/read.ts';
import { type ArticleCheck, checkArticle } from '../../src/findings/check-article.ts';
import { articleJson } from '../../src/findings/check-render.ts';
import { makeEvaluator } from '../../src/findings/evaluate.ts';
import { storeClaimData } from '../../src/queries/claims-data.ts';
import { importFile } from '../../src/store/import/import-file.ts';
import { Store } from '../../src/store/store.ts';
import { funds } from '../helpers/article-reader.ts';
import { carried, lineNumbers } from '../helpers/json-numbers.ts';
import { embeddedStore, hasEmbedded } from '../server/embedded-store.ts';
import { type CorpusArticle, loadCorpus } from './article/corpus.ts';

const corpus = loadCorpus();
// The fund registry the CLI reads from the store (data/etfs.csv): "the iShares Micro-Cap ETF" is IWC.
const prices = fileURLToPath(new URL('../../../shared/data/prices/yahoo_xjcarter_data/', import.meta.url));
const script = fileURLToPath(new URL('./reference/corpus-returns.py', import.meta.url));

async function checkAll(store: Store): Promise<Map<string, ArticleCheck>> {
  const ev = makeEvaluator(storeClaimData(store));
  const out = new Map<string, ArticleCheck>();
  for (const a of corpus)
    out.set(
      a.file,
      await checkArticle(readArticle(a.text, { event: a.event, to: a.to, funds, morning: a.morning }), ev, {
        asOf: a.to,
      }),
    );
  return out;
}

/**
 * The checked claim of a corpus claim: the one with the same subjects when exactly one has them (a rank list,
 * "Real estate and utilities led", is one claim per sector after the checker, src/findings/check-rank-list.ts;
 * the corpus lists the reader's), else the i-th.
 */
function claimOf(
  results: Map<string, ArticleCheck>,
  a: CorpusArticle,
  text: string,
  i: number,
  subjects?: string[],
) {
  const s = results.get(a.file)?.sentences.find((x) => x.text === text);
  const same = (s?.claims ?? []).filter(
    (c) => subjects && JSON.stringify(c.readings[0]?.claim?.subjects) === JSON.stringify(subjects),
  );
  return same.length === 1 ? same[0] : s?.claims[i];
}

describe('verdicts on the article corpus, embedded data', {
  skip: !hasEmbedded && 'data/*.parquet not built',
}, () => {
  let store: Store;
  let results: Map<string, ArticleCheck>;
  before(async () => {
    store = await embeddedStore();
    results = await checkAll(store);
  });
  after(() => store?.close());

  it('every claim with an expected verdict gets it (README.md gives each reference)', () => {
    let n = 0;
    for (const a of corpus)
      for (const s of a.sentences)
        (s.claims ?? []).forEach((c, i) => {
          if (!c.expected_verdict) return;
          n++;
          const got = claimOf(results, a, s.text, i, c.subjects);
          assert.equal(
            got?.verdict,
            c.expected_verdict,
            `${a.file}: ${s.text}\n${got?.readings.map((r) => r.line).join('\n')}`,
          );
        });
    assert.ok(n >= 25, `${n} expected verdicts`);
  });

  it('every number a verdict line prints is in the JSON of its reading (--json, POST /api/check)', () => {
    let n = 0;
    for (const a of corpus) {
      const j = JSON.parse(JSON.stringify(articleJson(results.get(a.file) as ArticleCheck)));
      for (const s of j.sentences)
        for (const c of s.claims)
          for (const r of c.readings)
            for (const part of [r, r.record].filter(Boolean))
              for (const token of lineNumbers(part.line ?? '')) {
                n++;
                assert.ok(carried(token, part), `${a.file}: ${token} of "${part.line}" is not in the JSON`);
              }
    }
    assert.ok(n >= 1500, `${n} numbers`);
  });

  it('sentences without a checkable number are "not a quantitative claim", never errors', () => {
    for (const a of corpus)
      for (const s of a.sentences)
        if (s.expect === 'not a quantitative claim') {
          const got = results.get(a.file)?.sentences.find((x) => x.text === s.text);
          assert.equal(got?.status, 'not a quantitative claim', `${a.file}: ${s.text}`);
        }
  });
});

const shared = existsSync(prices) && existsSync('/usr/bin/python3');
describe('default values of the corpus’s index and fund returns against an independent script', {
  skip: !shared && 'needs ../shared/data (yahoo_xjcarter closes) and /usr/bin/python3',
}, () => {
  let store: Store;
  let results: Map<string, ArticleCheck>;
  before(async () => {
    store = await Store.open(':memory:');
    for (const id of ['^RUT', '^GSPC', 'IWM']) await importFile(store, `${prices}${id}.csv`);
    results = await checkAll(store);
  });
  after(() => store?.close());

  it('each value equals the script’s to 1e-9 (percent)', () => {
    const ref = JSON.parse(execFileSync('/usr/bin/python3', [script], { encoding: 'utf8' })) as {
      file: string;
      text: string;
      claim: number;
      value: number;
    }[];
    assert.ok(ref.length >= 20, `${ref.length} reference values`);
    for (const r of ref) {
      const a = corpus.find((x) => x.file === r.file) as CorpusArticle;
      const got = claimOf(results, a, r.text, r.claim)?.readings[0].computed?.value;
      assert.ok(
        got !== undefined && Math.abs(got - r.value) < 1e-9,
        `${r.file}: ${r.text}: ${got} vs ${r.value}`,
      );
    }
  });
});
