/**
 * Sector subject ids in `Claim.subjects`: 'sector:<GICS sector>' for a whole sector, 'sector:<GICS
 * sector>:small' / ':large' for the smallest / largest size bucket inside it ("small-cap industrials").
 * 'sector:Banks' is how the reader keeps "banks" apart from "financials": capgap has no bank-only stock
 * series, so banks are checked as the GICS Financials sector (stocks) or, by ETF, with KBE (SPDR S&P Bank)
 * or KRE (SPDR S&P Regional Banking) where the store holds their prices, else XLF; every verdict on banks
 * says which (an approximation where it is Financials).
 *
 * The ETF reading of a sector is its Select Sector SPDR: the S&P 500's stocks of that sector, value-weighted,
 * total return (adjusted closes). GICS replaced Telecommunications Services with Communication Services in
 * 2018, and XLC (from 2018-06) tracks Communication Services: a claim's telecom words ("telecoms",
 * "telecommunications services", "communication services") keep the subject 'sector:Telecommunications
 * Services' (the stock panel's 2016 scheme) and are named and read by ETF as Communication Services.
 */

/** A sector subject: the sector as named and the size inside it, if any. */
export interface SectorSubject {
  /** A GICS sector name (2016 names), or 'Banks'. */
  sector: string;
  size?: 'small' | 'large';
}

/** The Select Sector SPDR of each GICS sector (data/etfs.csv). */
export const SECTOR_ETFS: Readonly<Record<string, string>> = {
  'Consumer Discretionary': 'XLY',
  'Consumer Staples': 'XLP',
  Energy: 'XLE',
  Financials: 'XLF',
  'Health Care': 'XLV',
  Industrials: 'XLI',
  'Information Technology': 'XLK',
  Materials: 'XLB',
  'Real Estate': 'XLRE',
  'Communication Services': 'XLC',
  Utilities: 'XLU',
};

/** Bank ETFs tried, in order, before falling back to the Financials sector. */
export const BANK_ETFS = ['KBE', 'KRE'] as const;

/**
 * The sector subject an id names, or null.
 * @example sectorSubject('sector:Industrials:small') // { sector: 'Industrials', size: 'small' }
 */
export function sectorSubject(id: string): SectorSubject | null {
  const m = /^sector:([A-Za-z ]+?)(?::(small|large))?$/.exec(id);
  if (!m) return null;
  return m[2] ? { sector: m[1], size: m[2] as 'small' | 'large' } : { sector: m[1] };
}

/**
 * The id of a sector subject.
 * @example sectorKey({ sector: 'Industrials', size: 'large' }) // 'sector:Industrials:large'
 */
export function sectorKey(s: SectorSubject): string {
  return `sector:${s.sector}${s.size ? `:${s.size}` : ''}`;
}

/** The GICS sector a sector subject is checked as ('Banks' → 'Financials'). */
export function gicsOf(sector: string): string {
  return sector === 'Banks' || sector === 'Regional Banks' ? 'Financials' : sector;
}

/**
 * The sector's name under GICS since 2018: Telecommunications Services → Communication Services (the
 * sector XLC tracks); every other name is unchanged.
 * @example currentSectorName('Telecommunications Services') // 'Communication Services'
 */
export function currentSectorName(sector: string): string {
  return sector === 'Telecommunications Services' ? 'Communication Services' : sector;
}

/**
 * The sector a subject is read as by its Select Sector SPDR (a key of SECTOR_ETFS): banks → Financials,
 * telecoms → Communication Services.
 * @example etfSector('Telecommunications Services') // 'Communication Services'
 */
export function etfSector(sector: string): string {
  return currentSectorName(gicsOf(sector));
}

/**
 * A sector subject in words: 'Industrials', 'small-cap Industrials', 'banks', 'Communication Services' for
 * the telecom subject.
 * @example sectorWords({ sector: 'Industrials', size: 'small' }) // 'small-cap Industrials'
 */
export function sectorWords(s: SectorSubject): string {
  const name = /banks$/i.test(s.sector) ? s.sector.toLowerCase() : currentSectorName(s.sector);
  return s.size ? `${s.size}-cap ${name}` : name;
}
