import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embeddedStore, hasEmbedded } from './embedded-store.ts';
import { testApp } from './test-app.ts';

// /api/returns-since and /api/schemes at the ends of the embedded data (../shared/data/PROVENANCE.md §2c-2d):
// yfinance ^RUT runs 1987-09-10 .. 2026-02-23 and ^GSPC on to 2026-07-13, so the indexes pair ends on
// 2026-02-23; French's daily size file runs 1926-07-01 .. 2025-05-30. A window past the pair's end is cut
// there (as one past French's end is), not refused as a gap because ^GSPC alone goes on.
const skip = hasEmbedded
  ? false
  : 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)';
const t = testApp(embeddedStore, { timeoutMs: 120_000 }, { skip });

describe('returns since an event at the ends of the data', { skip }, () => {
  it('/api/schemes gives each scheme the first and last dates its legs share', async () => {
    const res = await t.app.request('/api/schemes');
    assert.equal(res.status, 200);
    const { schemes } = await res.json();
    const span = (id: string) => {
      const s = schemes.find((x: { id: string }) => x.id === id);
      return [s.from, s.through];
    };
    assert.deepEqual(span('deciles'), ['1926-07-01', '2025-05-30']);
    assert.deepEqual(span('indexes'), ['1987-09-10', '2026-02-23']);
  });

  it('a window past ^RUT’s end is cut at 2026-02-23 and says so (^GSPC runs on alone)', async () => {
    const res = await t.app.request('/api/returns-since?event=2024-11-05&scheme=indexes&from=0&to=756');
    assert.equal(res.status, 200, await res.clone().text());
    const r = await res.json();
    assert.equal(r.endDate, '2026-02-23');
    assert.equal(r.dataThrough, '2026-02-23');
    assert.match(
      r.cut,
      /^the data for indexes end on 2026-02-23 \(day \d+\): the window is cut there \(day 756 was asked for\)$/,
    );
    assert.equal(r.series.date.at(-1), '2026-02-23');
    assert.ok(
      r.series.small.every((v: number | null) => v !== null),
      'a day without ^RUT in the window',
    );
  });
});
