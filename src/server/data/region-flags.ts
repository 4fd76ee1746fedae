import type { NewsTiming } from '../../calendar/trading-days.ts';
import type { QualityFlag } from '../../events/quality/flags.ts';
import { snapshotFlags } from '../../findings/snapshot-flags.ts';
import type { RegionInputs } from './region-inputs.ts';

/**
 * The flags of the regional lead: the quality engine of the US lead (src/findings/snapshot-flags.ts) run on
 * the region's SMB and market over [0, to], each on the days it has a value, against the region's own
 * trading days: an event date that is not one of them (a Sunday election) moves t0, a day missing from a
 * series inside the window is said.
 */
export function regionFlags(r: RegionInputs, event: string, timing: NewsTiming, to: number): QualityFlag[] {
  const present = (v: Float64Array) => {
    const keep: number[] = [];
    for (let i = 0; i < v.length; i++) if (!Number.isNaN(v[i])) keep.push(i);
    return {
      days: Int32Array.from(keep, (i) => r.calendar.days[i]),
      values: Float64Array.from(keep, (i) => v[i]),
    };
  };
  const smb = present(r.rs);
  return snapshotFlags(
    { prices: [], dailyVW: { days: smb.days, returns: { SMB: smb.values } }, market: present(r.rm) },
    {
      event,
      timing,
      window: [0, to],
      calendar: { days: r.calendar, name: r.label },
      seriesNames: { size: `${r.label} SMB`, market: `${r.label} market (Mkt-RF + RF)` },
    },
  ).flags;
}
