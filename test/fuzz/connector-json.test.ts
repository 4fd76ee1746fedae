import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { ConnectorError } from '../../src/connectors/errors.ts';
import { parseCompanyFacts, parseSecTickers } from '../../src/connectors/sec.ts';
import { yahooChartToCsv } from '../../src/connectors/yahoo.ts';
import { parseYahoo } from '../../src/formats/yahoo.ts';

// Property-based fuzzing of the JSON bodies the connectors read (fast-check, seeded, bounded): the real Yahoo
// chart response of IWM (test/fixtures/connectors/yahoo-chart-IWM.json) and the SEC format samples (their
// numbers are placeholders, see that folder's README), each with one to three values anywhere in the tree
// replaced by another JSON value (null, a string, an object, 1e400 as text, a huge or negative number), or the
// whole body replaced. Every body must give a result or a ConnectorError ('format'/'config') with its words,
// never a TypeError or a RangeError; and a Yahoo chart that converts gives CSV the importer reads or refuses
// with an ImportError (no Infinity, no "[object Object]" in the CSV).

const fx = (n: string) => readFileSync(new URL(`../fixtures/connectors/${n}`, import.meta.url), 'utf8');
const BODIES = {
  chart: fx('yahoo-chart-IWM.json'),
  facts: fx('sec-companyfacts-CIK0009999901.sample.json'),
  tickers: fx('sec-company_tickers.sample.json'),
};
const RUN = {
  chart: (b: string) => {
    const r = yahooChartToCsv(b, 'IWM', 'https://example.test/chart');
    assert.ok(!/Infinity|NaN|object/.test(r.csv), r.csv.slice(0, 300));
    try {
      parseYahoo(r.csv, { file: 'IWM.csv' });
    } catch (err) {
      assert.equal((err as Error).name, 'ImportError', String(err));
    }
  },
  facts: (b: string) => {
    for (const c of parseCompanyFacts(b, 'SMPL', 'https://example.test/facts'))
      assert.ok(c.shares.every((v) => Number.isFinite(v) && v >= 0));
  },
  tickers: (b: string) => {
    for (const cik of parseSecTickers(b).values()) assert.ok(Number.isSafeInteger(cik) && cik > 0);
  },
};

/** Every path to a value in a JSON tree (arrays by index), at most `max`. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = [], max = 2000) {
  if (out.length >= max) return out;
  out.push(at);
  if (v && typeof v === 'object')
    for (const [k, c] of Object.entries(v)) paths(c, [...at, Array.isArray(v) ? Number(k) : k], out, max);
  return out;
}

const replacement = fc.oneof(
  fc.constantFrom(null, '', 'x', -1, 0, 1e20, -1e20, 1.5, [], {}, [null], { a: 1 }, true, '2016-02-30'),
  fc.jsonValue({ maxDepth: 2 }),
);

test('fast-check: a damaged Yahoo chart or SEC body gives a result or a ConnectorError, never a JS fault', () => {
  const trees = Object.fromEntries(Object.entries(BODIES).map(([k, b]) => [k, JSON.parse(b)])) as Record<
    keyof typeof BODIES,
    unknown
  >;
  const all = Object.fromEntries(Object.entries(trees).map(([k, t]) => [k, paths(t)]));
  const spec = fc.record({
    which: fc.constantFrom('chart' as const, 'facts' as const, 'tickers' as const),
    edits: fc.array(fc.record({ at: fc.nat(), value: replacement, inf: fc.boolean() }), {
      minLength: 1,
      maxLength: 3,
    }),
  });
  fc.assert(
    fc.property(spec, ({ which, edits }) => {
      let tree = structuredClone(trees[which]);
      const marks: string[] = [];
      for (const [i, e] of edits.entries()) {
        const path = all[which][e.at % all[which].length];
        // 1e400 cannot be a JS value: a mark is put in and swapped for the text after stringifying
        const value = e.inf ? `@@INF${i}@@` : e.value;
        if (e.inf) marks.push(`"@@INF${i}@@"`);
        if (path.length === 0) tree = value;
        else {
          let node = tree as Record<string | number, unknown>;
          for (const k of path.slice(0, -1)) node = node?.[k] as Record<string | number, unknown>;
          if (node && typeof node === 'object') node[path[path.length - 1]] = value;
        }
      }
      let body = JSON.stringify(tree) ?? 'null';
      for (const m of marks) body = body.replaceAll(m, '1e400');
      try {
        RUN[which](body);
      } catch (err) {
        assert.ok(
          err instanceof ConnectorError,
          `${which}: ${(err as Error)?.stack ?? err}\n${body.slice(0, 300)}`,
        );
      }
    }),
    {
      seed: Number(process.env.CAPGAP_FUZZ_SEED ?? 20261130),
      numRuns: Number(process.env.CAPGAP_FUZZ_RUNS ?? 400),
      endOnFailure: true,
    },
  );
});
