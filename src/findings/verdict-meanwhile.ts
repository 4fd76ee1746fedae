/**
 * The verdict's asides: what other engines give while the default needs data the store lacks, and the
 * conventions a result rests on.
 */
import type { ClaimVerdict } from './check.ts';
import { unitValue } from './verdict-line.ts';
import { stackWords } from './verdict-words.ts';

/**
 * When the default needs data the store lacks, what the other engines give meanwhile (check.ts keeps their
 * matches, or the nearest when none matches): '; meanwhile another convention gives 7.47 pp, which matches:
 * French's portfolios (NYSE breakpoints)' ('' when none could be computed).
 */
export function meanwhile(v: ClaimVerdict): string {
  const c = v.claim!;
  const m = v.matches[0];
  if (m)
    return `; meanwhile another convention gives ${unitValue(c, m.value)}, which matches: ${m.differs}${notes(m)}`;
  const n = v.nearest;
  if (n && v.stackedChanges)
    return `; meanwhile another convention gives ${unitValue(c, n.value)}, ${stackWords(v.stackedChanges)}: ${n.differs}${notes(n)}`;
  if (n)
    return `; meanwhile the nearest other convention gives ${unitValue(c, n.value)}, which does not match: ${n.differs}${notes(n)}`;
  return '';
}

/** The conventions a result rests on, as the line's last bracket: ' [in US dollars; …]' ('' when none). */
export function notes(r: { notes?: string[] } | undefined): string {
  return r?.notes?.length ? ` [${r.notes.join('; ')}]` : '';
}

/**
 * The table's convention cell for such a 'cannot check': 'meanwhile French's portfolios (NYSE breakpoints):
 * 7.47 pp, which matches'.
 */
export function meanwhileCell(v: ClaimVerdict): string {
  const m = v.matches[0];
  const o = (m ?? v.nearest)!;
  return `meanwhile ${o.differs || 'another convention'}: ${unitValue(v.claim!, o.value)}${m ? ', which matches' : ', which does not match'}`;
}
