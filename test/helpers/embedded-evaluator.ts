/**
 * The claim checker's evaluator on the embedded data (data/*.parquet, real; data/PROVENANCE.md), opened
 * before the enclosing describe's tests and closed after them: read `data.ev` inside the tests. Use it in a
 * describe skipped by `NO_EMBEDDED` (the data are built from ../shared/data, absent from a user's clone).
 */
import { after, before } from 'node:test';
import { makeEvaluator } from '../../src/findings/evaluate.ts';
import type { Evaluator } from '../../src/findings/evaluator.ts';
import { storeClaimData } from '../../src/queries/claims-data.ts';
import type { Store } from '../../src/store/store.ts';
import { embeddedStore, hasEmbedded } from '../server/embedded-store.ts';

/** The skip reason of a describe that needs the embedded data, or false when they are built. */
export const NO_EMBEDDED: string | false = !hasEmbedded && 'data/*.parquet not built';

/**
 * Registers the hooks in the current describe.
 * @example describe('…', { skip: NO_EMBEDDED }, () => { const data = embeddedEvaluator(); it('…', () => checkClaim(c, data.ev)); })
 */
export function embeddedEvaluator(): { ev: Evaluator; store: Store } {
  const data = {} as { ev: Evaluator; store: Store };
  before(async () => {
    data.store = await embeddedStore();
    data.ev = makeEvaluator(storeClaimData(data.store));
  });
  after(() => data.store?.close());
  return data;
}
