/**
 * The sector scheme every stock is put in: the 11 GICS sectors as the S&P 500 file of 2016 names them, the
 * other spellings files use, and reading a sector from what a user types.
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
export const GICS_ALIASES: Record<string, GicsSector> = {
  'telecommunication services': 'Telecommunications Services',
  'communication services': 'Telecommunications Services',
  'info tech': 'Information Technology',
  financial: 'Financials',
};

/** The GICS sectors by their lower-case name. */
export const GICS_BY_LOWER = new Map<string, GicsSector>(GICS_SECTORS.map((s) => [s.toLowerCase(), s]));

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
