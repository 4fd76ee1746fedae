/**
 * The per-security facts the warehouse's panel derivation joins (store/clickhouse/derive-panel.ts), computed
 * in Node from the small tables, by the local store's rules:
 * - the securities row of each id: companylist rows in import order, the first line of a file first; each
 *   field filled from the first row that has it (store/import/writer.ts 'fill'), security_type from the
 *   first that is not 'unknown'; an id no companylist names gets the ticker guess (formats/ticker.ts:
 *   '^…' index with exchange INDEX, known ETFs etf, else unknown);
 * - the security type by capgap's rules (queries/panel.ts `securityTypes`: name, sector and industry,
 *   share-class duplicates by the earliest cap);
 * - the cap observations (snapshot date, market cap), ascending by date.
 * What travels: one row per security each way (ids and companylist rows in, the facts out).
 */
import { guessSecurityType } from '../formats/ticker.ts';
import type { SecurityMeta } from '../store/clickhouse/derive-panel.ts';
import { type Meta, securityTypes } from './panel.ts';

/** A `companies` row as the warehouse returns it. */
export interface CompanyRow {
  security: string;
  exchange: string;
  snapshot: number;
  name: string | null;
  sector: string | null;
  industry: string | null;
  security_type: string | null;
  market_cap: number | string | null;
  imported: number | string;
  line: number;
}

/**
 * The facts of every id of the panel, in `ids` order.
 * @example securityMeta(['A'], [{ security: 'A', exchange: 'NYSE', snapshot: 17065, name: 'Agilent', sector: 'Capital Goods', industry: 'x', security_type: 'common', market_cap: 1.5e10, imported: 1, line: 2 }])
 */
export function securityMeta(ids: readonly string[], companies: readonly CompanyRow[]): SecurityMeta[] {
  const rows = [...companies].sort(
    (a, b) =>
      Number(a.imported) - Number(b.imported) ||
      a.exchange.localeCompare(b.exchange) ||
      a.snapshot - b.snapshot ||
      a.line - b.line,
  );
  const by = new Map<string, CompanyRow[]>();
  for (const r of rows) {
    const list = by.get(r.security);
    if (list) list.push(r);
    else by.set(r.security, [r]);
  }
  const pick = <K extends 'name' | 'sector' | 'industry'>(list: CompanyRow[], k: K) =>
    list.find((r) => r[k] != null)?.[k] ?? null;
  const meta: Meta[] = [];
  const obs: { d: number[]; m: number[] }[] = [];
  for (const id of ids) {
    const list = by.get(id) ?? [];
    const caps = list
      .map((r) => ({ d: Number(r.snapshot), m: r.market_cap === null ? Number.NaN : Number(r.market_cap) }))
      .filter((c) => Number.isFinite(c.m))
      .sort((a, b) => a.d - b.d);
    const type =
      list.find((r) => r.security_type != null && r.security_type !== 'unknown')?.security_type ??
      guessSecurityType(id);
    meta.push({
      id,
      name: pick(list, 'name'),
      exchange: list.find((r) => r.exchange)?.exchange ?? (id.startsWith('^') ? 'INDEX' : null),
      security_type: type,
      sector: pick(list, 'sector'),
      industry: pick(list, 'industry'),
      cap: caps.length ? caps[0].m : null,
    });
    obs.push({ d: caps.map((c) => c.d), m: caps.map((c) => c.m) });
  }
  const types = securityTypes(meta);
  return meta.map((m, i) => ({
    security: m.id,
    exchange: m.exchange ?? '',
    securityType: types[i],
    cdates: obs[i].d,
    mcaps: obs[i].m,
  }));
}
