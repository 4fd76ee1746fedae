// The tenth round's held-out articles (test/fixtures/articles/, the six files of
// test/findings/reference/round10/expected.py) checked on the embedded data: every computed default value
// and every record's period against expected.py (Python over ../shared/data, no capgap code). The expected
// verdicts themselves are in corpus-verdicts.test.ts; the parses in article/corpus.test.ts.
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

const script = fileURLToPath(new URL('./reference/round10/expected.py', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/data/prices/', import.meta.url));

interface Ref {
  file: string;
  text: string;
  claim: number;
  subjects: string[];
  metric: string;
  value?: number;
  since?: string;
}

describe("the tenth round's held-out articles: every computed number against expected.py", {
  skip:
    (!hasEmbedded && 'data/*.parquet not built') ||
    ((!existsSync(shared) || !existsSync('/usr/bin/python3')) && 'needs ../shared/data and /usr/bin/python3'),
}, () => {
  let store: Store;
  let refs: Ref[];
  const results = new Map<string, ArticleCheck>();
  before(async () => {
    refs = JSON.parse(execFileSync('/usr/bin/python3', [script], { encoding: 'utf8' })) as Ref[];
    const files = new Set(refs.map((r) => r.file));
    store = await embeddedStore();
    const ev = makeEvaluator(storeClaimData(store));
    for (const a of loadCorpus().filter((x) => files.has(x.file)))
      results.set(
        a.file,
        await checkArticle(readArticle(a.text, { event: a.event, to: a.to, funds }), ev, { asOf: a.to }),
      );
  });
  after(() => store?.close());

  it('six articles, 62 computed readings', () => {
    assert.equal(results.size, 6);
    assert.equal(refs.length, 62);
  });

  it("each default value and each record's period equal the script's", () => {
    for (const r of refs) {
      const s = results.get(r.file)!.sentences.find((x) => x.text === r.text)!;
      const key = (x?: string[]) => JSON.stringify(x);
      // Every reading with these subjects (a sector's return and its rank share them).
      const all = s.claims
        .flatMap((c) => c.readings)
        .filter((x) => key(x.claim?.subjects) === key(r.subjects))
        .filter(
          (x) => x.claim?.metric === r.metric || (r.metric !== 'distance' && x.claim?.metric !== 'distance'),
        );
      const where = `${r.file}: ${r.text} (${r.subjects})`;
      assert.ok(all.length > 0, `${where}: no claim with these subjects`);
      if (r.value !== undefined) {
        const near = all.some((x) => x.computed && Math.abs(x.computed.value - r.value!) <= 1e-9);
        assert.ok(near, `${where}: ${all.map((x) => x.computed?.value)} vs ${r.value}`);
      }
      if (r.since) {
        const line = all.map((x) => x.record?.line ?? x.line ?? '').join('\n');
        assert.match(line, new RegExp(`since (week ending )?${r.since}, `), where);
      }
    }
  });
});
