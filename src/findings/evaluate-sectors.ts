/**
 * Sector legs. A whole sector is read, by convention, from its Select Sector SPDR (the S&P
 * 500's stocks of that sector, value-weighted, total return: the default) or built from the stock panel
 * (every stock of that GICS sector, value- or equal-weighted; ClaimData.sectorCells); a sector × size cell
 * ("small-cap industrials") only from the stock panel: terciles on market cap, breakpoints from the whole
 * universe (default) or within the sector. Ranks: ./evaluate-rank.ts. Every leg states its convention in `notes`.
 */
import { fromDay } from '../calendar/dates.ts';
import { compound } from '../math/compound.ts';
import type { Claim } from './claim.ts';
import {
  BANK_ETFS,
  etfSector,
  gicsOf,
  SECTOR_ETFS,
  type SectorSubject,
  sectorWords,
} from './claim-sectors.ts';
import { claimSpan, closesOnly } from './claim-span.ts';
import { barsLeg, type Leg } from './evaluate-legs.ts';
import { STOCKS_COMMAND, stockDates } from './evaluate-stocks.ts';
import type { CannotCheck, ClaimData, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

/** The size scheme behind "small-cap" and "large-cap" inside a sector. */
export const SECTOR_SIZE_SCHEME = 'terciles';

export const BANKS_AS_FINANCIALS =
  'banks read as the whole Financials sector (an approximation: no bank-only series in the store)';

export async function etfLeg(
  data: ClaimData,
  s: SectorSubject,
  claim: Claim,
  c: Resolved,
): Promise<Leg | CannotCheck> {
  const gics = etfSector(s.sector);
  let ticker = SECTOR_ETFS[gics];
  let note = `${gics} = ${ticker}, the S&P 500's ${gics} sector (Select Sector SPDR: large caps, value-weighted, total return)`;
  if (s.sector === 'Banks') {
    for (const t of BANK_ETFS) {
      if (await data.bars(t)) {
        ticker = t;
        note = `banks = ${t} (${t === 'KBE' ? 'SPDR S&P Bank ETF' : 'SPDR S&P Regional Banking ETF'}, equal-weighted banks, total return)`;
        break;
      }
    }
    if (ticker === SECTOR_ETFS.Financials)
      note = `banks read as the Financials sector: XLF (Financial Select Sector SPDR, total return); KBE and KRE have no prices in the store (an approximation)`;
  }
  if (!ticker) return { cannot: `no ETF for the ${gics} sector` };
  const l = await barsLeg(data, ticker, claim, { ...c, proxy: 'index', returnType: 'total' });
  if (isCannot(l)) return l;
  return { ...l, notes: [note] };
}

/**
 * "Regional banks jumped 13%": KRE (SPDR S&P Regional Banking ETF) only. Neither XLF (the whole Financials
 * sector: insurers, card networks, the largest banks) nor the stock panel's GICS sectors (no sub-industries)
 * reads them, so without KRE's prices the claim cannot be checked.
 */
async function regionalBanks(data: ClaimData, claim: Claim, c: Resolved): Promise<Leg | CannotCheck> {
  if (c.sectorSource !== 'etf')
    return { cannot: "regional banks: the stock panel's sectors are GICS sectors, with no sub-industries" };
  if (!(await data.bars('KRE')))
    return {
      cannot:
        'regional banks: KRE (SPDR S&P Regional Banking ETF) has no prices in the store, and the whole Financials sector (XLF) is no reading of them',
      needs: 'capgap fetch prices KRE --source yahoo (or capgap import KRE.csv)',
    };
  const l = await barsLeg(data, 'KRE', claim, { ...c, proxy: 'index', returnType: 'total' });
  return isCannot(l)
    ? l
    : { ...l, notes: ['regional banks = KRE (SPDR S&P Regional Banking ETF, total return)'] };
}

/** One column of a row-major matrix. */
function column(m: Float64Array, width: number, col: number): Float64Array {
  const out = new Float64Array(m.length / width);
  for (let i = 0; i < out.length; i++) out[i] = m[i * width + col];
  return out;
}

/** Every sector's (or every cell of one size's) stock-built return over the claim's window. */
export async function stockSectors(
  data: ClaimData,
  size: SectorSubject['size'],
  claim: Claim,
  c: Resolved,
): Promise<
  { values: Map<string, number>; from: string; to: string; dataset: string; formed: string } | CannotCheck
> {
  if (!data.sectorCells) return { cannot: 'needs a stock panel with sectors', needs: STOCKS_COMMAND };
  const opens = closesOnly(claim, c, 'stock-built sectors');
  if (opens) return opens;
  if (c.weighting === 'equal-hold')
    return { cannot: 'stock-built sectors are value- or equal-weighted (daily)' };
  const d = stockDates(claim, c);
  if (isCannot(d)) return d;
  const cells = await data.sectorCells({ ...d, scheme: SECTOR_SIZE_SCHEME, within: c.within });
  if (isCannot(cells)) return cells;
  const span = claimSpan(cells.days, claim.window, c);
  if (isCannot(span)) return span;
  const w = c.weighting === 'equal' ? 'equal' : 'value';
  const G = cells.groups.length;
  const K = cells.labels.length;
  const values = new Map<string, number>();
  cells.groups.forEach((g, k) => {
    if (g === 'Unclassified') return;
    const col = size
      ? column(cells.cells[w], G * K, k * K + (size === 'small' ? 0 : K - 1))
      : column(cells.sectors[w], G, k);
    const v = compound(col, span.base, span.end);
    if (!Number.isNaN(v)) values.set(g, v);
  });
  return {
    values,
    from: fromDay(cells.days[span.base]),
    to: fromDay(cells.days[span.end]),
    dataset: cells.dataset,
    formed: fromDay(cells.days[0]),
  };
}

export function stockNote(s: SectorSubject, c: Resolved): string {
  const w = c.weighting === 'equal' ? 'equal-weighted (rebalanced daily)' : 'value-weighted';
  const size = s.size
    ? `, the ${s.size === 'small' ? 'smallest' : 'largest'} third by market cap (breakpoints ${c.within === 'sector' ? 'within the sector' : 'from the whole universe'})`
    : '';
  // The panel keeps GICS's 2016 names: its telecom stocks are the old Telecommunications Services sector.
  const old = s.sector === 'Telecommunications Services' ? ' (2016 scheme: Telecommunications Services)' : '';
  return `${sectorWords(s)} built from the stock panel: GICS sector${old}, ${w}${size}`;
}

/**
 * A sector (or sector × size cell) over the claim's window, under the conventions' source.
 * @example await sectorLeg(data, { sector: 'Industrials' }, claim, conventions)
 */
export async function sectorLeg(
  data: ClaimData,
  s: SectorSubject,
  claim: Claim,
  c: Resolved,
): Promise<Leg | CannotCheck> {
  if (s.sector === 'Regional Banks') return regionalBanks(data, claim, c);
  if (!s.size && c.sectorSource === 'etf') return etfLeg(data, s, claim, c);
  const all = await stockSectors(data, s.size, claim, c);
  if (isCannot(all)) return all;
  const gics = gicsOf(s.sector);
  const v = all.values.get(gics);
  if (v === undefined)
    return { cannot: `no ${gics} stocks${s.size ? ` of that size` : ''} in the stock panel` };
  const notes = [stockNote(s, c), ...(s.sector === 'Banks' ? [BANKS_AS_FINANCIALS] : [])];
  return {
    value: v,
    from: all.from,
    to: all.to,
    description: `stock-built ${sectorWords(s)} (formed ${all.formed}) compounded after ${all.from} through ${all.to}`,
    datasets: [{ name: all.dataset, vintage: null }],
    notes,
  };
}
