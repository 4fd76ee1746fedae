// The ninth round's articles (test/fixtures/articles/*-round9.yaml: the 2019 Fed cut, the 2020 emergency cut,
// the 2012 election) checked on the embedded data, every computed number against
// test/findings/reference/round9/expected.py (Python over ../shared/data, no capgap code): the default
// convention's value, the other news timing's value where the verdict rests on it, and the period a record
// goes back to, with that period's value and the first period of the history ranked. The expected verdicts themselves are in corpus-verdicts.test.ts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../src/findings/article/read.ts';
import { type ArticleCheck, checkArticle } from '../../src/findings/check-article.ts';
import { makeEvaluator } from '../../src/findings/evaluate.ts';
import { storeClaimData } from '../../src/queries/claims-data.ts';
import type { Store } from '../../src/store/store.ts';
import { funds } from '../helpers/article-reader.ts';
import { embeddedStore, hasEmbedded } from '../server/embedded-store.ts';
import { loadCorpus } from './article/corpus.ts';

const script = fileURLToPath(new URL('./reference/round9/expected.py', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/data/prices/', import.meta.url));
const articles = loadCorpus().filter((a) => a.file.endsWith('-round9.yaml'));

interface Ref {
  file: string;
  text: string;
  claim: number;
  value: number;
  alt: number;
  since?: string;
  /** The history's first period (a day, or a week's Friday). */
  historyStart?: string;
  /** The value of the period that breaks the run, percent. */
  sinceValue?: number;
}

describe("the ninth round's articles: every computed number against expected.py", {
  skip:
    (!hasEmbedded && 'data/*.parquet not built') ||
    ((!existsSync(shared) || !existsSync('/usr/bin/python3')) && 'needs ../shared/data and /usr/bin/python3'),
}, () => {
  let store: Store;
  const results = new Map<string, ArticleCheck>();
  before(async () => {
    store = await embeddedStore();
    const ev = makeEvaluator(storeClaimData(store));
    for (const a of articles)
      results.set(
        a.file,
        await checkArticle(readArticle(a.text, { event: a.event, to: a.to, funds }), ev, { asOf: a.to }),
      );
  });
  after(() => store?.close());

  it('three articles, 39 claims', () => {
    assert.equal(articles.length, 3);
    assert.equal(refs().length, 39);
  });

  it("each default value, each other-timing match and each record's period, its value and the history's start equal the script's", () => {
    for (const r of refs()) {
      const a = articles.find((x) => x.file === r.file)!;
      const want = a.sentences.find((s) => s.text === r.text)!.claims![r.claim];
      const got = results
        .get(r.file)!
        .sentences.find((s) => s.text === r.text)!
        .claims.find((c) => JSON.stringify(c.readings[0].claim?.subjects) === JSON.stringify(want.subjects))!;
      const v = got.readings[0];
      const where = `${r.file}: ${r.text} (${want.subjects})\n${v.line}`;
      const tol = want.metric === 'rank' ? 0 : 1e-9;
      assert.ok(
        Math.abs(v.computed!.value - r.value) <= tol,
        `${where}: default ${v.computed!.value} vs ${r.value}`,
      );
      if (got.verdict === 'supported under another convention') {
        // Every such verdict of these articles rests on the other news timing alone.
        assert.ok(
          Math.abs(v.matches[0].value - r.alt) <= tol,
          `${where}: match ${v.matches[0].value} vs ${r.alt}`,
        );
        assert.match(v.matches[0].differs, /news after the close|counting the event day itself/, where);
      }
      if (r.since) assert.match(v.line ?? '', new RegExp(`since (week ending )?${r.since}, `), where);
      // The line names the history the rank is taken in, and what the period that breaks the run gave.
      if (r.historyStart)
        assert.match(v.line ?? '', new RegExp(` from (the week ending )?${r.historyStart} to then`), where);
      if (r.sinceValue !== undefined)
        assert.match(v.line ?? '', new RegExp(`, when it was ${r.sinceValue.toFixed(2)}%; `), where);
    }
  });
});

let cached: Ref[] | undefined;
function refs(): Ref[] {
  cached ??= JSON.parse(execFileSync('/usr/bin/python3', [script], { encoding: 'utf8' })) as Ref[];
  return cached;
}
