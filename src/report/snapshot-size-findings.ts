/**
 * The findings of a snapshot's size section: the event-window smallest-minus-largest decile spread (with its rank
 * in an event set when given) and each size portfolio against the market.
 */
import { excessReturnFinding, spreadFinding, windowLabel } from '../findings/build.ts';
import type { Finding } from '../findings/finding.ts';
import type { EventSnapshot } from '../findings/snapshot-types.ts';
import { dataRef, type FindingSink, type SnapshotReportOptions } from './snapshot-options.ts';

/** The event-window findings of `s.size`, pushed into `out` (lead spread first); returns the bucket findings' ids. */
export function sizeFindings(
  size: NonNullable<EventSnapshot['size']>,
  o: Pick<SnapshotReportOptions, 'eventSet'>,
  out: FindingSink,
): string[] {
  const { event, command, top, rest, safe } = out;
  const sizeIds: string[] = [];
  const deciles = size.groups.deciles;
  const data = [dataRef(size.provenance), dataRef(size.market)];
  if (!event.t0Date) event.t0Date = size.sessions[0];
  const lo = deciles?.find((b) => b.portfolio === 'Lo 10');
  const hi = deciles?.find((b) => b.portfolio === 'Hi 10');
  if (lo && hi) {
    let record: Finding['record'];
    if (o.eventSet) {
      const sorted = o.eventSet.events
        .filter((e) => Number.isFinite(e.value))
        .sort((a, b) => b.value - a.value);
      const at = sorted.findIndex((e) => e.date === o.eventSet?.highlight);
      const years = sorted.map((e) => e.date).sort();
      if (at >= 0)
        record = {
          rank: at + 1,
          of: sorted.length,
          among: o.eventSet.setName,
          historyStart: years[0].slice(0, 4),
        };
    }
    const f0 = safe(() =>
      spreadFinding({
        small: 'Lo 10',
        large: 'Hi 10',
        smallValue: lo.value,
        largeValue: hi.value,
        window: {
          from: size.baseDate,
          to: size.endDate,
          label: windowLabel(event, size.window.to - size.window.from + 1),
          relative: [size.window.from, size.window.to],
        },
        weighting: 'value',
        data: [data[0]],
        event,
        record,
        command,
      }),
    );
    if (f0) {
      f0.id = `spread-Lo 10-Hi 10-${event.date}-${size.window.from}-${size.window.to}`; // = eventFromCompare's id
      top.push(f0);
    }
  }
  for (const [group, buckets] of Object.entries(size.groups)) {
    for (const b of buckets) {
      const f = safe(() =>
        excessReturnFinding({
          portfolio: b.portfolio,
          value: b.value,
          market: b.market,
          window: [size.window.from, size.window.to],
          from: size.baseDate,
          to: size.endDate,
          weighting: 'value',
          data,
          event,
          command,
        }),
      );
      if (!f) continue;
      f.id = `${f.id}-${group}`;
      (b.portfolio === 'Lo 10' || b.portfolio === 'Hi 10' ? top : rest).push(f);
      sizeIds.push(f.id);
    }
  }
  return sizeIds;
}
