/**
 * An elided clause that names only another election's year: "After the 2016 election, the Russell 2000
 * gained 15% in a month; after 2020, 18%": the same window as the clause before (a month after its
 * event), after that year's election (./windows.ts adds these hits after the rules ran).
 */
import type { ReadOptions } from '../claim-read.ts';
import { monthsBefore } from './dates.ts';
import { otherElection, type WindowHit } from './windows.ts';

/** ", after 2020,", "; following 2012,": a year alone, set off before the number it dates. */
const AFTER_YEAR = /[,;]\s*(?:and\s+|but\s+|while\s+)?(?:after|following)\s+((?:19|20)\d\d)\s*,/gi;

/**
 * The window hits of the elided clauses of `text`, each the window of the hit before it moved to the
 * election of its year (a month or a year after it, as before), or none.
 * @example elidedEvents('After the 2016 election, … in a month; after 2020, 18%', hits, o) // [{ window: { kind: 'since', event: '2020-11-03', to: '2020-12-03' } }]
 */
export function elidedEvents(text: string, hits: readonly WindowHit[], o: ReadOptions): WindowHit[] {
  const out: WindowHit[] = [];
  for (const m of text.matchAll(AFTER_YEAR)) {
    const start = m.index + m[0].indexOf(m[0].trim().replace(/^[,;]\s*/, ''));
    const end = m.index + m[0].length - 1;
    if (hits.some((h) => start < h.end && end > h.start)) continue;
    const w = [...hits, ...out].filter((h) => h.end <= start && h.window).pop()?.window;
    if (w?.kind !== 'since' || !w.to || w.event === o.event) continue;
    const months = [1, 12].find((n) => monthsBefore(w.event, -n) === w.to);
    const event = months && otherElection(`${m[1]} election`, o.event);
    if (!months || !event) continue;
    const to = monthsBefore(event, -months);
    out.push({ start, end, window: { kind: 'since', event, to: o.to && o.to < to ? o.to : to } });
  }
  return out;
}
