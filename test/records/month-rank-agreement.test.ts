/**
 * One month-rank rule (src/records/rank.ts `rankAt`: competition rank, ties share) across the three outputs that
 * rank a month: `capgap report` (findings/month-spread.ts), the page's month standing (server/data/
 * month-standing.ts, /api/lead) and `capgap check` (records/record.ts through the claim checker).
 *
 * Reference: the rank recounted here by hand from French's monthly file (test/fixtures/report/french-monthly-lo-hi.csv,
 * cut from Portfolios_Formed_on_ME, vintage 202602), in whole basis points so no floating point enters:
 * Nov 2016 EW 6.98 − 4.46 = 2.52 pp: 301 months from Jul 1926 wider, 1 as wide (Nov 1962) → joint 302nd of 1,085;
 * Nov 2016 VW 9.75 − 3.42 = 6.33 pp: 109 wider, none as wide → 110th of 1,085.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { CliIO } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import { readArticle } from '../../src/findings/article/read.ts';
import { checkArticle } from '../../src/findings/check-article.ts';
import { makeEvaluator } from '../../src/findings/evaluate.ts';
import type { EventSnapshot } from '../../src/findings/snapshot-types.ts';
import { storeClaimData } from '../../src/queries/claims-data.ts';
import { loadSnapshotInputs } from '../../src/queries/snapshot-inputs.ts';
import { createApp } from '../../src/server/app.ts';
import { monthStanding } from '../../src/server/data/month-standing.ts';
import type { Store } from '../../src/store/store.ts';
import { embeddedStore, hasEmbedded } from '../server/embedded-store.ts';

/** The hand recount: months up to `month` (YYYYMM) wider than it, and as wide, in whole basis points. */
function recount(weighting: 'value' | 'equal', month: number): { rank: number; of: number; ties: number } {
  const rows = readFileSync(new URL('../fixtures/report/french-monthly-lo-hi.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter((r) => r[1] === weighting && Number(r[0]) <= month);
  const bp = (r: string[]) => Math.round(Number(r[2]) * 100) - Math.round(Number(r[3]) * 100);
  const own = bp(rows.find((r) => Number(r[0]) === month)!);
  const wider = rows.filter((r) => bp(r) > own).length;
  const ties = rows.filter((r) => bp(r) === own && Number(r[0]) !== month).length;
  return { rank: wider + 1, of: rows.length, ties };
}

const ordinalRank = (line: string, convention: RegExp): number => {
  const m = new RegExp(`${convention.source}[^(]*?(\\d+)(?:st|nd|rd|th) of 1,085 months`).exec(line);
  assert.ok(m, `no rank for ${convention} in: ${line}`);
  return Number(m[1]);
};

describe('one month-rank rule: report, page and check agree with a hand recount', {
  skip: !hasEmbedded && 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)',
}, () => {
  let store: Store;
  let report: EventSnapshot;
  let checkLine = '';
  before(async () => {
    store = await embeddedStore();
    let out = '';
    const io: CliIO = {
      isTTY: false,
      out: (s: string) => {
        out += `${s}\n`;
      },
      err: () => {},
    };
    assert.equal(await main(['report', '--event', '2016-11-08', '--json', '--db', ':memory:'], io), 0);
    report = JSON.parse(out);
    // The claim holds only equal-weighted, so the checker states both conventions' ranks.
    const text = 'November was the widest gap between small and large stocks since 2016.';
    const res = await checkArticle(
      readArticle(text, { event: '2016-11-08', to: '2016-11-30' }),
      makeEvaluator(storeClaimData(store)),
      { asOf: '2016-11-30' },
    );
    checkLine = res.sentences[0]?.claims[0]?.readings[0]?.line ?? '';
  });
  after(() => store?.close());

  it('the hand recount: Nov 2016 EW is joint 302nd of 1,085 (tied with Nov 1962); VW 110th', () => {
    assert.deepEqual(recount('equal', 201611), { rank: 302, of: 1085, ties: 1 });
    assert.deepEqual(recount('value', 201611), { rank: 110, of: 1085, ties: 0 });
  });

  it('capgap report --json ranks Nov 2016 EW joint 302nd and VW 110th', () => {
    const ew = report.spreads.find((s) => s.weighting === 'equal')!.result;
    const vw = report.spreads.find((s) => s.weighting === 'value')!.result;
    assert.deepEqual({ rank: ew.rank, of: ew.of, ties: ew.ties }, recount('equal', 201611));
    assert.deepEqual({ rank: vw.rank, of: vw.of, ties: vw.ties }, recount('value', 201611));
  });

  it("the page's month standing ranks Nov 2016 EW joint 302nd (as it stood at the time)", async () => {
    const inputs = await loadSnapshotInputs(store);
    const ew = inputs.monthlyEW;
    const m = monthStanding(
      { days: ew.days, small: ew.returns['Lo 10'], large: ew.returns['Hi 10'] },
      '2016-11',
    );
    assert.deepEqual(m.atTheTime, recount('equal', 201611));
  });

  it('/api/lead (the page, value-weighted) ranks Nov 2016 VW 110th', async () => {
    const app = createApp({ store, web: false, timeoutMs: 120_000 });
    const res = await app.request('/api/lead?event=2016-11-08');
    const body = (await res.json()) as { month: { atTheTime: { rank: number; of: number; ties: number } } };
    assert.equal(res.status, 200, JSON.stringify(body));
    await app.state.serial.idle();
    assert.deepEqual(body.month.atTheTime, recount('value', 201611));
  });

  it('capgap check ranks Nov 2016 EW 302nd and VW 110th', () => {
    assert.equal(ordinalRank(checkLine, /equal-weighted/), recount('equal', 201611).rank);
    assert.equal(ordinalRank(checkLine, /default convention/), recount('value', 201611).rank);
  });
});
