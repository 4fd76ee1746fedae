/**
 * Writes a parsed companylist (formats/companylist.ts: securities + one market-cap observation per symbol
 * at the snapshot date) to table `companies` on EVERY shard (it is small, and each shard's panel
 * derivation joins it locally): staged, the staged count checked on every shard, then the file's
 * (exchange, snapshot) partition REPLACEd shard by shard. A re-import of the same exchange and date
 * replaces it. A failure before the swap leaves `companies` as it was.
 */
import type { Parsed } from '../../formats/types.ts';
import { RowBinary } from './row-binary.ts';
import { date, ident, str } from './sql.ts';
import type { Warehouse } from './warehouse.ts';

/** What writeCompanies did. */
export interface CompaniesWritten {
  exchange: string;
  snapshot: number;
  rows: number;
  caps: number;
}

/**
 * Stages then swaps in one companylist (see the file header); `imported` orders imports (ms since epoch)
 * for the fill-empty-fields rule of the derived security facts.
 * @example await writeCompanies(shards, 'capgap', parseCompanyList(text, { file }), Date.now())
 */
export async function writeCompanies(
  shards: readonly Warehouse[],
  database: string,
  p: Parsed,
  imported: number,
): Promise<CompaniesWritten> {
  const db = ident(database);
  const s = p.securities;
  const c = p.caps;
  if (!s || !c) throw new Error('writeCompanies: not a companylist (no securities and caps)');
  const snapshot = c.day.length ? c.day[0] : Number.NaN;
  if (!Number.isInteger(snapshot))
    throw new Error('writeCompanies: no market-cap row gives the snapshot date');
  const exchange = s.exchange.find((e) => e) ?? '';
  const cap = new Map<string, number>();
  for (let i = 0; i < c.id.length; i++) if (!cap.has(c.id[i])) cap.set(c.id[i], c.marketCap[i]);
  const body = new RowBinary();
  for (let i = 0; i < s.id.length; i++)
    body
      .string(exchange)
      .date(snapshot)
      .string(s.id[i])
      .nullableString(s.name[i])
      .nullableString(s.sector[i])
      .nullableString(s.industry[i])
      .nullableString(s.securityType[i])
      .float64(cap.get(s.id[i]) ?? Number.NaN)
      .uint64(imported)
      .uint32(s.line[i]);
  const bytes = body.bytes();
  try {
    for (const [k, shard] of shards.entries()) {
      await shard.exec(`TRUNCATE TABLE ${db}.companies_stage`);
      await shard.insertRaw(`${db}.companies_stage`, 'RowBinary', bytes);
      const [{ n }] = await shard.rows<{ n: string }>(`SELECT count() AS n FROM ${db}.companies_stage`);
      if (Number(n) !== s.id.length)
        throw new Error(
          `ClickHouse staged ${n} of ${s.id.length} rows on shard ${k + 1}; nothing was swapped in`,
        );
    }
    for (const shard of shards)
      await shard.exec(
        `ALTER TABLE ${db}.companies REPLACE PARTITION (${str(exchange)}, ${date(snapshot)}) FROM ${db}.companies_stage`,
      );
  } finally {
    for (const shard of shards) await shard.exec(`TRUNCATE TABLE ${db}.companies_stage`).catch(() => {});
  }
  return { exchange, snapshot, rows: s.id.length, caps: c.id.length };
}
