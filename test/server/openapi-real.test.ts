/**
 * Every documented GET operation called on the embedded data (real responses), each 200 body validated against
 * its OpenAPI schema with Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) and checked against the JSON
 * vocabulary's rules (test/server/vocabulary.ts, docs/json.md).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { openApiDocument } from '../../src/server/openapi.ts';
import { type App, SKIP_EMBEDDED, useEmbeddedApp } from '../helpers/embedded-app.ts';
import { SAMPLES } from './route-samples.ts';
import { foldViolations, vocabularyViolations } from './vocabulary.ts';

// biome-ignore lint/suspicious/noExplicitAny: the document is walked as plain JSON
type Json = any;
const skip = SKIP_EMBEDDED;

let app: App;
useEmbeddedApp(
  (a) => {
    app = a;
  },
  { timeoutMs: 120_000 },
);

describe('every documented route, called on the embedded data, answers as the OpenAPI document says', {
  skip,
}, () => {
  const doc = openApiDocument() as Json;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const gets = Object.keys(doc.paths).filter((p) => doc.paths[p].get);

  it('has one sample request per documented GET path', () => {
    assert.deepEqual([...gets].sort(), Object.keys(SAMPLES).sort());
  });
  for (const path of Object.keys(SAMPLES)) {
    it(`GET ${path}: the 200 body validates against its schema and follows the JSON vocabulary`, async () => {
      const res = await app.request(path + SAMPLES[path]);
      const body = (await res.json()) as Json;
      if (res.status === 404 && /needs? a stock panel|no stock|panel/i.test(body.error?.message ?? '')) {
        return; // the embedded data hold no stock panel: the route says so (checked in sectors tests)
      }
      assert.equal(res.status, 200, JSON.stringify(body).slice(0, 400));
      const schema = doc.paths[path].get.responses['200'].content['application/json'].schema;
      const validate = ajv.compile(schema);
      assert.ok(validate(body), ajv.errorsText(validate.errors, { separator: '\n' }));
      assert.deepEqual(foldViolations(vocabularyViolations(body)), []);
    });
  }
});
