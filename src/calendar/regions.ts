/**
 * Regions: the markets a series belongs to. Kenneth French's library publishes US factors and portfolios
 * (from CRSP) and regional factors (from Bloomberg, in US dollars, with each region's own breakpoints: "big"
 * is the top 90% of the region's market cap). A regional file's name starts with the region's name
 * (`Europe_3_Factors_Daily.csv`, `Developed_ex_US_5_Factors_Daily.csv`); everything else is US.
 *
 * Conventions stated in every regional output: returns are **in US dollars**; SMB is French's
 * small-minus-big with **French regional breakpoints**; the region's market return is Mkt-RF + RF; windows
 * count the region's own trading days, taken from the dates of its French file (European holidays differ
 * from the NYSE's).
 */

/** A region's id, as written on the command line and in the API. */
export type RegionId =
  | 'us'
  | 'europe'
  | 'developed-ex-us'
  | 'developed'
  | 'north-america'
  | 'japan'
  | 'asia-pacific-ex-japan'
  | 'emerging';

/** A region: its id, its name in prose, and the prefix of its French file names. */
export interface Region {
  id: RegionId;
  /** In prose: 'Europe', 'Developed ex US'. */
  label: string;
  /** The start of French's file names for the region ('' for the US files, which carry no prefix). */
  frenchPrefix: string;
  /** The currency its returns are in. French's regional returns are in US dollars. */
  currency: 'USD';
}

/** Every region a French file names, the US first. */
export const REGIONS: readonly Region[] = [
  { id: 'us', label: 'US', frenchPrefix: '', currency: 'USD' },
  { id: 'europe', label: 'Europe', frenchPrefix: 'Europe', currency: 'USD' },
  { id: 'developed-ex-us', label: 'Developed ex US', frenchPrefix: 'Developed_ex_US', currency: 'USD' },
  { id: 'developed', label: 'Developed', frenchPrefix: 'Developed', currency: 'USD' },
  { id: 'north-america', label: 'North America', frenchPrefix: 'North_America', currency: 'USD' },
  { id: 'japan', label: 'Japan', frenchPrefix: 'Japan', currency: 'USD' },
  {
    id: 'asia-pacific-ex-japan',
    label: 'Asia Pacific ex Japan',
    frenchPrefix: 'Asia_Pacific_ex_Japan',
    currency: 'USD',
  },
  { id: 'emerging', label: 'Emerging', frenchPrefix: 'Emerging', currency: 'USD' },
];

/**
 * Reads a region id; accepts the label too, any case, with spaces or underscores ('Developed ex US').
 * @example parseRegion('Europe') // 'europe'
 */
export function parseRegion(raw: string): RegionId {
  const k = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const r = REGIONS.find((x) => x.id === k || x.label.toLowerCase().replace(/\s+/g, '-') === k);
  if (!r)
    throw new Error(
      `invalid region: ${JSON.stringify(raw)}; expected one of ${REGIONS.map((x) => x.id).join(', ')}`,
    );
  return r.id;
}

/** The region of an id. */
export function region(id: RegionId): Region {
  const r = REGIONS.find((x) => x.id === id);
  if (!r) throw new Error(`invalid region: ${JSON.stringify(id)}`);
  return r;
}

/**
 * The region of a French file or dataset name: the longest regional prefix it starts with, else 'us'.
 * 'Developed_ex_US_…' is Developed ex US, not Developed.
 * @example regionOfFrenchFile('Europe_3_Factors_Daily_vintage202603.csv') // 'europe'
 * @example regionOfFrenchFile('french/F-F_Research_Data_Factors') // 'us'
 */
export function regionOfFrenchFile(name: string): RegionId {
  const stem = name.replace(/^.*[/\\]/, '');
  let best: Region | undefined;
  for (const r of REGIONS) {
    if (!r.frenchPrefix) continue;
    const p = `${r.frenchPrefix}_`.toLowerCase();
    if (stem.toLowerCase().startsWith(p) && (!best || r.frenchPrefix.length > best.frenchPrefix.length))
      best = r;
  }
  return best?.id ?? 'us';
}

/**
 * The French factor datasets of a region, most preferred first: the 3-factor file, then the 5-factor file
 * (their SMB differ slightly: the 5-factor SMB averages three sorts). The US uses capgap's US factor file.
 * @example frenchFactorDatasets('europe') // ['french/Europe_3_Factors', 'french/Europe_5_Factors']
 */
export function frenchFactorDatasets(id: RegionId): string[] {
  if (id === 'us') return ['french/F-F_Research_Data_Factors'];
  const p = region(id).frenchPrefix;
  return [`french/${p}_3_Factors`, `french/${p}_5_Factors`];
}
