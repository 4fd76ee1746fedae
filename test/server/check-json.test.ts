/**
 * POST /api/check answers with every number its verdict lines print, each with its provenance, in the shape
 * the OpenAPI document describes (validated with Ajv, JSON Schema 2020-12). An article on the day after the
 * Brexit vote (embedded data), with a record, a rank, a flow that cannot be checked and a wrong number.
 * References:
 * - test/findings/reference/round9/articles.py day ^GSPC 2016-06-24: −3.5920%, the worst day since
 *   2015-08-24 (−3.941369%), 198th of 22,223 days from 1928-01-03;
 * - test/findings/reference/sector_ranks.py 2016-06-23 2016-06-24: from the bottom XLF −5.36%, XLB −4.36%,
 *   XLI −4.07%, … XLU +0.16% (10 funds).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SECTOR_ETFS } from '../../src/findings/claim-sectors.ts';
import { openApiDocument } from '../../src/server/openapi.ts';
import { type App, SKIP_EMBEDDED, useEmbeddedApp } from '../helpers/embedded-app.ts';
import { carried, lineNumbers } from '../helpers/json-numbers.ts';

// biome-ignore lint/suspicious/noExplicitAny: the answer is walked as plain JSON
type Json = any;

const ARTICLE = [
  'The S&P 500 lost 3.6 per cent, its steepest fall since August 2015.',
  'Financials led the declines, with the Financial Select Sector SPDR down 5.4 per cent.',
  'UK equity funds lost $500 million on Friday.',
  'The Russell 2000 rose 2 per cent on Friday.',
].join(' ');

let app: App;
useEmbeddedApp((a) => {
  app = a;
});

describe('POST /api/check: the JSON carries every number of the text', { skip: SKIP_EMBEDDED }, () => {
  let body: Json;
  const readings = (): Json[] =>
    body.sentences.flatMap((s: Json) => s.claims.flatMap((c: Json) => c.readings));

  it('answers 200 and validates against the OpenAPI schema of POST /api/check', async () => {
    const res = await app.request('/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: ARTICLE, event: '2016-06-23', to: '2016-06-24' }),
    });
    body = await res.json();
    assert.equal(res.status, 200, JSON.stringify(body).slice(0, 300));
    const doc = openApiDocument() as Json;
    const schema = doc.paths['/api/check'].post.responses['200'].content['application/json'].schema;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const validate = ajv.compile(schema);
    assert.ok(validate(body), ajv.errorsText(validate.errors, { separator: '\n' }));
    assert.equal(readings().length, 5);
  });

  it('every number a verdict line prints is in its reading: a number at the printed precision, or its reason', () => {
    let n = 0;
    for (const r of readings()) {
      for (const part of [r, r.record].filter(Boolean)) {
        for (const token of lineNumbers(part.line ?? '')) {
          n++;
          assert.ok(carried(token, part), `${token} of "${part.line}" is not in the JSON`);
        }
      }
    }
    assert.ok(n >= 20, `${n} numbers`);
  });

  it("a record's standing: the period that breaks the run, its value, the rank and the history's start (articles.py)", () => {
    const r = readings().find((x) => x.record)?.record;
    const c = r?.computed;
    assert.equal(r?.verdict, 'supported');
    assert.equal(c.unit, 'decimal');
    assert.equal(c.printedUnit, '%');
    assert.ok(Math.abs(c.value - -0.03592) < 5e-7, String(c.value));
    assert.equal(c.record.largestSince.period, '2015-08-24');
    assert.ok(Math.abs(c.record.largestSince.value - -0.03941369) < 5e-9);
    assert.equal(c.record.rankAtTheTime, 198);
    assert.equal(c.record.of, 22223);
    assert.equal(c.record.historyStart, '1928-01-03');
    assert.ok(c.provenance.length >= 1 && c.provenance[0].dataset);
  });

  it("a rank claim's whole order, from the bottom, as sector_ranks.py gives it", () => {
    const r = readings().find((x) => x.claim?.metric === 'rank');
    const ranking = r.computed.ranking as { place: number; name: string; value: number }[];
    const want = ['XLF', 'XLB', 'XLI', 'XLK', 'XLY', 'XLE', 'XLV', 'XLP', 'XLRE', 'XLU'];
    assert.deepEqual(
      ranking.map((x) => SECTOR_ETFS[x.name]),
      want,
    );
    assert.deepEqual(
      ranking.map((x) => Math.round(x.value * 1e4) / 100),
      [-5.36, -4.36, -4.07, -3.84, -3.72, -3.23, -2.9, -1.92, -1.26, 0.16],
    );
  });

  it('a flow that cannot be checked says what is missing and the command in `reason` and `needs`', () => {
    const r = readings().find((x) => x.claim?.metric === 'flow');
    assert.equal(r.verdict, 'cannot check');
    assert.match(r.reason, /"UK equity" is neither a category nor a fund of capgap's fund registry/);
    assert.match(
      r.needs,
      /capgap import --kind etfs REGISTRY\.csv .* then capgap import --kind etf-flows FILE/,
    );
  });
});
