import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import type { ReadClaim } from '../../../src/findings/claim-read.ts';
import { funds } from '../../helpers/article-reader.ts';
import { type ExpectedClaim, loadCorpus } from './corpus.ts';

// The corpus: articles written in newsroom styles, each sentence with the parse a careful reader
// expects, written by hand (test/fixtures/articles/README.md). One test per article file.
const corpus = loadCorpus();

function checkReading(got: ReadClaim, want: ExpectedClaim, subjects: string[], where: string) {
  assert.equal(got.metric, want.metric, `${where}: metric`);
  assert.deepEqual(got.subjects, subjects, `${where}: subjects`);
  assert.deepEqual(got.window, want.window, `${where}: window`);
  assert.equal(got.target, want.target, `${where}: target`);
  assert.equal(got.record?.kind, want.record, `${where}: record`);
  if (want.extreme || got.extreme) {
    const { words: _, ...extreme } = got.extreme ?? { words: '' };
    assert.deepEqual(extreme, want.extreme, `${where}: the high or low measured from`);
  }
  if (want.metric === 'record') {
    assert.ok(Number.isNaN(got.stated), `${where}: a record without a number states NaN`);
    return;
  }
  assert.equal(got.comparator.kind, want.comparator ?? 'eq', `${where}: comparator`);
  assert.ok(
    Math.abs(got.stated - (want.stated as number)) <= 1e-9 * Math.abs(got.stated),
    `${where}: stated ${got.stated}`,
  );
  assert.equal(got.unit, want.unit, `${where}: unit`);
  if (want.rate) assert.equal(got.conventions?.rate, want.rate, `${where}: rate`); // "10.2% annualized
}

describe('the article corpus reads as a careful reader would', () => {
  it('holds at least 80 sentences across the files', () => {
    const n = corpus.reduce((a, c) => a + c.sentences.length, 0);
    assert.ok(n >= 80, `${n} sentences`);
  });
  for (const a of corpus) {
    const f = a.file;
    if (a.raw) {
      const raw = a.raw;
      it(`${f}: the pasted article is read as ${raw.format} and dated ${a.to} by its own words`, () => {
        assert.equal(raw.prepared.format, raw.format);
        assert.equal(raw.prepared.to, a.to);
        assert.equal(raw.prepared.toSource, raw.dateFrom);
        // A dateline without a year: the words the year came from (sixth round).
        assert.equal(raw.prepared.toYearFrom, raw.yearFrom);
        if (raw.inferEvent) assert.equal(raw.prepared.event, a.event, 'the event its words name');
      });
    }
    it(`${f}: every sentence parses to its expected parse`, () => {
      const want = a.sentences;
      const read = readArticle(a.text, { event: a.event, to: a.to, funds, morning: a.morning });
      assert.deepEqual(
        read.map((s) => s.text),
        want.map((s) => s.text),
        'the splitter finds the sentences as written',
      );
      read.forEach((s, i) => {
        const w = want[i];
        const where = `${f} sentence ${i + 1} (${JSON.stringify(s.text.slice(0, 50))})`;
        assert.equal(s.status, w.expect ?? 'claims', `${where}: status (${s.reason ?? ''})`);
        if (w.why) assert.equal(s.reason, w.why, `${where}: the reason given`);
        const claims = w.claims ?? [];
        assert.equal(s.claims.length, claims.length, `${where}: number of claims`);
        s.claims.forEach((c, k) => {
          const e = claims[k];
          const readings = e.readings ?? [e.subjects as string[]];
          assert.equal(c.readings.length, readings.length, `${where} claim ${k + 1}: readings`);
          c.readings.forEach((r, j) => {
            checkReading(r, e, readings[j], `${where} claim ${k + 1}.${j + 1}`);
          });
        });
      });
    });
  }
});
