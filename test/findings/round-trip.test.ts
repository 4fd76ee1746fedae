/**
 * capgap's own sentences read back: every claim in the article `capgap report --format article` writes,
 * and in the findings sentences the page shows (/api/returns-since), is read by the checker and comes
 * back `supported`, on the embedded data (data/*.parquet), for the 2016, 2020 and 2024 elections and the
 * Brexit vote. The reference is capgap's own computation of each number (the report prints a finding's
 * value; the checker recomputes it from the store under its default convention), so a failure means a
 * sentence says something other than what it measures, or the reader or evaluator disagrees with it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readArticle } from '../../src/findings/article/read.ts';
import { checkArticle } from '../../src/findings/check-article.ts';
import { makeEvaluator } from '../../src/findings/evaluate.ts';
import { eventSnapshot } from '../../src/findings/event-snapshot.ts';
import { storeClaimData } from '../../src/queries/claims-data.ts';
import { loadReportExtras } from '../../src/queries/report-inputs.ts';
import { loadSnapshotInputs, SIZE_PORTFOLIOS, SNAPSHOT_SUBJECTS } from '../../src/queries/snapshot-inputs.ts';
import { buildEventReport } from '../../src/report/event-report.ts';
import { renderReport } from '../../src/report/render.ts';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/store.ts';
import { embeddedStore, hasEmbedded } from '../server/embedded-store.ts';

const skip = hasEmbedded
  ? false
  : 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)';
const EVENTS = ['2016-11-08', '2020-11-03', '2024-11-05', '2016-06-23'];

let store: Store;
before(async () => {
  if (!skip) store = await embeddedStore();
});
after(() => store?.close());

/** The article's body as a reader pastes it: headline and paragraphs, without the footnote markers. */
async function article(event: string): Promise<{ text: string; to: string }> {
  const inputs = await loadSnapshotInputs(store);
  const snapshot = eventSnapshot(inputs, { event, names: SNAPSHOT_SUBJECTS, groups: SIZE_PORTFOLIOS });
  const extras = await loadReportExtras(store, { event, t0Date: snapshot.indices[0]?.t0 });
  const report = buildEventReport(snapshot, inputs, { ...extras, command: `capgap report --event ${event}` });
  const md = renderReport(report, 'article') as string;
  const body = md.slice(0, md.indexOf('\n---'));
  const to = report.findings
    .map((f) => f.window.to)
    .sort()
    .at(-1) as string;
  const text = body
    .split('\n')
    .filter((l) => !l.startsWith('*'))
    .join('\n')
    .replace(/ \[[\d,\u2013-]+\]/g, '');
  return { text, to };
}

describe("capgap's own sentences read back as supported", { skip }, () => {
  for (const event of EVENTS) {
    it(`the article for ${event}: every claim supported`, async () => {
      const { text, to } = await article(event);
      const r = await checkArticle(readArticle(text, { event, to }), makeEvaluator(storeClaimData(store)), {
        asOf: to,
      });
      const claims = r.sentences.flatMap((s) => s.claims);
      assert.ok(claims.length >= 10, `${claims.length} claims read from:\n${text}`);
      const bad = claims
        .filter((c) => c.verdict !== 'supported')
        .map((c) => c.readings.map((x) => x.line).join(' | '));
      assert.deepEqual(bad, [], text);
      // The headline restates the lede and is not a claim of its own.
      assert.equal(r.sentences[0].status, 'not a quantitative claim');
    });
  }

  it('the page’s findings sentences (every scheme, first three sessions) and its lead are supported', async () => {
    const app = createApp({ store, web: false, timeoutMs: 120_000 });
    try {
      for (const event of EVENTS)
        for (const scheme of ['deciles', 'quintiles', 'terciles', 'indexes']) {
          const res = await app.request(`/api/returns-since?event=${event}&from=0&to=2&scheme=${scheme}`);
          const body = (await res.json()) as { findings: string[] };
          assert.equal(res.status, 200);
          const text = body.findings.join(' ');
          const r = await checkArticle(readArticle(text, { event }), makeEvaluator(storeClaimData(store)));
          const claims = r.sentences.flatMap((s) => s.claims);
          assert.equal(claims.length, 3, text);
          for (const c of claims) assert.equal(c.verdict, 'supported', `${text}\n${c.readings[0].line}`);
        }
      // The page's lead: its sentence (the event-set finding) and the month's standing.
      for (const event of EVENTS) {
        const res = await app.request(`/api/lead?event=${event}`);
        const body = (await res.json()) as { sentence: string; month?: { text: string } };
        assert.equal(res.status, 200);
        const text = [body.sentence, body.month?.text ?? ''].join(' ');
        const r = await checkArticle(readArticle(text, { event }), makeEvaluator(storeClaimData(store)));
        const claims = r.sentences.flatMap((s) => s.claims);
        assert.ok(claims.length >= 1, text);
        for (const c of claims) assert.equal(c.verdict, 'supported', `${text}\n${c.readings[0].line}`);
      }
    } finally {
      await app.state.serial.idle();
    }
  });
});
