/**
 * Tidying flags for an output: the same condition seen by several figures of one series becomes one flag
 * naming them all, and a missing session that every series of the output shares becomes one flag for 'all'
 * (a session missing from every series is a hole in the data, not in one series).
 */
import type { QualityFlag } from './flags.ts';

const key = (f: QualityFlag) => `${f.kind}|${f.series}|${f.dates.join(',')}|${f.effect}`;

/**
 * One flag per kind, series, dates and effect; the others' figures are listed on it.
 * @example mergeFlags([oneDay, threeDays]).length // 1, figure "1 day, 3 days"
 */
export function mergeFlags(flags: readonly QualityFlag[]): QualityFlag[] {
  const groups = new Map<string, QualityFlag[]>();
  for (const f of flags) {
    const k = key(f);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const out: QualityFlag[] = [];
  for (const [, g] of groups) {
    const figures = [...new Set(g.map((f) => f.figure).filter((x): x is string => Boolean(x)))];
    if (figures.length <= 1) {
      out.push(g[0]);
      continue;
    }
    const more = figures.slice(1).map((x) => `'${x}'`);
    out.push({
      ...g[0],
      figure: figures.join(', '),
      detail: `${g[0].detail} The same holds for the ${more.join(', ')} ${more.length > 1 ? 'figures' : 'figure'}.`,
    });
  }
  return out;
}

/**
 * Replaces missing-session flags that every one of `names` has (same dates, same figure) by one flag for
 * 'all'. With fewer than two names nothing changes.
 * @example collapseShared(flags, ['Lo 10', 'Hi 10'])
 */
export function collapseShared(flags: readonly QualityFlag[], names: readonly string[]): QualityFlag[] {
  if (names.length < 2) return [...flags];
  const out: QualityFlag[] = [];
  const done = new Set<string>();
  for (const f of flags) {
    if (f.kind !== 'missing-session') {
      out.push(f);
      continue;
    }
    const k = `${f.dates.join(',')}|${f.figure ?? ''}|${f.effect}`;
    const same = flags.filter(
      (g) => g.kind === f.kind && `${g.dates.join(',')}|${g.figure ?? ''}|${g.effect}` === k,
    );
    const shared = names.every((n) => same.some((g) => g.series === n));
    if (!shared) {
      out.push(f);
      continue;
    }
    if (done.has(k)) continue;
    done.add(k);
    const rest = f.detail.slice(f.detail.indexOf(' has no ') + 8);
    out.push({ ...f, series: 'all', detail: `None of ${names.join(', ')} has ${rest}` });
  }
  return out;
}
