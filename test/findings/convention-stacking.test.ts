// Convention stacking (docs/report.md, "Verdicts"; src/findings/check-judge.ts, MAX_CHANGES): an alternative
// supports a number only when it changes at most 2 of the claim's conventions. Real IWM rows around its
// 2016-12-22 ex-dividend date (yahoo_xjcarter_data/IWM.csv, test/findings/real-rows.ts); each expected value
// is a hand calculation from those rows, not capgap's output.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ConventionResult } from '../../src/findings/check.ts';
import { checkClaim } from '../../src/findings/check.ts';
import { judge, MAX_CHANGES } from '../../src/findings/check-judge.ts';
import { parseClaims } from '../../src/findings/claim-file.ts';
import { changes, ownConventions } from '../../src/findings/convention-space.ts';
import { makeEvaluator } from '../../src/findings/evaluate.ts';
import type { Evaluator } from '../../src/findings/evaluator.ts';
import { storeClaimData } from '../../src/queries/claims-data.ts';
import { Store } from '../../src/store/store.ts';
import { IWM, loadRealRows } from './real-rows.ts';

let store: Store;
let evaluator: Evaluator;
before(async () => {
  store = await Store.open(':memory:');
  await loadRealRows(store);
  evaluator = makeEvaluator(storeClaimData(store));
});
after(() => store.close());

const row = (d: string) => IWM.find((r) => r[0] === d)!; // [date, open, close, adj close]

async function check(stated: string) {
  const [claim] = parseClaims(
    `- {metric: return, subject: IWM, since: 2016-12-20, to: 2016-12-22, stated: "${stated}"}`,
  );
  return checkClaim(claim, evaluator, { maxShift: 1 });
}

describe('convention stacking: at most 2 changed conventions support a number', () => {
  it('the limit is 2', () => assert.equal(MAX_CHANGES, 2));

  it('one change (from the close of the first session after the news) supports −0.86%', async () => {
    const v = await check('-0.86%');
    // Default: adj close 12-22 / adj close 12-20 − 1 = 126.90456 / 128.84895 − 1 = −1.509%.
    // From t0's close: 126.90456 / 128.00838 − 1 = −0.8623% (rounds to −0.86).
    assert.equal(v.verdict, 'supported under another convention');
    assert.ok(Math.abs(v.computed!.value - (row('2016-12-22')[3] / row('2016-12-20')[3] - 1) * 100) < 1e-9);
    assert.ok(Math.abs(v.matches[0].value - (row('2016-12-22')[3] / row('2016-12-21')[3] - 1) * 100) < 1e-9);
    assert.equal(changes(ownConventions(v.claim!), v.matches[0].conventions), 1);
  });

  it("two changes (price return; from t0's close) still support −1.27%", async () => {
    const v = await check('-1.27%');
    // Price closes: 135.32001 / 137.06 − 1 = −1.2695%.
    const hand = (row('2016-12-22')[2] / row('2016-12-21')[2] - 1) * 100;
    assert.equal(v.verdict, 'supported under another convention');
    assert.ok(Math.abs(v.matches[0].value - hand) < 1e-9);
    assert.equal(changes(ownConventions(v.claim!), v.matches[0].conventions), 2);
    assert.match(
      v.line!,
      /supported under another convention: price return; from the close of the first session after the news, -1\.270% \(default convention: -1\.509%\)/,
    );
  });

  it("three changes stacked (price; from the event day's open; end 1 session later) do not support −0.70%", async () => {
    const v = await check('-0.70%');
    // Only one computation rounds to −0.70: price open 12-20 → price close 12-23, 136.03999 / 137.0 − 1 = −0.7007%.
    const hand = (row('2016-12-23')[2] / row('2016-12-20')[1] - 1) * 100;
    assert.equal(v.verdict, 'not supported');
    assert.equal(v.matches.length, 0);
    assert.equal(v.stackedChanges, 3);
    assert.ok(Math.abs(v.nearest!.value - hand) < 1e-9);
    assert.match(
      v.line!,
      /: not supported: -1\.51%; reproduced only by stacking 3 changes of convention \(weak evidence: at most 2 count as support\): price return; from the event day's open; end 1 session later, -0\.70%$/,
    );
  });

  it('a number nothing reproduces names the nearest convention, not a stack', async () => {
    const v = await check('-3%');
    assert.equal(v.verdict, 'not supported');
    assert.equal(v.stackedChanges, undefined);
    assert.match(v.line!, /nearest convention: /);
  });
});

