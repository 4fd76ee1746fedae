import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { getRoutes, HOSTILE_VALUES } from '../../scripts/fuzz-http.ts';
import { hasHidden, MESSAGE_MAX } from '../../src/quote.ts';
import { type App, SKIP_EMBEDDED, useEmbeddedApp } from '../helpers/embedded-app.ts';
import { SAMPLES } from '../server/route-samples.ts';

// Property-based fuzzing of the HTTP API's query strings (fast-check, seeded, bounded), in-process on the
// embedded real dataset (the server tests' harness, test/helpers/embedded-app.ts). Where scripts/fuzz-http.ts
// makes one parameter hostile at a time, this mixes several: declared and unknown names, valid values beside
// hostile ones (so a request gets past the first check), repeats, `p[]`, and raw query text with broken
// percent-escapes (`%`, `%zz`, a cut UTF-8 sequence). Every answer must be 2xx, or 4xx with a JSON
// `{ error: { status, message, parameter } }` whose message has no hidden character and at most MESSAGE_MAX
// characters, and a 400 must name one of the parameters sent; never a 5xx, a non-JSON error or a hang.

const VALID = [
  '2016-11-08',
  '2016-06-23',
  '2016-11',
  'value',
  'equal',
  'after-close',
  'us',
  'elections',
  'csv',
  'json',
  '0',
  '1',
  '5',
  '-5',
  'market',
  'IWM',
  'french:Lo 10',
  'US small cap',
  'weekly',
  'sector',
];
const RAW = [
  '%',
  '%z',
  '%zz',
  '%E0%A4',
  '%F0%9F%98',
  '%00',
  '%C0%AF',
  '%FF',
  '+',
  '%2B',
  '&',
  '=',
  '==',
  ';',
];

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VALID) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
);

interface Req {
  route: number;
  edits: {
    name: number | string;
    value: string;
    raw: string | null;
    op: 'set' | 'drop' | 'repeat' | 'array';
  }[];
}

// Each request starts from the route's real sample (test/server/route-samples.ts), so most get past the
// first check, then takes one to three edits.
const request: fc.Arbitrary<Req> = fc.record({
  route: fc.nat(),
  edits: fc.array(
    fc.record({
      name: fc.oneof(
        { weight: 6, arbitrary: fc.nat() },
        { weight: 1, arbitrary: fc.constantFrom('zz', '', '__proto__', 'from%zz', 'event%5B%5D') },
      ),
      value,
      raw: fc.oneof(
        { weight: 5, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom(...RAW) },
      ),
      op: fc.constantFrom(
        'set' as const,
        'set' as const,
        'set' as const,
        'drop' as const,
        'repeat' as const,
        'array' as const,
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

function urlOf(routes: { path: string; params: string[] }[], r: Req): { url: string; names: string[] } {
  const route = routes[r.route % routes.length];
  const pairs: [string, string][] = [...new URLSearchParams(SAMPLES[route.path] ?? '')].map(([k, v]) => [
    encodeURIComponent(k),
    encodeURIComponent(v),
  ]);
  const names: string[] = [...route.params];
  for (const e of r.edits) {
    const name =
      typeof e.name === 'number' ? (route.params[e.name % Math.max(1, route.params.length)] ?? 'zz') : e.name;
    const key = name.includes('%') ? name : encodeURIComponent(name);
    const v = e.raw ?? encodeURIComponent(e.value);
    names.push(name, `${name}[]`);
    const at = pairs.findIndex(([k]) => k === key);
    if (e.op === 'drop') {
      if (at >= 0) pairs.splice(at, 1);
    } else if (e.op === 'repeat') pairs.push([key, v]);
    else if (e.op === 'array') pairs.push([`${key}%5B%5D`, v]);
    else if (at >= 0) pairs[at] = [key, v];
    else pairs.push([key, v]);
  }
  // a 400 may also name a declared parameter the request left out ("required")
  return { url: `${route.path}?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`, names };
}

describe('fast-check: hostile query strings on every GET route', { skip: SKIP_EMBEDDED }, () => {
  let app: App;
  useEmbeddedApp((a) => {
    app = a;
  });

  it('answer 2xx, or 4xx with a JSON error naming a parameter (sent, or required); never 5xx', async () => {
    const routes = await getRoutes(app);
    assert.ok(routes.length >= 10, `the OpenAPI document lists ${routes.length} GET routes`);
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const { url, names } = urlOf(routes, r);
        const res = await app.request(url);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const text = await res.text();
        assert.ok(res.status < 500, `${res.status} for ${url}: ${text.slice(0, 300)}`);
        if (res.status < 400) return;
        const err = (JSON.parse(text) as { error?: { status: number; message: string; parameter?: string } })
          .error;
        assert.ok(err, `${res.status} without an error object for ${url}`);
        assert.equal(err.status, res.status);
        assert.ok(
          !hasHidden(err.message) && err.message.length <= MESSAGE_MAX,
          `message of ${url}: ${err.message}`,
        );
        if (res.status === 400) {
          const decoded = names.map((n) => {
            try {
              return decodeURIComponent(n);
            } catch {
              return n;
            }
          });
          const named = [...names, ...decoded].some(
            (n) => err.parameter === n || (n && err.message.includes(n)),
          );
          assert.ok(named, `400 for ${url} names ${err.parameter ?? 'nothing'}: ${err.message}`);
        }
      }),
      {
        seed: Number(process.env.CAPGAP_FUZZ_SEED ?? 20261130),
        numRuns: Number(process.env.CAPGAP_FUZZ_RUNS ?? 150),
        endOnFailure: true,
      },
    );
    if (process.env.CAPGAP_FUZZ_VERBOSE) console.log('statuses', JSON.stringify(statuses));
    assert.ok((statuses[400] ?? 0) > 0, JSON.stringify(statuses));
  });
});
