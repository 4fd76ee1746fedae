// A record phrase on a fund's flow ("IWM took in $1.1 billion on Thursday, its biggest inflow in a month",
// "pulled $2bn from IWM this week, the most since 2014") ranks flows, never the fund's returns
// (src/findings/evaluate-record.ts). The embedded data hold no flows, so both records cannot be checked;
// before, they were ranked on IWM's daily and weekly returns ("16th best of 20 days", "worst since week
// ending 2011-09-23": price moves, not money).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../src/findings/article/read.ts';
import { checkArticle } from '../../src/findings/check-article.ts';
import { funds } from '../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../helpers/embedded-evaluator.ts';

describe("a fund flow's record phrase ranks flows", { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  for (const text of [
    'IWM took in $1.1 billion on Thursday, its biggest inflow in a month.',
    'Investors pulled $2bn from IWM this week, the most since 2014.',
  ])
    it(`"${text}": the number and its record cannot be checked without flow data`, async () => {
      const o = { event: '2018-12-19', to: '2018-12-21', funds };
      const r = await checkArticle(readArticle(text, o), data.ev, { asOf: o.to });
      const c = r.sentences[0].claims[0];
      assert.equal(c.readings[0].claim?.metric, 'flow');
      assert.equal(c.verdict, 'cannot check');
      const rec = c.readings[0].record;
      assert.equal(rec?.verdict, 'cannot check', rec?.line);
      // The reason names the fund (s10-verdicts: a fund named by ticker reads its own flows).
      assert.equal(rec?.reason, 'no flow data in the store for IWM');
    });
});