describe('stacking when the default cannot be computed (judge on hand-made values, no market data)', () => {
  // A stock-built claim without a stock panel: the default needs the panel; the only alternative that matches
  // changes 3 conventions. Values are made up by hand to exercise the rule; the dates are only labels.
  const [claim] = parseClaims(
    '- {metric: spread, subjects: [Lo 1/3, Hi 1/3], since: 2016-11-08, to: 2016-11-11, stated: 5pp}',
  );
  const own = ownConventions(claim);
  const result = (value: number, c: Partial<typeof own>, differs: string): ConventionResult => ({
    value,
    from: '2016-11-08',
    to: '2016-11-11',
    description: differs,
    provenance: { datasets: [] },
    conventions: { ...own, ...c },
    differs,
  });
  const cannot = { cannot: 'needs a stock panel', needs: 'capgap import STOCK_PANEL.csv.gz COMPANYLIST.csv' };

  it('a 3-change match is said as a stack, never "which matches"', () => {
    const stack = result(
      5.1,
      { source: 'french', weighting: 'equal', endShift: -1 },
      "French's portfolios; equal-weighted; end 1 session earlier",
    );
    const v = judge(claim, own, undefined, cannot, [
      result(7, { source: 'french' }, "French's portfolios"),
      stack,
    ]);
    assert.equal(changes(own, stack.conventions), 3);
    assert.equal(v.verdict, 'cannot check');
    assert.equal(v.matches.length, 0);
    assert.equal(v.stackedChanges, 3);
    assert.match(
      v.line!,
      /; meanwhile another convention gives 5\.10 pp, reproduced only by stacking 3 changes of convention \(weak evidence: at most 2 count as support\): French's portfolios; equal-weighted; end 1 session earlier$/,
    );
  });

  it('a 2-change match is "which matches"', () => {
    const two = result(5.1, { source: 'french', weighting: 'equal' }, "French's portfolios; equal-weighted");
    const v = judge(claim, own, undefined, cannot, [two]);
    assert.equal(v.matches.length, 1);
    assert.equal(v.stackedChanges, undefined);
    assert.match(
      v.line!,
      /; meanwhile another convention gives 5\.10 pp, which matches: French's portfolios; equal-weighted$/,
    );
  });
});

describe('an alternative must measure some of the claimed period (real ^RUT rows, real-rows.ts)', () => {
  it('"rose 2.46% on Nov. 10" is not borne out by Nov. 11\'s return (close of Nov. 10 → close of Nov. 11)', async () => {
    // Nov 10: 1251.60999 / 1232.16003 − 1 = 1.5785%; Nov 11: 1282.38 / 1251.60999 − 1 = 2.4584% (rounds to
    // 2.46): the same number, but another day. From Nov 10's open: 1251.60999 / 1235.85999 − 1 = 1.2744%.
    const [claim] = parseClaims(
      '- {metric: return, subject: ^RUT, from: 2016-11-09, to: 2016-11-10, stated: 2.46%}',
    );
    const v = await checkClaim(claim, evaluator);
    assert.equal(v.verdict, 'not supported');
    assert.ok(Math.abs(v.computed!.value - (1251.60999 / 1232.16003 - 1) * 100) < 1e-9);
    for (const r of [v.nearest, ...v.matches])
      if (r) assert.ok(r.to >= '2016-11-10' && r.from <= '2016-11-10', `${r.from} → ${r.to}`);
    // The open-to-close reading of the day itself is still searched: 1.27% is supported under it.
    const [open] = parseClaims(
      '- {metric: return, subject: ^RUT, from: 2016-11-09, to: 2016-11-10, stated: 1.27%}',
    );
    const o = await checkClaim(open, evaluator);
    assert.equal(o.verdict, 'supported under another convention');
    assert.ok(Math.abs(o.matches[0].value - (1251.60999 / 1235.85999 - 1) * 100) < 1e-9);
  });
});
