import assert from 'node:assert/strict';
import { waysFuzzSuite } from '../helpers/fuzz-ways.ts';

// Every command and `fetch` subcommand, in-process on a scratch store: an unknown option, each string option
// without a value and empty (all of them: they fail before the command runs), and 30 seeded
// hostile values (impossible dates, 1e400, NaN, very long, unicode; npm run fuzz -- --target args runs 400).
// Misuse ends with exit 2 and one line naming the option; an error quoting the value given names its option;
// no JavaScript fault reaches the user. Then the regression cases replay.
waysFuzzSuite({
  target: 'args',
  title: 'a short CLI option fuzz run finds no crash, no unnamed option, no hang',
  cases: 30,
  check: (counts, cases) => {
    assert.ok(cases.filter((c) => c.target === 'args' && c.misuse).length > 300);
    assert.ok(counts.rejected > 300, JSON.stringify(counts));
  },
});
