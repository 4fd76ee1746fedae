/**
 * loadPanel on a store file built from the real 2016 fixture (test/fixtures/portfolios: the stock panel and
 * the NASDAQ/NYSE companylist caps of 2016-09-21). The reference is an independent DuckDB statement: the
 * previous release's one-statement panel SQL (caps matched to bars in SQL with an ASOF join, the anchor bar
 * found by a 31-day band join with an exact fallback), kept here verbatim but for returning ids.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadPanel } from '../../src/queries/panel.ts';
import { capAnchorsFresh, refreshCapAnchors } from '../../src/store/cap-anchors.ts';
import { SCHEMA_VERSION } from '../../src/store/schema.ts';
import { Store } from '../../src/store/store.ts';
import { runCli } from '../helpers/cli.ts';
import { addPanelFixture } from '../helpers/fixture-stores.ts';

const REFERENCE_SQL = `
  WITH allbars AS NOT MATERIALIZED (SELECT id, date, coalesce(adj_close, close) AS price, coalesce(close, adj_close) AS raw
                   FROM bars WHERE source = $1),
  mc AS (
    SELECT id, date AS cdate, market_cap, shares_outstanding FROM market_caps
    WHERE ($2::VARCHAR IS NULL OR source = $2) AND coalesce(market_cap, shares_outstanding) IS NOT NULL
  ),
  near AS (
    SELECT m.id, m.cdate, max(b.date) AS bdate FROM mc m
    JOIN allbars b ON b.id = m.id AND b.date BETWEEN m.cdate - 31 AND m.cdate GROUP BY ALL
  ),
  capbar AS (
    FROM near
    UNION ALL
    SELECT m.id, m.cdate, max(b.date) AS bdate FROM (FROM mc ANTI JOIN near USING (id, cdate)) m
    JOIN allbars b ON b.id = m.id AND b.date <= m.cdate GROUP BY ALL
  ),
  caps AS (
    SELECT m.id, m.cdate, coalesce(m.market_cap, m.shares_outstanding * b.raw) AS mcap, b.price AS cprice
    FROM mc m JOIN capbar x ON x.id = m.id AND x.cdate = m.cdate JOIN allbars b ON b.id = x.id AND b.date = x.bdate
  ),
  firstcap AS (SELECT id, arg_min(mcap, cdate) AS mcap, arg_min(cprice, cdate) AS cprice FROM caps GROUP BY id),
  b AS (SELECT id, date, price FROM allbars WHERE date BETWEEN $3::DATE AND $4::DATE),
  j AS (SELECT b.id, b.date, b.price, c.mcap, c.cprice FROM b ASOF LEFT JOIN caps c ON b.id = c.id AND b.date >= c.cdate)
  SELECT j.id, (j.date - DATE '1970-01-01')::INTEGER AS day, j.price,
         coalesce(j.mcap, f.mcap) * j.price / coalesce(j.cprice, f.cprice) AS cap
  FROM j LEFT JOIN firstcap f USING (id)`;

const tmp = mkdtempSync(join(tmpdir(), 'capgap-panel-store-'));
const db = join(tmp, 'store.duckdb');
const SRC = 'kaggle/stocks';
let store: Store;

before(async () => {
  store = await Store.open(db);
  await addPanelFixture(store);
});
after(() => {
  store.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** loadPanel's rows against the reference statement's, matched by (id, day): same rows, same numbers. */
async function assertMatchesReference(from: string, to: string): Promise<number> {
  const panel = await loadPanel(store, { priceSource: SRC, from, to });
  const ref = await store.typedColumns(REFERENCE_SQL, [SRC, null, from, to], {
    numbers: ['day', 'price', 'cap'],
    strings: ['id'],
  });
  const at = new Map<string, number>();
  for (let i = 0; i < ref.id.length; i++) at.set(`${ref.id[i]}|${ref.day[i]}`, i);
  assert.equal(panel.stock.length + (panel.offSession?.rows ?? 0), ref.id.length);
  let caps = 0;
  for (let i = 0; i < panel.stock.length; i++) {
    const k = at.get(`${panel.ids[panel.stock[i]]}|${panel.day[i]}`);
    assert.ok(
      k !== undefined,
      `row ${i} (${panel.ids[panel.stock[i]]}, day ${panel.day[i]}) not in the reference`,
    );
    assert.equal(panel.price[i], ref.price[k]);
    if (Number.isNaN(ref.cap[k]))
      assert.ok(Number.isNaN(panel.cap[i]), `row ${i}: cap ${panel.cap[i]}, expected NaN`);
    else {
      assert.ok(
        Math.abs(panel.cap[i] / ref.cap[k] - 1) < 1e-15,
        `row ${i}: cap ${panel.cap[i]} vs ${ref.cap[k]}`,
      );
      caps++;
    }
  }
  return caps;
}

