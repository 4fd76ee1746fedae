/**
 * Loads the report's sector section (src/report/sectors-section.ts) from the store: the sector ranking and
 * the size-spread decomposition over the event's first five sessions ([0, 4]), and the funds for "US small
 * cap" and "US industrials" over its first 21 sessions ([0, 20]). Without a stock panel in the store it
 * returns the one line that says which import enables the section.
 */
import type { ReportEvent } from '../findings/build.ts';
import type { SectorReportData } from '../report/sector-report-data.ts';
import type { Store } from '../store/store.ts';
import { queryInstruments } from './instruments.ts';
import { querySectorEvent } from './sectors.ts';

/** The line a report prints when the store has no stock panel. */
export const NO_PANEL_NOTE =
  'Sectors: no stock panel in the store. `capgap import` a daily stock panel (Date,Ticker,Open,High,Low,Close,Volume) with the NASDAQ companylists (caps and sectors), and optionally the S&P 500 GICS securities file, to add the sector section.';

/**
 * The section's data, or a note saying why there is none.
 * @example addSectorSection(report, await loadSectorReport(store, report.event))
 */
export async function loadSectorReport(
  store: Store,
  event: ReportEvent,
  options: { window?: [number, number]; exposures?: string[]; instrumentWindow?: [number, number] } = {},
): Promise<SectorReportData | { note: string }> {
  const panel = await store.one<{ n: number }>(
    "SELECT count(*)::DOUBLE AS n FROM datasets WHERE kind = 'stock-panel' OR name = 'kaggle/stocks'",
  );
  if (!panel?.n) return { note: NO_PANEL_NOTE };
  const window = options.window ?? [0, 4];
  let a: Awaited<ReturnType<typeof querySectorEvent>>;
  try {
    a = await querySectorEvent(store, { event: event.date, window });
  } catch (err) {
    return { note: `Sectors: ${(err as Error).message}` };
  }
  const datasets = await store.all<{ name: string; vintage: string | null }>(
    "SELECT name, vintage FROM datasets WHERE kind IN ('stock-panel', 'companylist', 'gics') OR name = 'kaggle/stocks' ORDER BY name",
  );
  const iw = options.instrumentWindow ?? [0, 20];
  const instruments: NonNullable<SectorReportData['instruments']> = [];
  const cache = new Map();
  for (const exposure of options.exposures ?? ['US small cap', 'US industrials']) {
    try {
      const x = await queryInstruments(store, { exposure, event: event.date, window: iw, cache });
      instruments.push({
        exposure: x.exposure.name,
        window: iw,
        base: x.base,
        to: x.to,
        series: { name: x.series.name, return: x.series.return },
        command: `capgap instruments --exposure "${exposure}" --event ${event.date} --window ${iw.join(',')}`,
        funds: x.funds.filter((f) => f.match === 'exact'),
      });
    } catch {
      // A window past the data's end leaves the instruments out; the sector findings stand alone.
    }
  }
  return {
    event,
    window,
    base: a.base,
    to: a.to,
    scheme: a.scheme,
    within: a.within,
    ranking: a.ranking,
    decomposition: a.decomposition.value,
    datasets,
    command: `capgap sectors --event ${event.date} --window ${window.join(',')}`,
    instruments,
  };
}
