/**
 * Security types from a ticker and, where known, NASDAQ companylist fields. The rules (first match wins):
 *
 * 1. `_` or `^` in the ticker → preferred (Stooq/Kaggle `ABR_A`, `HLM_`; NASDAQ `ABR^A`).
 * 2. a `-WS`/`.WS` part → warrant (`AIG-WS`, `BAC-WS-A`); a `-U`/`.U` suffix → unit; `-R`/`-RT` → right.
 * 3. any other one-letter class suffix is a share class of a common stock (`BRK-B`, `BF-A`, NASDAQ `BRK.B`).
 * 4. five letters with no separator (NASDAQ's fifth-letter code): `…W` warrant, `…U` unit, `…R` right,
 *    `…Y` ADR, `…P`/`…O`/`…N` preferred; other fifth letters (e.g. `…A` class A) go to the next rules.
 * 5. companylist fields: name with ETF/ETN/iShares/ProShares/PowerShares → etf; `ADR TSO` given → adr;
 *    a non-US legal form in the name (plc, N.V., S.A., AG, SE, S.p.A., A/S, ASA, Limited, Ltd, Ads, Ord)
 *    → foreign (CRSP share code 12, which French leaves out; most NYSE ADRs have no `ADR TSO`);
 *    industry 'Real Estate Investment Trusts' → reit; a name with Fund/Trust/Portfolio/Municipal and no
 *    operating-company word (Inc, Corp, Company, Bancorp, Bank, Holdings, Ltd, plc, Group) → fund;
 *    sector and industry both 'n/a' (closed-end funds, BDCs, some ETFs) → fund.
 * 6. otherwise common if a companylist row exists, else unknown.
 * French's portfolios use CRSP share codes 10 and 11 (ordinary common shares), which leave out preferreds,
 * warrants, units, ETFs, funds, REITs and ADRs: capgap's default universe (common only) follows that.
 */

/** The types capgap names. */
export const SECURITY_TYPES = [
  'common',
  'preferred',
  'warrant',
  'unit',
  'right',
  'etf',
  'fund',
  'reit',
  'adr',
  'foreign',
  'share-class-duplicate',
  'index',
  'unknown',
] as const;
export type SecurityType = (typeof SECURITY_TYPES)[number];

/** The companylist fields the rules read ('n/a' or missing where NASDAQ has none). */
export interface CompanyFields {
  name?: string | null;
  sector?: string | null;
  industry?: string | null;
  adrTso?: string | null;
}

const NA = (v: string | null | undefined) => v == null || v.trim() === '' || v.trim() === 'n/a';
const FOREIGN =
  /(\b(plc|p\.l\.c|N\.?V|S\.A|SA|S\.A\.B|AG|SE|S\.p\.A|ASA|Limited|Ltd|Ads|ADR|Ord)\b\.?|A\/S)\s*$|\b(plc|N\.V\.|S\.A\.|Ltd|Limited|Ads|ADR)\b/i;
const OPERATING =
  /\b(Inc|Corp|Corporation|Company|Co|Bancorp|Bancshares|Bank|Holdings?|Ltd|Limited|plc|Group|N\.V|S\.A|LP|L\.P)\b/i;

/**
 * Classifies a security and says which rule decided (rules in the module comment).
 * @example classifySecurity('BRK-B', { name: 'Berkshire Hathaway Inc.' }) // { type: 'common', rule: 'class share suffix' }
 */
export function classifySecurity(
  ticker: string,
  fields?: CompanyFields | null,
): { type: SecurityType; rule: string } {
  const t = ticker.trim().toUpperCase();
  if (t.startsWith('^')) return { type: 'index', rule: 'index ticker ^' };
  if (t.includes('_') || t.includes('^')) return { type: 'preferred', rule: 'preferred marker _ or ^' };
  const parts = t.split(/[-.]/);
  let classSuffix = false;
  if (parts.length > 1) {
    const rest = parts.slice(1);
    if (rest.includes('WS')) return { type: 'warrant', rule: 'warrant suffix WS' };
    const last = rest[rest.length - 1];
    if (last === 'U' || last === 'UN') return { type: 'unit', rule: 'unit suffix U' };
    if (last === 'R' || last === 'RT') return { type: 'right', rule: 'right suffix R' };
    classSuffix = last.length === 1;
  } else if (/^[A-Z]{5}$/.test(t)) {
    const c = t[4];
    if (c === 'W') return { type: 'warrant', rule: 'NASDAQ fifth letter W' };
    if (c === 'U') return { type: 'unit', rule: 'NASDAQ fifth letter U' };
    if (c === 'R') return { type: 'right', rule: 'NASDAQ fifth letter R' };
    if (c === 'Y') return { type: 'adr', rule: 'NASDAQ fifth letter Y' };
    if (c === 'P' || c === 'O' || c === 'N')
      return { type: 'preferred', rule: 'NASDAQ fifth letter P, O or N' };
  }
  if (fields) {
    const name = fields.name ?? '';
    if (/\b(ETF|ETN|iShares|ProShares|PowerShares)\b/i.test(name))
      return { type: 'etf', rule: 'name says ETF' };
    if (!NA(fields.adrTso)) return { type: 'adr', rule: 'companylist ADR TSO' };
    if (FOREIGN.test(name)) return { type: 'foreign', rule: 'non-US legal form in name' };
    if ((fields.industry ?? '').trim() === 'Real Estate Investment Trusts')
      return { type: 'reit', rule: 'industry REIT' };
    if (/\b(Fund|Trust|Portfolio|Municipal)\b/i.test(name) && !OPERATING.test(name))
      return { type: 'fund', rule: 'name says fund or trust' };
    if (fields.sector?.trim() === 'n/a' && fields.industry?.trim() === 'n/a')
      return { type: 'fund', rule: 'no sector or industry' };
    return { type: 'common', rule: classSuffix ? 'class share suffix' : 'companylist stock' };
  }
  return { type: 'unknown', rule: 'no companylist row' };
}

/**
 * Share classes whose companylist cap repeats the company's total (NASDAQ reports price × all shares for
 * each class, e.g. GOOG and GOOGL): among common stocks with the same name and caps within 15% of each
 * other, all but the first ticker (alphabetical) are duplicates. Returns their ids.
 * @example duplicateClasses([{ id: 'GOOG', name: 'Alphabet Inc.', cap: 522e9 }, { id: 'GOOGL', name: 'Alphabet Inc.', cap: 542e9 }]) // Set {'GOOGL'}
 */
export function duplicateClasses(rows: readonly { id: string; name: string; cap: number }[]): Set<string> {
  const byName = new Map<string, { id: string; cap: number }[]>();
  for (const r of rows) {
    if (!(r.cap > 0) || !r.name) continue;
    const list = byName.get(r.name) ?? [];
    list.push(r);
    byName.set(r.name, list);
  }
  const out = new Set<string>();
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => (a.id < b.id ? -1 : 1));
    const kept: { id: string; cap: number }[] = [];
    for (const r of list) {
      if (kept.some((k) => Math.abs(k.cap - r.cap) <= 0.15 * Math.max(k.cap, r.cap))) out.add(r.id);
      else kept.push(r);
    }
  }
  return out;
}
