/** The `capgap buckets --timings` line: seconds to three places, CPU = user + system (hand-computed). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timingsLine } from '../../src/cli/timings-line.ts';

test('timingsLine prints each step in seconds and the CPU as user + system', () => {
  // 250,000 µs user + 50,000 µs system = 0.300 s of CPU.
  const line = timingsLine(
    { storeRead: 310, index: 12.4, compute: 40, total: 362 },
    { user: 250_000, system: 50_000 },
  );
  assert.match(
    line,
    /^timings: store read 0\.310 s, index 0\.012 s, compute 0\.040 s, total 0\.362 s; CPU 0\.300 s \(user \+ system, all threads, DuckDB's included\), load average \d+\.\d\d$/,
  );
});
