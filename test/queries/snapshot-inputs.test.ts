import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { EVENT_SETS, eventSet } from '../../src/events/event-sets.ts';
import { eventSnapshot } from '../../src/findings/event-snapshot.ts';
import {
  dailyRange,
  loadSnapshotInputs,
  SIZE_PORTFOLIOS,
  SNAPSHOT_SUBJECTS,
  type SnapshotInputs,
} from '../../src/queries/snapshot-inputs.ts';
import { EMBEDDED_DIR, openDefaultStore } from '../../src/store/embedded.ts';
import type { Store } from '../../src/store/store.ts';

const skip = existsSync(`${EMBEDDED_DIR}datasets.parquet`)
  ? false
  : 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)';

let store: Store;
let full: SnapshotInputs;
before(async () => {
  if (skip) return;
  store = await openDefaultStore(':memory:', { readers: 2 });
  full = await loadSnapshotInputs(store);
});
after(() => store?.close());

describe('the text snapshot from the daily range only', { skip }, () => {
  it('equals the snapshot from the whole history, for every built-in event (the reference: all of it)', async () => {
    const snap = (
      inputs: SnapshotInputs,
      event: string,
      timing: 'after-close' | 'before-open' | 'intraday',
      to?: string,
    ) => eventSnapshot(inputs, { event, to, timing, names: SNAPSHOT_SUBJECTS, groups: SIZE_PORTFOLIOS });
    let n = 0;
    for (const set of EVENT_SETS) {
      for (const e of eventSet(set)) {
        const cut = await loadSnapshotInputs(store, undefined, { daily: dailyRange(e.date) });
        assert.deepStrictEqual(snap(cut, e.date, e.timing), snap(full, e.date, e.timing), `${set} ${e.date}`);
        n++;
      }
    }
    // With --to a year on, the range reaches it.
    const cut = await loadSnapshotInputs(store, undefined, { daily: dailyRange('2016-11-08', '2017-11-08') });
    assert.deepStrictEqual(
      snap(cut, '2016-11-08', 'after-close', '2017-11-08'),
      snap(full, '2016-11-08', 'after-close', '2017-11-08'),
    );
    assert.ok(n > 40, `${n} events`);
  });
});
