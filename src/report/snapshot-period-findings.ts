/**
 * The findings of a snapshot's event month (the small-minus-large spread with its rank and 'widest since') and of
 * the indices and funds since the event (paired small against large where both are present).
 */
import { returnFinding, spreadFinding } from '../findings/build.ts';
import type { EventSnapshot } from '../findings/snapshot-types.ts';
import { dataRef, type FindingSink, PAIRS } from './snapshot-options.ts';

/** The event month's spread findings, pushed into `out` (value-weighted to `top`); returns their ids. */
export function monthFindings(spreads: EventSnapshot['spreads'], out: FindingSink): string[] {
  const { command, top, rest, safe } = out;
  const ids: string[] = [];
  for (const sp of spreads) {
    const r = sp.result;
    const f = safe(() =>
      spreadFinding({
        small: 'Lo 10',
        large: 'Hi 10',
        smallValue: r.small,
        largeValue: r.large,
        month: r.month,
        weighting: sp.weighting,
        data: [dataRef(sp.provenance)],
        record: {
          rank: r.rank,
          of: r.of,
          among: 'months',
          historyStart: r.historyStart,
          since: r.widestSince ? { period: r.widestSince.month, value: r.widestSince.spread } : null,
          provisional: false,
        },
        command,
      }),
    );
    if (!f) continue;
    (sp.weighting === 'value' ? top : rest).push(f);
    ids.push(f.id);
  }
  return ids;
}

/** Index and fund findings since the event, pushed into `out` (the last horizon to `top` while it has room). */
export function indexFindings(indices: EventSnapshot['indices'], out: FindingSink): string[] {
  const { event, command, top, rest, safe } = out;
  // Indices and funds since the event, paired small vs large where both are present.
  const ids: string[] = [];
  const byId = new Map(indices.map((i) => [i.id, i]));
  const paired = new Set(Object.values(PAIRS));
  for (const i of indices) {
    if (paired.has(i.id) && [...Object.entries(PAIRS)].some(([a, b]) => b === i.id && byId.has(a))) continue;
    const other = byId.get(PAIRS[i.id] ?? '');
    for (const r of i.returns) {
      const o2 = other?.returns.find((x) => x.days === r.days && x.endDate === r.endDate);
      const f = safe(() =>
        returnFinding({
          id: i.id,
          value: r.value,
          from: r.baseDate,
          to: r.endDate,
          days: r.days,
          basis: i.basis as 'total' | 'price' | 'price index',
          data: [dataRef(i.provenance)],
          event,
          against:
            other && o2 ? { id: other.id, value: o2.value, data: [dataRef(other.provenance)] } : undefined,
          command,
        }),
      );
      if (!f) continue;
      const last = r.days === null || r === i.returns[i.returns.length - 1];
      (last && top.length < 8 ? top : rest).push(f);
      ids.push(f.id);
    }
  }
  return ids;
}
