// Claims checked against real files imported with capgap's importer. The stated numbers are the spot checks
// in /work/shared/data/PROVENANCE.md (computed by the data's curator, independently of capgap).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkClaim } from '../../src/findings/check.ts';
import { parseClaims } from '../../src/findings/claim-file.ts';
import { makeEvaluator } from '../../src/findings/evaluate.ts';
import type { Evaluator } from '../../src/findings/evaluator.ts';
import { storeClaimData } from '../../src/queries/claims-data.ts';
import { importFile } from '../../src/store/import/import-file.ts';
import { Store } from '../../src/store/store.ts';

const shared = new URL('../../../shared/data/', import.meta.url);
const skip = existsSync(shared) ? false : 'needs ../shared/data (the real data files); absent in this clone';

let store: Store;
let evaluator: Evaluator;
before(async () => {
  if (skip) return;
  store = await Store.open(':memory:');
  for (const f of [
    'prices/yahoo_xjcarter_data/^RUT.csv',
    'prices/yahoo_xjcarter_data/IWM.csv',
    'kenfrench_data_library/Portfolios_Formed_on_ME_monthly_vintage202602.CSV',
  ]) {
    await importFile(store, fileURLToPath(new URL(f, shared)));
  }
  evaluator = makeEvaluator(storeClaimData(store));
});
after(() => store?.close());

async function verdict(yaml: string) {
  const [claim] = parseClaims(yaml);
  return checkClaim(claim, evaluator);
}

describe('claims on imported real data (PROVENANCE.md spot checks)', { skip }, () => {
  it('^RUT close 11/8 → 11/10 +4.72% and → 11/15 +8.95%', async () => {
    assert.equal(
      (await verdict('- {metric: return, subject: ^RUT, since: 2016-11-08, to: 2016-11-10, stated: 4.72%}'))
        .verdict,
      'supported',
    );
    assert.equal(
      (await verdict('- {metric: return, subject: ^RUT, since: 2016-11-08, to: 2016-11-15, stated: 8.95%}'))
        .verdict,
      'supported',
    );
  });

  it('^RUT calendar November 2016 +10.99% and IWM (adjusted) +11.06%', async () => {
    const rut = await verdict('- {metric: return, subject: ^RUT, month: 2016-11, stated: 10.99%}');
    assert.equal(rut.verdict, 'supported');
    assert.equal(rut.computed?.from, '2016-10-31');
    assert.equal(rut.computed?.to, '2016-11-30');
    const iwm = await verdict('- {metric: return, subject: IWM, month: 2016-11, stated: 11.06%}');
    assert.equal(iwm.verdict, 'supported');
    assert.match(iwm.computed!.description, /adjusted close/);
  });

  it('French monthly Nov 2016: VW spread 6.33 pp supported; EW 2.52 pp found under equal weights', async () => {
    assert.equal(
      (await verdict('- {metric: spread, subjects: [Lo 10, Hi 10], month: 2016-11, stated: 6.33pp}')).verdict,
      'supported',
    );
    const ew = await verdict('- {metric: spread, subjects: [Lo 10, Hi 10], month: 2016-11, stated: 2.52pp}');
    assert.equal(ew.verdict, 'supported under another convention');
    assert.equal(ew.matches[0].conventions.weighting, 'equal');
    assert.match(ew.matches[0].provenance.datasets[0].vintage ?? '', /202602/);
  });
});
