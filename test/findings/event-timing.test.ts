// The default news timing of a claim's event (src/findings/convention-timing.ts, docs/report.md "Conventions
// searched"): a built-in event's own timing (a Fed decision at 14:00 is intraday: the day's reaction counts,
// from the close before it); after the close for any other date. Closes by hand from
// ../shared/data/prices/yfinance_YoussefKh200_slow_turtle/^GSPC.csv (the embedded ^GSPC): 2019-07-30
// 3013.179931640625, 2019-07-31 2980.3798828125, 2019-08-09 2918.64990234375 (also
// test/findings/reference/round9/articles.py ret ^GSPC 2019-07-30 2019-08-09: −3.1372%; from 07-31: −2.0712%).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkClaim } from '../../src/findings/check.ts';
import { parseClaims } from '../../src/findings/claim-file.ts';
import { ownConventions } from '../../src/findings/convention-space.ts';
import { builtInTiming } from '../../src/findings/convention-timing.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../helpers/embedded-evaluator.ts';

const claim = (stated: string, extra = '') =>
  parseClaims(
    `- {metric: return, subject: ^GSPC, since: 2019-07-31, to: 2019-08-09, stated: "${stated}"${extra}}`,
  )[0];

describe("a claim's default news timing", () => {
  it("is the built-in event set's: Fed decisions intraday (2019-07-31 at 14:00; 2020-03-03 at 10:00)", () => {
    assert.equal(builtInTiming('2019-07-31'), 'intraday');
    assert.equal(builtInTiming('2020-03-03'), 'intraday');
    assert.equal(builtInTiming('2020-03-15'), 'before-open'); // a Sunday evening
    assert.equal(builtInTiming('2016-11-08'), 'after-close'); // an election
    assert.equal(builtInTiming('2019-08-05'), undefined);
    assert.equal(ownConventions(claim('-3.1%')).timing, 'intraday');
  });
  it("gives way to the claim's own timing", () =>
    assert.equal(
      ownConventions(claim('-3.1%', ', conventions: {timing: after-close}')).timing,
      'after-close',
    ));
  it('is after the close for a date no built-in event falls on', () =>
    assert.equal(
      ownConventions(
        parseClaims('- {metric: return, subject: ^GSPC, since: 2019-08-05, to: 2019-08-09, stated: 1%}')[0],
      ).timing,
      'after-close',
    ));
});

describe('a Fed decision on the embedded data', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();

  it('"down 3.1% since the July 31 cut" is supported by default: from the 07-30 close', async () => {
    const v = await checkClaim(claim('-3.1%'), data.ev);
    assert.equal(v.verdict, 'supported');
    assert.ok(Math.abs(v.computed!.value - (2918.64990234375 / 3013.179931640625 - 1) * 100) < 1e-9);
    assert.equal(v.computed!.from, '2019-07-30');
  });

  it('"down 2.1%" (from the decision day\'s close) is supported under another convention, and says which', async () => {
    const v = await checkClaim(claim('-2.1%'), data.ev);
    assert.equal(v.verdict, 'supported under another convention');
    assert.ok(Math.abs(v.matches[0].value - (2918.64990234375 / 2980.3798828125 - 1) * 100) < 1e-9);
    assert.match(
      v.line!,
      /supported under another convention: from the event day's close \(news after the close\), -2\.07% \(default convention: -3\.14%\)/,
    );
  });
  it('a match of the opposite sign to the default does not support a spread (2008 election: Lo 10 − Hi 10 "trailed by about 2 points")', async () => {
    // test/findings/reference/round9/articles.py french 'Lo 10' 'Hi 10': 2008-11-04 → 11-06 +3.1027 pp (the
    // default: small caps led); 2008-11-03 → 11-05 −1.6211 pp (counting election day, one session earlier).
    const [c] = parseClaims(
      '- {metric: spread, subjects: [Lo 10, Hi 10], since: 2008-11-04, to: 2008-11-06, stated: -2pp, comparator: {kind: approx, lo: -2.5, hi: -1.5}}',
    );
    const v = await checkClaim(c, data.ev, { asOf: '2008-11-06' });
    // The claim says small caps trailed; by default they led: not supported (./opposite-sign.test.ts).
    assert.equal(v.verdict, 'not supported');
    assert.ok(Math.abs(v.computed!.value - 3.1027) < 5e-5, String(v.computed!.value));
    assert.ok(Math.abs(v.nearest!.value - -1.6211) < 5e-5, String(v.nearest!.value));
    assert.match(
      v.line!,
      /not supported: 3\.10 pp; the default convention gives the opposite sign, only another convention reproduces the number: .*-1\.62 pp/,
    );
  });
});
