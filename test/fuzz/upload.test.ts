import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { uploadCase } from '../../scripts/fuzz-http.ts';
import { createApp } from '../../src/server/app.ts';
import { SERVER_IMPORT_KINDS } from '../../src/server/routes/import-run.ts';
import type { Store } from '../../src/store/store.ts';
import { fixtureStore } from '../server/fixture-store.ts';
import { hostileFile, hostileSpec, seedTables } from './hostile-files.ts';

// Property-based fuzzing of `POST /api/import` (fast-check, seeded, bounded), in-process on the server tests'
// store of real rows (test/server/fixture-store.ts): the hostile files of test/fuzz/hostile-files.ts uploaded
// as the kind the seed is (three times in four, when the server takes it), or another. scripts/fuzz-http.ts's uploadCase classifies each answer: 2xx, or 4xx
// with a JSON error naming the body and the upload's file name, and a failed upload leaves the store's
// checksum as it was; a 5xx, a non-JSON error, a changed store or a hang fails the property.

const TOKEN = 'fuzz-upload-token';
const seeds = seedTables();
let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  store = await fixtureStore();
  app = createApp({ store, web: false, importToken: TOKEN });
});
after(async () => {
  await app.state.serial.idle();
  store.close();
});

test('fast-check: hostile uploads answer 2xx, or 4xx naming the body and file, the store unchanged on failure', async () => {
  const outcomes: Record<string, number> = {};
  await fc.assert(
    fc.asyncProperty(
      hostileSpec,
      fc.constantFrom(...SERVER_IMPORT_KINDS),
      fc.nat(3),
      async (spec, other, k) => {
        const f = hostileFile(seeds, spec);
        // mostly the seed's own kind (when the server takes it), so the parsers see most uploads
        const kind = k && (SERVER_IMPORT_KINDS as readonly string[]).includes(f.kind) ? f.kind : other;
        const name = f.name.replace(/[^\w^.-]/g, '_');
        const r = await uploadCase(
          app,
          store,
          { name, bytes: f.bytes, how: 'fast-check' },
          { kind, token: TOKEN },
        );
        outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
        if (process.env.CAPGAP_FUZZ_VERBOSE) console.log(kind, name, r.message.slice(0, 160));
        assert.ok(
          r.outcome === 'accepted' || r.outcome === 'rejected',
          `${kind} ${name}: ${r.outcome}: ${r.message}`,
        );
      },
    ),
    {
      seed: Number(process.env.CAPGAP_FUZZ_SEED ?? 20261130),
      numRuns: Number(process.env.CAPGAP_FUZZ_RUNS ?? 100),
      endOnFailure: true,
    },
  );
  if (process.env.CAPGAP_FUZZ_VERBOSE) console.log('outcomes', JSON.stringify(outcomes));
  assert.ok((outcomes.rejected ?? 0) > 0, JSON.stringify(outcomes));
});
