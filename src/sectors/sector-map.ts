/**
 * One sector scheme for every stock: the 11 GICS sectors as the S&P 500 file of 2016 names them. A stock
 * classified by a GICS file keeps its GICS sector; a stock classified only by a NASDAQ companylist gets its
 * NASDAQ sector mapped to GICS by the table below.
 *
 * The mapping (documented convention, see docs/sectors.md): first the NASDAQ industry, where the table
 * INDUSTRY_TO_GICS names one (NASDAQ files REITs under "Consumer Services", autos under "Capital Goods",
 * foods under "Consumer Non-Durables", telecoms under "Public Utilities"); else the NASDAQ sector's usual
 * GICS sector (SECTOR_TO_GICS). "Miscellaneous" without a mapped industry stays unclassified. The table was
 * written by hand from the industry names and checked against the 2016 S&P 500 GICS file on the stocks that
 * are in both files (the agreement is printed by `capgap sectors --mapping` and tested).
 */

/** The 11 GICS sectors of 2016 (before "Communication Services" replaced "Telecommunications Services"). */
export const GICS_SECTORS = [
  'Consumer Discretionary',
  'Consumer Staples',
  'Energy',
  'Financials',
  'Health Care',
  'Industrials',
  'Information Technology',
  'Materials',
  'Real Estate',
  'Telecommunications Services',
  'Utilities',
] as const;
export type GicsSector = (typeof GICS_SECTORS)[number];

/** Other spellings of GICS sector names seen in files, mapped to the canonical name. */
const GICS_ALIASES: Record<string, GicsSector> = {
  'telecommunication services': 'Telecommunications Services',
  'communication services': 'Telecommunications Services',
  'info tech': 'Information Technology',
  financial: 'Financials',
};

/** The NASDAQ companylist sectors and the GICS sector most of their stocks belong to. */
export const SECTOR_TO_GICS: Readonly<Record<string, GicsSector | null>> = {
  'Basic Industries': 'Materials',
  'Capital Goods': 'Industrials',
  'Consumer Durables': 'Consumer Discretionary',
  'Consumer Non-Durables': 'Consumer Staples',
  'Consumer Services': 'Consumer Discretionary',
  Energy: 'Energy',
  Finance: 'Financials',
  'Health Care': 'Health Care',
  Miscellaneous: null,
  'Public Utilities': 'Utilities',
  Technology: 'Information Technology',
  Transportation: 'Industrials',
};

const CD: GicsSector = 'Consumer Discretionary';
const CS: GicsSector = 'Consumer Staples';
const EN: GicsSector = 'Energy';
const HC: GicsSector = 'Health Care';
const IN: GicsSector = 'Industrials';
const IT: GicsSector = 'Information Technology';
const MA: GicsSector = 'Materials';
const RE: GicsSector = 'Real Estate';
const UT: GicsSector = 'Utilities';

/**
 * NASDAQ industries whose GICS sector differs from their NASDAQ sector's default, by industry name; a key
 * `Sector/Industry` applies only under that sector and wins over the plain industry key.
 */
