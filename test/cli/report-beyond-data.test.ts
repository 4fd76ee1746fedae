import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';

// `capgap report` for events the embedded data (data/PROVENANCE.md) do not cover. References, from the
// embedded files: French's daily value-weighted size portfolios (vintage 202505) end on 2025-05-30; the
// daily factors start on 1926-07-01; ^GSPC (yfinance) starts on 1927-12-30.
describe('capgap report on an event the data do not cover', () => {
  it('an event after every series exits 1 with one line saying where each source stops', async () => {
    const r = await runCli(['report', '--event', '2030-01-01', '--db', ':memory:']);
    assert.equal(r.code, 1, r.out);
    assert.equal(r.out, '');
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 1, r.err);
    assert.match(lines[0], /^capgap: no data answers the event 2030-01-01: /);
    assert.match(
      lines[0],
      /Size portfolios: event 2030-01-01: no trading day after it in the data \(data end 2025-05-30\)/,
    );
    assert.doesNotMatch(lines[0], /Invalid time value/);
  });

  it('an event before every series exits 1 the same way (French daily data start 1926-07-01)', async () => {
    const r = await runCli(['report', '--event', '1900-01-02', '--db', ':memory:']);
    assert.equal(r.code, 1, r.out);
    assert.match(r.err, /no trading day before it in the data \(data start 1926-07-01\)/);
    assert.match(
      r.err,
      /\^GSPC: event 1900-01-02: no trading day before it in the data \(data start 1927-12-30\)/,
    );
  });

  it('an event past the daily size data but inside the prices reports what it has and says where the size data end', async () => {
    const r = await runCli(['report', '--event', '2025-06-03', '--db', ':memory:']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Russell 2000 /);
    assert.match(
      r.out,
      /Size portfolios: event 2025-06-03: no trading day after it in the data \(data end 2025-05-30\)/,
    );
    assert.doesNotMatch(r.out, /Invalid time value/);
  });
});
