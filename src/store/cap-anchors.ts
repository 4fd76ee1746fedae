/**
 * Cap anchors: each market-cap observation tied to the stock's price on that date, per bars dataset. The
 * panel loader (queries/panel.ts) carries them to every bar (`cap_t = cap × price_t / price`), so it reads
 * them instead of scanning the whole panel for each cap's price.
 *
 * Rule (docs/data-model.md): one anchor per `market_caps` row with a cap or shares outstanding and per
 * bars dataset with a bar of that stock on or before the cap date. The anchor bar is the stock's last bar on or
 * before the cap date; `cap` is the observed market cap, else shares outstanding × that bar's close (raw,
 * else adjusted); `price` is that bar's adjusted close (else raw). A cap with no bar on or before its date
 * has no anchor.
 *
 * Materialised in `cap_anchors` (schema migration 2 fills it for older stores). Whoever writes `bars` or
 * `market_caps` calls `refreshCapAnchors` in the same transaction (the importer, panel-load, price-load,
 * the embedded loader do); `meta.cap_anchors_of` holds the row counts of both tables at the last refresh,
 * and a reader that finds other counts (rows written by plain SQL) derives the anchors live instead. A
 * plain-SQL write that keeps both counts (an UPDATE; a DELETE plus an INSERT) is not seen: call
 * `refreshCapAnchors` after it.
 */
import type { Store } from './store.ts';
import type { StoreReads } from './store-reads.ts';

/**
 * The anchors as a SELECT (columns price_source, cap_source, id, cap_date, cap, price), over `bars` rows
 * matching `barsWhere` (a condition on the bars alias `b`, e.g. `b.source = $1`; 'true' for all).
 * @example await store.all(`${capAnchorsSql('true')} LIMIT 5`)
 */
export function capAnchorsSql(barsWhere: string): string {
  return `
    WITH mc AS (
      SELECT source AS cap_source, id, date AS cap_date, market_cap, shares_outstanding FROM market_caps
      WHERE coalesce(market_cap, shares_outstanding) IS NOT NULL
    ),
    anchor_bar AS (
      SELECT b.source AS price_source, m.cap_source, m.id, m.cap_date, max(b.date) AS bar_date
      FROM mc m JOIN bars b ON b.id = m.id AND b.date <= m.cap_date AND ${barsWhere}
      GROUP BY ALL
    )
    SELECT a.price_source, a.cap_source, a.id, a.cap_date,
           coalesce(m.market_cap, m.shares_outstanding * coalesce(b.close, b.adj_close)) AS cap,
           coalesce(b.adj_close, b.close) AS price
    FROM anchor_bar a JOIN mc m USING (cap_source, id, cap_date)
    JOIN bars b ON b.source = a.price_source AND b.id = a.id AND b.date = a.bar_date`;
}

/** The stamp of what the anchors were derived from: the row counts of bars and market_caps. */
export const CAP_ANCHORS_STAMP_SQL =
  "(SELECT count(*) FROM bars)::VARCHAR || '/' || (SELECT count(*) FROM market_caps)::VARCHAR";

/** The table, and the statements that fill it from the store's bars and caps (migration 2, refresh). */
export const CAP_ANCHORS_TABLE = `
  CREATE TABLE cap_anchors (
    price_source VARCHAR NOT NULL,  -- bars.source
    cap_source VARCHAR NOT NULL,    -- market_caps.source
    id VARCHAR NOT NULL,
    cap_date DATE NOT NULL,         -- market_caps.date
    cap DOUBLE,                     -- USD
    price DOUBLE,                   -- the anchor bar's adjusted close
    PRIMARY KEY (price_source, cap_source, id, cap_date)
  )`;
export const FILL_CAP_ANCHORS = `
  DELETE FROM cap_anchors;
  INSERT INTO cap_anchors ${capAnchorsSql('true')};
  INSERT OR REPLACE INTO meta VALUES ('cap_anchors_of', ${CAP_ANCHORS_STAMP_SQL});`;

/**
 * Derives `cap_anchors` again from the store's bars and market caps, in the caller's transaction if there
 * is one (else in its own): call it after writing either table.
 * @example await store.transaction(async () => { await store.run('INSERT INTO bars …'); await refreshCapAnchors(store); });
 */
export async function refreshCapAnchors(store: Store): Promise<void> {
  await store.transaction(() => store.run(FILL_CAP_ANCHORS));
}

/** True when `cap_anchors` was derived from the bars and caps the store holds now (by row counts). */
export async function capAnchorsFresh(store: StoreReads): Promise<boolean> {
  const r = await store.one<{ fresh: boolean }>(
    `SELECT coalesce((SELECT value FROM meta WHERE key = 'cap_anchors_of') = ${CAP_ANCHORS_STAMP_SQL}, false) AS fresh`,
  );
  return r?.fresh === true;
}
