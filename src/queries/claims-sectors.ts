/**
 * Sector series for the claim checker (src/findings/evaluator.ts, `SectorCells`): every GICS sector and every
 * sector × size cell of the store's stock panel, formed once at the close of a claim's base, value- and
 * equal-weighted at once (src/sectors/sector-buckets.ts; sectors as `capgap sectors` assigns them,
 * docs/sectors.md). One computation per (formation, to, scheme, within) and check run.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { STOCKS_COMMAND } from '../findings/evaluate-stocks.ts';
import type { CannotCheck, SectorCellQuery, SectorCells } from '../findings/evaluator.ts';
import type { Panel } from '../portfolios/panel.ts';
import { sectorBuckets } from '../sectors/sector-buckets.ts';
import type { Store } from '../store/store.ts';
import { memo, panelRange } from './claims-stock-buckets.ts';
import { loadPanel } from './panel.ts';
import { panelSectors } from './sectors.ts';

/**
 * The store's sector cells loader (memoized per instance: one per check run).
 * @example await sectorCellsOf(store)({ formation: '2016-11-08', to: '2016-12-31', scheme: 'terciles', within: 'universe' })
 */
export function sectorCellsOf(store: Store): (q: SectorCellQuery) => Promise<SectorCells | CannotCheck> {
  const range = memo(() => panelRange(store));
  const panels = memo(async (from: string, to: string) => {
    const panel: Panel = await loadPanel(store, { from, to });
    return { panel, sectors: await panelSectors(store, panel) };
  });
  return memo(async (q: SectorCellQuery): Promise<SectorCells | CannotCheck> => {
    const r = await range();
    if (!r) return { cannot: 'needs a stock panel with sectors', needs: STOCKS_COMMAND };
    if (q.formation < r.first || q.formation > r.last)
      return { cannot: `the stock panel (${r.name}) covers ${r.first} .. ${r.last}, not ${q.formation}` };
    const { panel, sectors } = await panels(fromDay(toDay(q.formation) - 20), q.to);
    if (!sectors.sector.some((s) => s !== null))
      return { cannot: 'no stock in the panel has a sector', needs: STOCKS_COMMAND };
    let res: ReturnType<typeof sectorBuckets>;
    try {
      res = sectorBuckets(panel, sectors.sector, {
        scheme: q.scheme,
        within: q.within,
        formation: q.formation,
        weightings: ['value', 'equal'],
        from: fromDay(toDay(q.formation) + 1),
        to: q.to,
      });
    } catch (err) {
      return { cannot: `sector buckets: ${(err as Error).message}` };
    }
    const G = res.groups.length;
    const K = res.K;
    const n = res.dates.length + 1;
    const days = new Int32Array(n);
    days[0] = toDay(res.base.formations[0].date);
    for (let i = 0; i < res.dates.length; i++) days[i + 1] = toDay(res.dates[i]);
    const sectorsOut = {} as SectorCells['sectors'];
    const cells = {} as SectorCells['cells'];
    for (const w of ['value', 'equal'] as const) {
      const s = new Float64Array(n * G).fill(Number.NaN);
      const c = new Float64Array(n * G * K).fill(Number.NaN);
      const sr = res.sectorReturns[w]!;
      const cr = res.returns[w]!;
      for (let i = 0; i < res.dates.length; i++) {
        for (let g = 0; g < G; g++) s[(i + 1) * G + g] = sr[i * (G + 1) + g];
        for (let k = 0; k < G * K; k++) c[(i + 1) * G * K + k] = cr[i * (G * K + 1) + k];
      }
      sectorsOut[w] = s;
      cells[w] = c;
    }
    return {
      dataset: r.name,
      groups: res.groups,
      labels: res.labels,
      days,
      sectors: sectorsOut,
      cells,
      counts: res.counts[0],
      conventions: [
        'sectors: GICS (2016 names) from the GICS file, else the NASDAQ companylist sector mapped to GICS (docs/sectors.md)',
        `size: ${res.base.scheme.name} on market cap, breakpoints ${q.within === 'sector' ? 'within each sector' : 'from the whole eligible universe'}`,
        `formed once at the ${res.base.formations[0].date} close; adjusted closes`,
      ],
    };
  });
}
