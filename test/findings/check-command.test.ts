import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { readArticle } from '../../src/findings/article/read.ts';
import { checkArticle } from '../../src/findings/check-article.ts';
import { reproduceCommand } from '../../src/findings/check-command.ts';
import { makeEvaluator } from '../../src/findings/evaluate.ts';
import { storeClaimData } from '../../src/queries/claims-data.ts';
import { Store } from '../../src/store/store.ts';
import { loadRealRows } from './real-rows.ts';

// The reproducing command of a fraction stated in words, run back through `capgap check --claim` in-process
// on real rows (^RUT closes of real-rows.ts: 1195.14001 on 2016-11-08, 1302.14001 on 2016-11-15, +8.953%).
let dir: string;
let db: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'capgap-command-'));
  db = join(dir, 'store.duckdb');
  const store = await Store.open(db);
  await loadRealRows(store);
  store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** The first reading of a sentence, checked on the store, with its printed command. */
async function checked(text: string) {
  const store = await Store.open(db);
  try {
    const res = await checkArticle(
      readArticle(text, { event: '2016-11-08', to: '2016-11-15' }),
      makeEvaluator(storeClaimData(store)),
      { asOf: '2016-11-15' },
    );
    const r = res.sentences[0].claims[0].readings[0];
    const m = r.matches?.[0];
    return { r, command: reproduceCommand(r.claim!, m?.conventions) };
  } finally {
    store.close();
  }
}

async function run(command: string) {
  const arg = /--claim '(.*)'$/.exec(command)![1];
  const out: string[] = [];
  const code = await main(['check', '--claim', arg, '--db', db], {
    out: (t) => out.push(t),
    err: (t) => out.push(t),
    isTTY: false,
  });
  return { code, out: out.join('\n') };
}

describe('reproduceCommand(claim) for a fraction in words', () => {
  it('"risen by about a third" prints stated: "33.33%" with its bounds, and the command gives the same verdict', async () => {
    const { r, command } = await checked('The Russell 2000 has risen by about a third since the election.');
    assert.equal(r.verdict, 'not supported');
    assert.match(command, /stated: "33\.33%", comparator: \{kind: approx, lo: 30, hi: 36\.6+7\}/);
    assert.doesNotMatch(command, /33\.3333/);
    const again = await run(command);
    assert.match(
      again.out,
      /\[not supported\] claim-1: return of \^RUT since 2016-11-08 through 2016-11-15 33\.33%: not supported: 8\.953%/,
    );
  });

  it('"risen by a tenth" prints stated: "10%" and the command, under the convention shown, supports it at that value', async () => {
    // The check: not within 9–11 on the default close-to-close (8.953%), within it from the event day's open
    // (1302.14001 / 1192.04004 − 1 = 9.236%, real-rows.ts).
    const { r, command } = await checked('The Russell 2000 has risen by a tenth since the election.');
    assert.equal(r.verdict, 'supported under another convention');
    assert.match(
      command,
      /stated: "10%", comparator: \{kind: approx, lo: 9, hi: 11\}, conventions: \{base: open-event\}/,
    );
    const again = await run(command);
    assert.equal(again.code, 0, again.out);
    assert.match(again.out, /\[supported\] claim-1: .* 10%: supported, 9\.24%/);
  });
});
