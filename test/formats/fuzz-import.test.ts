import assert from 'node:assert/strict';
import { waysFuzzSuite } from '../helpers/fuzz-ways.ts';

// `capgap import FILE` as a child process on a scratch copy of a store holding real fixtures (^RUT, the 2016
// GICS file): every named damage of scripts/fuzz-hostile-files.ts once (round-robin over the 8 real seeds), every
// hostile Parquet file of scripts/fuzz-parquet.ts (wrong column types, zero rows, pages cut under an intact
// footer, a 19-million-row bomb) and 4 seeded random ones (npm run fuzz -- --target import runs 400). Each ends accepted, or rejected with exit
// 1/2, one line naming the file with no control or bidi character and at most 1,000 characters, no stack
// trace and every table's checksum unchanged; then every regression
// case in test/fixtures/fuzz/ways-in/ replays to its expected outcome.
waysFuzzSuite({
  target: 'import',
  title: 'a short import fuzz run (54 seeded hostile files) finds no crash, no changed store, no hang',
  cases: 54,
  parallel: 2,
  check: (counts, cases) => {
    assert.equal(cases.length, 54);
    // most damages make the file unreadable: the run reaches the error paths, not only the happy one
    assert.ok(counts.rejected >= 38, JSON.stringify(counts));
  },
});
