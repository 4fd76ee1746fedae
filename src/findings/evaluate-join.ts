/**
 * Legs joined into one evaluation: a − b (or, under `relative: 'ratio'`, the change in their ratio), or one
 * leg alone; the sources and notes of both, each once.
 */
import { toDay } from '../calendar/dates.ts';
import { isNyseSession } from '../calendar/nyse.ts';
import type { Leg } from './evaluate-legs.ts';
import type { CannotCheck, Evaluation, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

/**
 * Two dates that name the same close: equal, or a calendar date and the last NYSE session on or before it (a
 * monthly series labels November 2024 with Nov. 30, a Saturday; a daily one ends it on Friday, Nov. 29).
 * @example sameClose('2024-11-30', '2024-11-29') // true
 */
export function sameClose(a: string, b: string): boolean {
  return a === b || lastSession(a) === lastSession(b);
}
function lastSession(iso: string): number {
  let d = toDay(iso);
  for (let k = 0; k < 7 && !isNyseSession(d); k++) d--;
  return d;
}

/** a − b, or under `relative: 'ratio'` the change in the ratio of the two, (1 + a) / (1 + b) − 1. */
export function difference(a: Leg, b: Leg, joiner: string, c?: Resolved): Evaluation | CannotCheck {
  if (!sameClose(a.from, b.from) || !sameClose(a.to, b.to))
    return { cannot: `the two legs cover different dates: ${a.from} → ${a.to} and ${b.from} → ${b.to}` };
  if (c?.relative === 'ratio') return joined(a, b, 'relative to', (1 + a.value) / (1 + b.value) - 1, a.from);
  return joined(a, b, joiner, a.value - b.value, a.from);
}

/** Two legs as one evaluation with `value`, from `from` to the first leg's end: both legs' sources and notes. */
export function joined(a: Leg, b: Leg, joiner: string, value: number, from: string): Evaluation {
  const seen = new Set<string>();
  const datasets = [...a.datasets, ...b.datasets].filter((d) => {
    const k = `${d.name}|${d.vintage}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return {
    value,
    from,
    to: a.to,
    description: `${a.description} ${joiner} ${b.description}`,
    provenance: { datasets },
    ...notesOf(a, b),
  };
}

export function single(l: Leg | CannotCheck): Evaluation | CannotCheck {
  if (isCannot(l)) return l;
  return {
    value: l.value,
    from: l.from,
    to: l.to,
    description: l.description,
    provenance: { datasets: l.datasets },
    ...notesOf(l),
  };
}

/** The legs' notes, each once (none: no field, so the JSON of other claims is unchanged). */
function notesOf(...legs: Leg[]): { notes?: string[] } {
  const notes = [...new Set(legs.flatMap((l) => l.notes ?? []))];
  return notes.length ? { notes } : {};
}
