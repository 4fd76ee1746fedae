/**
 * Exposures ("US small cap", "US industrials", "US small cap industrials", "US small cap value") and the
 * registry funds that carry them.
 *
 * An exposure is a size band (micro, small, mid, large, total; null = all sizes), a GICS sector (null = all)
 * and a style (value, growth; null = blend). A fund's exposure comes from its registry row: the size from the
 * category ('US small cap', 'US small cap sector', 'US mid cap', …; 'US sector' funds hold all sizes), the
 * sector from the `sector` column, the style from "Value"/"Growth" in its name.
 *
 * Size bands on stocks follow CRSP's published cap-coverage bands (the bands of Vanguard's CRSP indices):
 * large = the largest stocks up to 70% of total cap, mid = 70–85%, small = 85–98%, micro = the last 2%.
 */
import { type GicsSector, parseSector } from './gics.ts';

export type Size = 'micro' | 'small' | 'mid' | 'large' | 'total';
export type Style = 'value' | 'growth';

/** An exposure, parsed. */
export interface Exposure {
  size: Size | null;
  sector: GicsSector | null;
  style: Style | null;
  /** Canonical name, e.g. "US small cap industrials". */
  name: string;
}

/** What exposure matching reads of a registry row (the store's EtfEntry fits). */
export interface RegistryRow {
  ticker: string;
  name: string;
  category: string;
  sector?: string | null;
}

/** The coverage scheme of the size bands and each band's label in it (breakpoints.ts names them). */
export const SIZE_SCHEME = 'coverage:70,85,98';
export const SIZE_BAND: Record<Exclude<Size, 'total'>, string> = {
  micro: 'bottom 2%',
  small: '85-98%',
  mid: '70-85%',
  large: 'top 70%',
};

const SIZE_WORDS: [RegExp, Size][] = [
  [/\bmicro[- ]?caps?\b|\bmicro\b/, 'micro'],
  [/\bsmall[- ]?caps?\b|\bsmall\b|\bsmaller companies\b/, 'small'],
  [/\bmid[- ]?caps?\b|\bmid\b/, 'mid'],
  [/\blarge[- ]?caps?\b|\blarge\b|\bbig\b/, 'large'],
  [/\btotal market\b|\btotal\b|\bbroad market\b|\bbroad\b/, 'total'],
];

/** The canonical name of an exposure. */
export function exposureName(e: Omit<Exposure, 'name'>): string {
  const size = e.size === 'total' ? 'total market' : e.size ? `${e.size} cap` : '';
  const sector = e.sector ? e.sector.toLowerCase() : '';
  return ['US', size, sector, e.style ?? ''].filter(Boolean).join(' ');
}

/**
 * Parses an exposure; throws naming the words it could not read.
 * @example parseExposure('US small cap industrials') // { size: 'small', sector: 'Industrials', style: null, … }
 */
