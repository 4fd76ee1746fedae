import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isIsoDate } from '../../src/calendar/dates.ts';
import { checkRange } from '../../src/connectors/connect-prices.ts';
import { ConnectorError } from '../../src/connectors/errors.ts';
import { fetchSettings } from '../../src/connectors/settings.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';

// Property-based fuzzing (fast-check, seeded, bounded) of `capgap fetch`'s option values: --timeout,
// --retries, --max-age and --cache, and --from/--to of `fetch prices`. Each is taken as a finite number in
// range (retries whole), a real day in 1900..2100 with from <= to, or refused by a 'config' ConnectorError
// naming the option; never NaN, Infinity, a hex or `1_000` number, or an impossible date taken.
const HOSTILE = [
  '',
  ' ',
  '1e999',
  '-0',
  '0',
  'NaN',
  'Infinity',
  '0x10',
  '1_000',
  '2.5',
  '-1',
  '+3',
  '3 ',
  '٣',
  '1e3',
  '.5',
  '5.',
  '\u0000',
  '2016-02-30',
  '0000-00-00',
  '99999-01-01',
  '2016-11-08',
  '1899-12-31',
  '2100-12-31',
  '2016-11-08T00:00',
];
const value = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 100 }).map(String),
);
const runs = {
  seed: Number(process.env.CAPGAP_FUZZ_SEED ?? 20261201),
  numRuns: Number(process.env.CAPGAP_FUZZ_RUNS ?? 500),
};

describe('capgap fetch option values', () => {
  const cacheDir = scratchDir('capgap-fuzz-fetch-');
  it('--timeout, --retries, --max-age, --cache: taken in range, or a config error naming the option', () => {
    fc.assert(
      fc.property(
        value,
        value,
        value,
        fc.constantFrom('auto', 'refresh', 'cached', 'bogus'),
        (timeout, retries, maxAge, cache) => {
          try {
            const { ctx } = fetchSettings(
              { db: ':memory:', cacheDir, timeoutSeconds: timeout, retries, maxAgeHours: maxAge, cache },
              {},
            );
            const timeoutMs = ctx.http?.timeoutMs ?? Number.NaN;
            const tries = ctx.http?.retries ?? Number.NaN;
            assert.ok(Number.isFinite(timeoutMs) && timeoutMs >= 1, String(timeoutMs));
            assert.ok(Number.isInteger(tries) && tries >= 0, String(tries));
            const maxAgeMs = ctx.maxAgeMs ?? Number.NaN;
            assert.ok(Number.isFinite(maxAgeMs) && maxAgeMs >= 0);
            for (const v of [timeout, retries, maxAge])
              assert.match(v, /^\+?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/);
          } catch (err) {
            assert.ok(err instanceof ConnectorError && err.failure === 'config', String(err));
            assert.match(err.message, /^invalid --(timeout|retries|max-age|cache)[: ]/);
          }
        },
      ),
      runs,
    );
  });
  it('--from and --to: real days in 1900..2100, from not after to, or a config error', () => {
    fc.assert(
      fc.property(fc.option(value, { nil: undefined }), fc.option(value, { nil: undefined }), (from, to) => {
        try {
          checkRange(from, to);
          for (const d of [from, to])
            if (d !== undefined) assert.ok(isIsoDate(d) && d >= '1900-01-01' && d <= '2100-12-31', d);
          if (from !== undefined && to !== undefined) assert.ok(from <= to);
        } catch (err) {
          assert.ok(err instanceof ConnectorError && err.failure === 'config', String(err));
          assert.match(err.message, /^invalid (from|to) date: /);
        }
      }),
      runs,
    );
  });
});
