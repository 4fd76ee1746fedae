/**
 * Rank claims ("industrials led the rally"): the sectors ordered by their return over the claim's window under
 * the claim's convention (the Select Sector SPDRs by default, or the stock panel's sectors, see
 * ./evaluate-sectors.ts); the value is the subject's place, 1 = first from the end the claim names.
 */
import type { Claim } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';
import {
  etfSector,
  gicsOf,
  SECTOR_ETFS,
  type SectorSubject,
  sectorSubject,
  sectorWords,
} from './claim-sectors.ts';
import type { Leg } from './evaluate-legs.ts';
import { BANKS_AS_FINANCIALS, etfLeg, stockNote, stockSectors } from './evaluate-sectors.ts';
import type { CannotCheck, ClaimData, Evaluation, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';
import { ordinal } from './verdict-line.ts';

/** A decimal return as a signed per cent with two decimals: '+6.08%'. */
export function pct(v: number): string {
  return `${v >= 0 ? '+' : ''}${(v * 100).toFixed(2)}%`;
}

const REGIONAL_AS_FINANCIALS =
  'regional banks ranked as their sector, Financials (the sectors are ranked; KRE, their own series, is none of them)';

/**
 * A rank claim ("industrials led the rally"): the subject sector's place among the sectors over the window
 * (1 = first from the end the claim names), with the leader, the subject's place and the whole order in the
 * notes, and the order as `ranking` (the JSON carries it).
 * @example await rankClaim(data, claim, conventions) // { value: 3, notes: ['Financials led (+10.49%); Industrials ranked 3rd of 10 (+6.20%)', 'the order: 1. Financials +10.49%, …', …] }
 */
export async function rankClaim(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
): Promise<Evaluation | CannotCheck> {
  const s = sectorSubject(claim.subjects[0]);
  if (!s) return { cannot: `ranks are checked among sectors; ${claim.subjects[0]} is not a sector` };
  const all = await sectorReturns(data, claim, c, s);
  if (isCannot(all)) return all;
  const { values, from, to, datasets, source, gics } = all;
  const top = (claim as Partial<ReadClaim>).rank?.end !== 'bottom';
  const order = [...values].sort((a, b) => (top ? b[1] - a[1] : a[1] - b[1]));
  const at = order.findIndex(([k]) => k === gics);
  if (at < 0) return { cannot: `no return for ${gics} over ${from} → ${to}` };
  const [leader, lv] = order[0];
  // From the bottom: "fell most" only when it fell; when every sector rose the last "did worst".
  const verb = top ? 'led' : lv < 0 ? 'fell most' : 'did worst';
  const own =
    at === 0 ? '' : `; ${sectorWords(s)} ranked ${ordinal(at + 1)} of ${order.length} (${pct(order[at][1])})`;
  // The whole order, so a reader sees where every sector stood, not only the leader and the subject.
  const ranking = order.map(([name, v], i) => ({ place: i + 1, name, value: v }));
  const list = ranking.map((r) => `${r.place}. ${r.name} ${pct(r.value)}`).join(', ');
  return {
    value: at + 1,
    from,
    to,
    description: `sectors ranked by return after ${from} through ${to}${top ? '' : ' (from the bottom)'}: ${list}`,
    ranking,
    provenance: { datasets: datasets.filter((d, i) => datasets.findIndex((x) => x.name === d.name) === i) },
    notes: [
      `${leader} ${verb} (${pct(lv)})${own}`,
      `${top ? 'the order' : 'the order from the bottom'}: ${list}`,
      source,
      ...(s.sector === 'Banks' ? [BANKS_AS_FINANCIALS] : []),
      // "Regional lenders … led the declines": the sectors are ranked, so regional banks stand as their sector.
      ...(s.sector === 'Regional Banks' ? [REGIONAL_AS_FINANCIALS] : []),
    ],
  };
}

/** The sectors' returns over a claim's window, as ranked or counted, with their data and source note. */
export interface SectorReturns {
  values: Map<string, number>;
  from: string;
  to: string;
  datasets: Leg['datasets'];
  source: string;
  /** The subject sector's name in the set ranked. */
  gics: string;
}

/**
 * Every sector's return over the claim's window under conventions `c`: by the Select Sector SPDRs (the ones
 * with prices over the window; the subject's missing, when there is one, is a cannot-check) or by the stock
 * panel's sectors.
 * @example (await sectorReturns(data, claim, c, { sector: 'Industrials' })).values.get('Energy') // 0.065
 */
export async function sectorReturns(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
  s?: SectorSubject,
): Promise<SectorReturns | CannotCheck> {
  const byEtf = !s?.size && c.sectorSource === 'etf';
  // By ETF the sectors are the SPDRs' (Communication Services since 2018), by stocks the panel's 2016 GICS.
  const gics = s ? (byEtf ? etfSector(s.sector) : gicsOf(s.sector)) : '';
  const values = new Map<string, number>();
  let from = '';
  let to = '';
  const datasets: Leg['datasets'] = [];
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
    const source = `sectors = their Select Sector SPDR ETFs (S&P 500 sectors, total return); ${values.size} with prices over the window`;
    return { values, from, to, datasets, source, gics };
  }
  const all = await stockSectors(data, s?.size, claim, c);
  if (isCannot(all)) return all;
  for (const [k, v] of all.values) values.set(k, v);
  datasets.push({ name: all.dataset, vintage: null });
  return {
    values,
    from: all.from,
    to: all.to,
    datasets,
    source: stockNote({ ...s, sector: 'sectors' }, c),
    gics,
  };
}