export function parseExposure(text: string): Exposure {
  let t = ` ${text.toLowerCase().replace(/[,;]/g, ' ')} `;
  t = t.replace(/\bu\.?s\.?\b|\bunited states\b|\bamerican?\b|\bstocks?\b|\bequit(y|ies)\b|\bshares\b/g, ' ');
  let size: Size | null = null;
  for (const [re, s] of SIZE_WORDS) {
    if (re.test(t)) {
      if (size) throw new Error(`invalid exposure: ${JSON.stringify(text)}; two sizes (${size}, ${s})`);
      size = s;
      t = t.replace(re, ' ');
    }
  }
  let style: Style | null = null;
  if (/\bvalue\b/.test(t)) style = 'value';
  if (/\bgrowth\b/.test(t)) {
    if (style) throw new Error(`invalid exposure: ${JSON.stringify(text)}; both value and growth`);
    style = 'growth';
  }
  t = t
    .replace(/\bvalue\b|\bgrowth\b/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  let sector: GicsSector | null = null;
  if (t) {
    try {
      sector = parseSector(t);
    } catch {
      throw new Error(
        `invalid exposure: ${JSON.stringify(text)}; could not read "${t}" as a size (micro, small, mid, large, total market), a style (value, growth) or a GICS sector`,
      );
    }
  }
  if (!size && !sector && !style) throw new Error(`invalid exposure: ${JSON.stringify(text)}; empty`);
  return { size, sector, style, name: exposureName({ size, sector, style }) };
}

/** A fund's exposure from its registry row (null when the category is not a US equity exposure). */
export function fundExposure(e: RegistryRow): Exposure | null {
  const c = e.category.toLowerCase();
  const m = /^us (micro|small|mid|large) cap( sector)?$/.exec(c);
  let size: Size | null;
  if (m) size = m[1] as Size;
  else if (c === 'us total market') size = 'total';
  else if (c === 'us sector') size = null;
  else return null;
  let sector: GicsSector | null = null;
  if (e.sector) sector = parseSector(e.sector);
  const style: Style | null = /\bvalue\b/i.test(e.name)
    ? 'value'
    : /\bgrowth\b/i.test(e.name)
      ? 'growth'
      : null;
  return { size, sector, style, name: exposureName({ size, sector, style }) };
}

/** How a fund relates to the exposure asked for. */
export type Match = 'exact' | 'style tilt' | 'narrower' | 'broader';

/**
 * How a fund's exposure relates to the one asked for, or null when unrelated: exact; the same size and
 * sector with a value/growth tilt; narrower (it adds a size band or sector the exposure leaves open: PSCI for
 * "US industrials"); broader (an all-size sector fund for "US small cap industrials").
 * @example relate(parseExposure('US industrials'), parseExposure('US small cap industrials')) // 'narrower'
 */
export function relate(asked: Exposure, fund: Exposure): Match | null {
  const sameSize = asked.size === fund.size;
  const sameSector = asked.sector === fund.sector;
  if (sameSize && sameSector) {
    if (asked.style === fund.style) return 'exact';
    return asked.style === null ? 'style tilt' : null;
  }
  if (fund.style !== asked.style) return null;
  const banded = (s: Size | null) => s !== null && s !== 'total';
  // The fund fixes a size band or a sector that the exposure leaves open.
  if (asked.size === null && banded(fund.size) && sameSector) return 'narrower';
  if (asked.sector === null && fund.sector !== null && sameSize) return 'narrower';
  // The fund leaves open a size band or a sector that the exposure fixes.
  if (banded(asked.size) && asked.sector && fund.size === null && sameSector) return 'broader';
  if (banded(asked.size) && asked.sector && fund.sector === null && sameSize) return 'broader';
  return null;
}

/**
 * The registry funds related to an exposure, exact matches first.
 * @example fundsFor(registry, parseExposure('US small cap')).map((f) => f.entry.ticker)
 */
export function fundsFor<E extends RegistryRow>(
  registry: readonly E[],
  asked: Exposure,
): { entry: E; exposure: Exposure; match: Match }[] {
  const order: Match[] = ['exact', 'style tilt', 'narrower', 'broader'];
  const out: { entry: E; exposure: Exposure; match: Match }[] = [];
  for (const entry of registry) {
    const exposure = fundExposure(entry);
    if (!exposure) continue;
    const match = relate(asked, exposure);
    if (match) out.push({ entry, exposure, match });
  }
  return out.sort(
    (a, b) => order.indexOf(a.match) - order.indexOf(b.match) || (a.entry.ticker < b.entry.ticker ? -1 : 1),
  );
}

/**
 * The exposures next to the one asked for (its sector at each size; its size in each style) that no
 * registry fund carries exactly.
 * @example exposuresWithoutFund(registry, parseExposure('US industrials')) // ['US mid cap industrials', …]
 */
export function exposuresWithoutFund(registry: readonly RegistryRow[], asked: Exposure): string[] {
  const family: Omit<Exposure, 'name'>[] = [asked];
  if (asked.sector) for (const size of ['small', 'mid', 'large'] as const) family.push({ ...asked, size });
  else if (asked.size) for (const style of ['value', 'growth'] as const) family.push({ ...asked, style });
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of family) {
    const name = exposureName(e);
    if (seen.has(name)) continue;
    seen.add(name);
    const x = { ...e, name };
    if (!fundsFor(registry, x).some((f) => f.match === 'exact')) out.push(name);
  }
  return out;
}
