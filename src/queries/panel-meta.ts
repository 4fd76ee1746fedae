/** Per-stock metadata of a stock panel: security types by capgap's rules from the stored names. */
import { classifySecurity, duplicateClasses } from '../formats/security-type.ts';

export type Meta = {
  id: string;
  name: string | null;
  exchange: string | null;
  security_type: string | null;
  sector: string | null;
  industry: string | null;
  cap: number | null;
};

/**
 * Security types by capgap's rules (formats/security-type.ts) from the stored name, sector and industry,
 * whoever imported them; a more specific stored type (e.g. 'adr' from the companylist's ADR TSO field, or
 * 'etf' from the importer's known list) wins over 'common'.
 */
export function securityTypes(meta: readonly Meta[]): string[] {
  const types = meta.map((m) => {
    // The importer stores NASDAQ's 'n/a' as NULL: read a named row without sector/industry as 'n/a'.
    const fields = m.name ? { name: m.name, sector: m.sector ?? 'n/a', industry: m.industry ?? 'n/a' } : null;
    const t = classifySecurity(m.id, fields).type;
    const stored = m.security_type;
    return t === 'common' && stored && stored !== 'common' && stored !== 'unknown' ? stored : t;
  });
  const dups = duplicateClasses(
    meta
      .filter((_, i) => types[i] === 'common')
      .map((m) => ({ id: m.id, name: m.name ?? '', cap: m.cap ?? Number.NaN })),
  );
  return types.map((t, i) => (dups.has(meta[i].id) ? 'share-class-duplicate' : t));
}
