/**
 * An exposure's own stock-built series over an event window (documented in instruments.ts): value-weighted
 * stocks of the panel formed once at the window's first close, in a CRSP cap-coverage band and/or a sector.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { compound } from '../math/compound.ts';
import { type Exposure, SIZE_BAND, SIZE_SCHEME } from '../sectors/exposure.ts';
import { type SectorBucketResult, sectorBuckets } from '../sectors/sector-buckets.ts';
import type { Store } from '../store/store.ts';
import { loadPanel } from './panel.ts';
import { panelSectors } from './panel-sectors.ts';

/** An exposure's series: its name, daily returns on days[1..], compounded total, and why it is missing. */
export interface ExposureSeries {
  name: string;
  daily: Float64Array | null;
  total: number | null;
  note: string | null;
}

/** The CRSP-band × sector buckets over `days` (formed at days[0]). */
async function bandBuckets(store: Store, days: string[]): Promise<SectorBucketResult> {
  const panel = await loadPanel(store, { from: fromDay(toDay(days[0]) - 10), to: days.at(-1) });
  const { sector } = await panelSectors(store, panel);
  return sectorBuckets(panel, sector, {
    scheme: SIZE_SCHEME,
    formation: days[0],
    weightings: ['value'],
    from: days[1],
    to: days.at(-1),
  });
}
/**
 * The exposure's daily series on `days` (returns on days[1..]) from the stock panel, or why there is none;
 * the total compounds them from the days[0] close to the last (src/math/compound.ts).
 */
export async function exposureSeries(
  store: Store,
  x: Exposure,
  days: string[],
  cache?: Map<string, Promise<SectorBucketResult | Error>>,
): Promise<ExposureSeries> {
  const band = x.size && x.size !== 'total' ? SIZE_BAND[x.size] : null;
  const name = `stocks: ${[x.size ? (band ? `CRSP band ${band}` : 'all sizes') : 'all sizes', x.sector ?? 'all sectors'].join(', ')}, value-weighted`;
  const note = x.style
    ? `no ${x.style} split on stocks (no book values): tracked against the size/sector blend`
    : null;
  const key = `${days[0]}|${days.at(-1)}`;
  let pending = cache?.get(key);
  if (!pending) {
    pending = bandBuckets(store, days).catch((err: Error) => err);
    cache?.set(key, pending);
  }
  const r = await pending;
  if (r instanceof Error) return { name, daily: null, total: null, note: r.message };
  if (r.dates.length !== days.length - 1 || r.dates.at(-1) !== days.at(-1))
    return {
      name,
      daily: null,
      total: null,
      note: `the stock panel does not cover ${days[1]} .. ${days.at(-1)}`,
    };
  const K = r.K;
  const G = r.groups.length;
  const b = band ? r.labels.indexOf(band) : -1;
  const g = x.sector ? r.groups.indexOf(x.sector) : -1;
  if (x.sector && g < 0)
    return { name, daily: null, total: null, note: `no ${x.sector} stocks in the panel` };
  const daily = new Float64Array(r.dates.length);
  for (let i = 0; i < daily.length; i++) {
    if (g >= 0 && b >= 0) daily[i] = r.returns.value![i * (G * K + 1) + g * K + b];
    else if (g >= 0) daily[i] = r.sectorReturns.value![i * (G + 1) + g];
    else daily[i] = r.base.returns.value![i * (K + 1) + (b >= 0 ? b : K)];
  }
  const total = compound(daily, -1, daily.length - 1);
  return { name, daily, total: Number.isFinite(total) ? total : null, note };
}
