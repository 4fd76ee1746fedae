/**
 * The sources panel: every dataset and vintage the panels used, and the conventions.
 */
import { list } from './dom.ts';

/** Lists every dataset and vintage the panels used, once each, and the conventions. */
export function sources(
  used: { dataset: string; vintage: string | null; through?: string }[],
  conventions: Record<string, string>,
): void {
  const seen = new Map<string, string>();
  for (const s of used) {
    const key = `${s.dataset}|${s.vintage ?? ''}`;
    if (!seen.has(key) || s.through)
      seen.set(
        key,
        `${s.dataset}${s.vintage ? `, vintage ${s.vintage}` : ''}${s.through ? `, through ${s.through}` : ''}`,
      );
  }
  list(
    'sources',
    [...seen.values()].map((t) => `Source: ${t}`),
  );
  list(
    'conventions',
    Object.entries(conventions).map(([k, v]) => `${k}: ${v}`),
  );
}