describe('loadPanel on the real 2016 fixture store', () => {
  it('gives the reference statement’s rows, prices and caps, for the whole panel and for a range', async () => {
    assert.ok(await capAnchorsFresh(store.own()), 'the fixture loader refreshed cap_anchors');
    assert.ok((await assertMatchesReference('0001-01-01', '9999-12-31')) > 100_000);
    assert.ok((await assertMatchesReference('2016-10-21', '2016-11-30')) > 50_000);
  });

  it('stocks come in ascending id order, rows by stock then day, each (stock, day) pair once', async () => {
    const panel = await loadPanel(store, { priceSource: SRC });
    assert.deepEqual([...panel.ids], [...panel.ids].sort());
    for (let i = 1; i < panel.stock.length; i++) {
      const s = panel.stock[i] - panel.stock[i - 1];
      assert.ok(s > 0 || (s === 0 && panel.day[i] > panel.day[i - 1]), `row ${i} out of (stock, day) order`);
    }
  });

  it('after bars added by plain SQL (no refresh), derives the anchors live and still matches the reference', async () => {
    // A bar for AAPL on 2016-09-20 changes nothing (the anchor bar stays 2016-09-21) but the row count.
    await store.run(
      "INSERT INTO bars (source, id, date, adj_close) VALUES ('kaggle/stocks', 'AAPL', DATE '2016-09-20', 100)",
    );
    assert.equal(await capAnchorsFresh(store.own()), false);
    assert.ok((await assertMatchesReference('2016-09-01', '2016-11-30')) > 50_000);
    await refreshCapAnchors(store);
  });

  it('a plain-SQL write that keeps the row counts is not seen until refreshCapAnchors (documented)', async () => {
    // AAPL's anchor bar (2016-09-21) removed: the 2016-09-20 bar at 100 becomes its anchor.
    await store.run(
      "CREATE TEMP TABLE saved AS SELECT * FROM bars WHERE id = 'AAPL' AND date = DATE '2016-09-21'",
    );
    await store.run("DELETE FROM bars WHERE id = 'AAPL' AND date = DATE '2016-09-21'");
    await store.run(
      "INSERT INTO bars (source, id, date, adj_close) VALUES ('kaggle/stocks', 'AAPL', DATE '2016-09-19', 99)",
    );
    assert.equal(await capAnchorsFresh(store.own()), true, 'same counts: stamped fresh');
    await refreshCapAnchors(store);
    assert.ok((await assertMatchesReference('2016-09-01', '2016-11-30')) > 50_000);
    const aapl = await loadPanel(store, { priceSource: SRC, from: '2016-11-01', to: '2016-11-01' });
    const i = aapl.stock.indexOf(aapl.ids.indexOf('AAPL'));
    // The companylist's AAPL cap (555,710,126,590 USD) × the 2016-11-01 close / 100, by hand:
    assert.ok(Math.abs(aapl.cap[i] / ((555710126590 * aapl.price[i]) / 100) - 1) < 1e-15);
    await store.run("DELETE FROM bars WHERE id = 'AAPL' AND date IN (DATE '2016-09-19', DATE '2016-09-20')");
    await store.run('INSERT INTO bars SELECT * FROM saved; DROP TABLE saved');
    await refreshCapAnchors(store);
  });
});

/** Read back in storage order (a plain scan keeps it), how often the panel's bars go back in date. */
async function backInDate(): Promise<number> {
  const r = await store.one<{ n: number }>(
    "SELECT count(*)::DOUBLE AS n FROM (SELECT date < lag(date) OVER () AS back FROM bars WHERE source = 'kaggle/stocks') WHERE back",
  );
  return r?.n ?? Number.NaN;
}

describe('schema migrations 2 (cap_anchors) and 3 (bars in date order) on a store from before them', () => {
  const args = [
    'buckets',
    '--db',
    db,
    '--scheme',
    'deciles',
    '--breakpoints',
    'nyse',
    '--formation',
    '2016-10-31',
  ];
  const range = ['--from', '2016-11-01', '--to', '2016-11-30', '--json'];

  it('is applied when the CLI opens the store read-only, and leaves the buckets JSON identical', async () => {
    const before = await runCli([...args, ...range]);
    assert.equal(before.code, 0, before.err);
    const anchors = await store.all('SELECT * FROM cap_anchors ORDER BY ALL');
    // The store as version 1 left it: no cap_anchors, no stamp, bars in file order (by ticker, then date).
    await store.run(
      "DROP TABLE cap_anchors; DELETE FROM meta WHERE key = 'cap_anchors_of'; UPDATE meta SET value = '1' WHERE key = 'schema_version'",
    );
    await store.run(
      'CREATE TEMP TABLE b AS SELECT * FROM bars ORDER BY id, date; DELETE FROM bars; INSERT INTO bars SELECT * FROM b; DROP TABLE b',
    );
    assert.ok((await backInDate()) > 0);
    assert.equal(await store.version(), 1);
    store.close();
    const afterRun = await runCli([...args, ...range]);
    assert.equal(afterRun.code, 0, afterRun.err);
    const diff = afterRun.out.split('\n').findIndex((l, k) => l !== before.out.split('\n')[k]);
    assert.equal(diff, -1, `line ${diff + 1} of the JSON differs`);
    assert.equal(afterRun.out, before.out);
    store = await Store.open(db);
    assert.equal(await store.version(), SCHEMA_VERSION);
    assert.equal(await backInDate(), 0);
    assert.deepEqual(await store.all('SELECT * FROM cap_anchors ORDER BY ALL'), anchors);
    assert.ok(await capAnchorsFresh(store.own()));
  });
});
