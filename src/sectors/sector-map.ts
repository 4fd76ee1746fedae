/**
 * One sector scheme for every stock: the 11 GICS sectors as the S&P 500 file of 2016 names them. A stock
 * classified by a GICS file keeps its GICS sector; a stock classified only by a NASDAQ companylist gets its
 * NASDAQ sector mapped to GICS by the tables in nasdaq-to-gics.ts (the names in gics.ts).
 *
 * The mapping (documented convention, see docs/sectors.md): first the NASDAQ industry, where the table
 * INDUSTRY_TO_GICS names one (NASDAQ files REITs under "Consumer Services", autos under "Capital Goods",
 * foods under "Consumer Non-Durables", telecoms under "Public Utilities"); else the NASDAQ sector's usual
 * GICS sector (SECTOR_TO_GICS). "Miscellaneous" without a mapped industry stays unclassified. The table was
 * written by hand from the industry names and checked against the 2016 S&P 500 GICS file on the stocks that
 * are in both files (the agreement is printed by `capgap sectors --mapping` and tested).
 */
import { GICS_ALIASES, GICS_BY_LOWER, type GicsSector } from './gics.ts';
import { INDUSTRY_TO_GICS, isNasdaqIndustry, SECTOR_TO_GICS } from './nasdaq-to-gics.ts';

/** Where a stock's sector came from. */
export type SectorSource = 'gics' | 'nasdaq' | 'none';

/** A stock's sector in the GICS scheme, with where it came from. */
export interface SectorOf {
  sector: GicsSector | null;
  source: SectorSource;
}

/**
 * The GICS sector of a stock from its stored sector and industry (either scheme); 'n/a' and empty count as
 * missing. The stored sector decides the scheme: a GICS sector name is GICS (for "Health Care" and
 * "Energy", named by both schemes, a NASDAQ industry name marks NASDAQ); a NASDAQ sector name is mapped.
 * @example sectorOf('Capital Goods', 'Auto Manufacturing') // { sector: 'Consumer Discretionary', source: 'nasdaq' }
 * @example sectorOf('Industrials', 'Industrial Conglomerates') // { sector: 'Industrials', source: 'gics' }
 */
export function sectorOf(sector: string | null | undefined, industry?: string | null): SectorOf {
  const s = clean(sector);
  const ind = clean(industry);
  if (!s) return { sector: null, source: 'none' };
  const lower = s.toLowerCase();
  const gics = GICS_BY_LOWER.get(lower) ?? GICS_ALIASES[lower];
  const nasdaq = s in SECTOR_TO_GICS;
  if (gics && !(nasdaq && ind && isNasdaqIndustry(ind))) return { sector: gics, source: 'gics' };
  if (!nasdaq) return { sector: null, source: 'none' };
  const mapped = (ind && (INDUSTRY_TO_GICS[`${s}/${ind}`] ?? INDUSTRY_TO_GICS[ind])) ?? SECTOR_TO_GICS[s];
  return mapped ? { sector: mapped, source: 'nasdaq' } : { sector: null, source: 'none' };
}

function clean(x: string | null | undefined): string | null {
  const t = x?.trim();
  return t && t.toLowerCase() !== 'n/a' ? t : null;
}