export const INDUSTRY_TO_GICS: Readonly<Record<string, GicsSector>> = {
  // Real estate
  'Real Estate Investment Trusts': RE,
  'Real Estate': RE,
  'Building operators': RE,
  // Consumer discretionary goods
  Homebuilding: CD,
  'Auto Manufacturing': CD,
  'Auto Parts:O.E.M.': CD,
  'Automotive Aftermarket': CD,
  'Motor Vehicles': CD,
  'Home Furnishings': CD,
  'Consumer Electronics/Appliances': CD,
  'Recreational Products/Toys': CD,
  Apparel: CD,
  'Shoe Manufacturing': CD,
  Textiles: CD,
  'Other Specialty Stores': CD,
  Publishing: CD,
  // Consumer staples
  'Packaged Foods': CS,
  'Beverages (Production/Distribution)': CS,
  'Farming/Seeds/Milling': CS,
  'Food Distributors': CS,
  'Specialty Foods': CS,
  'Package Goods/Cosmetics': CS,
  'Meat/Poultry/Fish': CS,
  'Food Chains': CS,
  Tobacco: CS,
  // Utilities and telecoms
  'Electric Utilities: Central': UT,
  'Power Generation': UT,
  'Water Supply': UT,
  'Natural Gas Distribution': UT,
  'Public Utilities/Telecommunications Equipment': 'Telecommunications Services',
  // Energy
  'Oil/Gas Transmission': EN,
  'Oil & Gas Production': EN,
  'Oil Refining/Marketing': EN,
  'Integrated oil Companies': EN,
  'Oilfield Services/Equipment': EN,
  'Coal Mining': EN,
  // Health care
  'Biotechnology: Laboratory Analytical Instruments': HC,
  'Medical Specialities': HC,
  // Information technology
  Semiconductors: IT,
  'Computer Software: Prepackaged Software': IT,
  'Computer Software: Programming, Data Processing': IT,
  'Computer Manufacturing': IT,
  'Computer Communications Equipment': IT,
  'Computer peripheral equipment': IT,
  'EDP Services': IT,
  'Electronic Components': IT,
  'Miscellaneous/Business Services': IT,
  // Materials
  'Major Chemicals': MA,
  'Specialty Chemicals': MA,
  'Agricultural Chemicals': MA,
  'Precious Metals': MA,
  'Steel/Iron Ore': MA,
  Aluminum: MA,
  'Mining & Quarrying of Nonmetallic Minerals (No Fuels)': MA,
  Paper: MA,
  'Forest Products': MA,
  'Paints/Coatings': MA,
  'Containers/Packaging': MA,
  // Industrials
  'Industrial Machinery/Components': IN,
  'Metal Fabrications': IN,
  'Engineering & Construction': IN,
  'Military/Government/Technical': IN,
  'Environmental Services': IN,
  'Marine Transportation': IN,
  'Air Freight/Delivery Services': IN,
  'Trucking Freight/Courier Services': IN,
  Railroads: IN,
  Aerospace: IN,
  'Multi-Sector Companies': IN,
  'Office Equipment/Supplies/Services': IN,
  // Sector-specific: the most frequent disagreements with the S&P 500 GICS file under these NASDAQ sectors
  'Energy/Metal Fabrications': EN,
  'Energy/Consumer Electronics/Appliances': IN,
  'Transportation/Oil Refining/Marketing': IN,
  Advertising: CD,
};

/** Where a stock's sector came from. */
export type SectorSource = 'gics' | 'nasdaq' | 'none';

/** A stock's sector in the GICS scheme, with where it came from. */
export interface SectorOf {
  sector: GicsSector | null;
  source: SectorSource;
}

const GICS_BY_LOWER = new Map<string, GicsSector>(GICS_SECTORS.map((s) => [s.toLowerCase(), s]));

/** NASDAQ industries filed under the two sector names both schemes use ("Health Care", "Energy"). */
const SHARED_NAME_NASDAQ = new Set([
  'Major Pharmaceuticals',
  'Medical/Dental Instruments',
  'Medical Specialities',
  'Hospital/Nursing Management',
  'Industrial Specialties',
  'Medical/Nursing Services',
  'Other Pharmaceuticals',
  'Medical Electronics',
  'Precision Instruments',
  'Ophthalmic Goods',
  'Oil & Gas Production',
  'Integrated oil Companies',
  'Natural Gas Distribution',
  'Oilfield Services/Equipment',
  'Industrial Machinery/Components',
  'Oil Refining/Marketing',
  'Metal Fabrications',
  'Coal Mining',
  'Consumer Electronics/Appliances',
  'Electric Utilities: Central',
]);

function isNasdaqIndustry(industry: string): boolean {
  return SHARED_NAME_NASDAQ.has(industry) || industry.startsWith('Biotechnology:');
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

/**
 * A GICS sector from what a user types: the exact name, any case, or a unique prefix / word ("industrials",
 * "tech", "banks" → Financials). Throws naming the value and the choices.
 * @example parseSector('industrials') // 'Industrials'
 */
export function parseSector(text: string): GicsSector {
  const t = text.trim().toLowerCase();
  const words: Record<string, GicsSector> = {
    banks: 'Financials',
    financial: 'Financials',
    tech: 'Information Technology',
    technology: 'Information Technology',
    telecom: 'Telecommunications Services',
    telecoms: 'Telecommunications Services',
    reits: 'Real Estate',
    discretionary: 'Consumer Discretionary',
    staples: 'Consumer Staples',
    healthcare: 'Health Care',
  };
  const exact = GICS_BY_LOWER.get(t) ?? GICS_ALIASES[t] ?? words[t];
  if (exact) return exact;
  const hits = GICS_SECTORS.filter((s) => s.toLowerCase().startsWith(t));
  if (t && hits.length === 1) return hits[0];
  throw new Error(`invalid sector: ${JSON.stringify(text)}; expected one of ${GICS_SECTORS.join(', ')}`);
}

function clean(x: string | null | undefined): string | null {
  const t = x?.trim();
  return t && t.toLowerCase() !== 'n/a' ? t : null;
}
