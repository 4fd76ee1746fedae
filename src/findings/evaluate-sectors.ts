/**
 * Sector legs and sector ranks. A whole sector is read, by convention, from its Select Sector SPDR (the S&P
 * 500's stocks of that sector, value-weighted, total return: the default) or built from the stock panel
 * (every stock of that GICS sector, value- or equal-weighted; ClaimData.sectorCells); a sector × size cell
 * ("small-cap industrials") only from the stock panel: terciles on market cap, breakpoints from the whole
 * universe (default) or within the sector. A rank ("industrials led the rally") orders the sectors by their
 * return over the claim's window under the same convention. Every leg states its convention in `notes`.
 */
import { fromDay } from '../calendar/dates.ts';
import { compound } from '../math/compound.ts';
import type { Claim } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';
import {
  BANK_ETFS,
  gicsOf,
  SECTOR_ETFS,
  type SectorSubject,
  sectorSubject,
  sectorWords,
} from './claim-sectors.ts';
import { claimSpan } from './claim-span.ts';
import { barsLeg, type Leg } from './evaluate-legs.ts';
import { STOCKS_COMMAND, stockDates } from './evaluate-stocks.ts';
import type { CannotCheck, ClaimData, Evaluation, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

/** The size scheme behind "small-cap" and "large-cap" inside a sector. */
export const SECTOR_SIZE_SCHEME = 'terciles';

const BANKS_AS_FINANCIALS =
  'banks read as the whole Financials sector (an approximation: no bank-only series in the store)';

async function etfLeg(
  data: ClaimData,
  s: SectorSubject,
  claim: Claim,
  c: Resolved,
): Promise<Leg | CannotCheck> {
  const gics = gicsOf(s.sector);
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

/** One column of a row-major matrix. */
function column(m: Float64Array, width: number, col: number): Float64Array {
  const out = new Float64Array(m.length / width);
  for (let i = 0; i < out.length; i++) out[i] = m[i * width + col];
  return out;
}

/** Every sector's (or every cell of one size's) stock-built return over the claim's window. */
async function stockSectors(
  data: ClaimData,
  size: SectorSubject['size'],
  claim: Claim,
  c: Resolved,
): Promise<
  { values: Map<string, number>; from: string; to: string; dataset: string; formed: string } | CannotCheck
> {
  if (!data.sectorCells) return { cannot: 'needs a stock panel with sectors', needs: STOCKS_COMMAND };
  if (c.base === 'open-t0' || c.base === 'open-event')
    return { cannot: 'stock-built sectors use closes only' };
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

function stockNote(s: SectorSubject, c: Resolved): string {
  const w = c.weighting === 'equal' ? 'equal-weighted (rebalanced daily)' : 'value-weighted';
  const size = s.size
    ? `, the ${s.size === 'small' ? 'smallest' : 'largest'} third by market cap (breakpoints ${c.within === 'sector' ? 'within the sector' : 'from the whole universe'})`
    : '';
  return `${sectorWords(s)} built from the stock panel: GICS sector, ${w}${size}`;
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

function pct(v: number): string {
  return `${v >= 0 ? '+' : ''}${(v * 100).toFixed(2)}%`;
}

function ordinal(n: number): string {
  const s =
    n % 100 >= 11 && n % 100 <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${s}`;
}

/**
 * A rank claim ("industrials led the rally"): the subject sector's place among the sectors over the window
 * (1 = first from the end the claim names), with the leader and the order in the notes.
 * @example await rankClaim(data, claim, conventions) // { value: 3, notes: ['Financials led (+10.49%); Industrials ranked 3rd of 10 (+6.20%)', …] }
 */
export async function rankClaim(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
): Promise<Evaluation | CannotCheck> {
  const s = sectorSubject(claim.subjects[0]);
  if (!s) return { cannot: `ranks are checked among sectors; ${claim.subjects[0]} is not a sector` };
  const gics = gicsOf(s.sector);
  const byEtf = !s.size && c.sectorSource === 'etf';
  const values = new Map<string, number>();
  let from = '';
  let to = '';
  const datasets: Leg['datasets'] = [];
  let source: string;
  if (byEtf) {
    for (const sector of Object.keys(SECTOR_ETFS)) {
      const l = await etfLeg(data, { sector }, claim, c);
      if (isCannot(l)) {
        if (sector === gics) return l;
        continue;
      }
      values.set(sector, l.value);
      [from, to] = [l.from, l.to];
      datasets.push(...l.datasets);
    }
    source = `sectors = their Select Sector SPDR ETFs (S&P 500 sectors, total return); ${values.size} with prices over the window`;
  } else {
    const all = await stockSectors(data, s.size, claim, c);
    if (isCannot(all)) return all;
    for (const [k, v] of all.values) values.set(k, v);
    [from, to] = [all.from, all.to];
    datasets.push({ name: all.dataset, vintage: null });
    source = stockNote({ ...s, sector: 'sectors' }, c);
  }
  const top = (claim as Partial<ReadClaim>).rank?.end !== 'bottom';
  const order = [...values].sort((a, b) => (top ? b[1] - a[1] : a[1] - b[1]));
  const at = order.findIndex(([k]) => k === gics);
  if (at < 0) return { cannot: `no return for ${gics} over ${from} → ${to}` };
  const [leader, lv] = order[0];
  const verb = top ? 'led' : 'fell most';
  const own =
    at === 0 ? '' : `; ${sectorWords(s)} ranked ${ordinal(at + 1)} of ${order.length} (${pct(order[at][1])})`;
  return {
    value: at + 1,
    from,
    to,
    description: `sectors ranked by return after ${from} through ${to}: ${order.map(([k, v], i) => `${i + 1}. ${k} ${pct(v)}`).join(', ')}`,
    provenance: { datasets: datasets.filter((d, i) => datasets.findIndex((x) => x.name === d.name) === i) },
    notes: [
      `${leader} ${verb} (${pct(lv)})${own}`,
      source,
      ...(s.sector === 'Banks' ? [BANKS_AS_FINANCIALS] : []),
    ],
  };
}
