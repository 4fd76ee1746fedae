/**
 * The sector findings of the report: each sector's value-weighted return ranked among the sectors, small minus
 * large inside the three leading sectors, the size spread, the five largest sector contributions to it, and
 * the sector-neutral spread.
 */
import { t0RuleText } from '../findings/build.ts';
import type { Finding } from '../findings/finding.ts';
import { type SectorReportData, sectionProvenance, sessionWindow } from './sector-report-data.ts';

const lower = (s: string) => (s === 'Unclassified' ? 'unclassified stocks' : `${s.toLowerCase()} stocks`);

/** The sector findings, in the order the section shows them. */
export function sectorFindings(d: SectorReportData): Finding[] {
  const window = sessionWindow(d.event, d.window, d.base, d.to);
  const sizes = `${d.scheme} by market cap, breakpoints ${d.within === 'sector' ? 'within each sector' : 'from all eligible stocks'}; formed at the ${d.base} close`;
  const base = { window, provenance: sectionProvenance(d) };
  const conv = (method: string, weighting: 'value' | 'equal' = 'value') => ({
    returnType: 'total' as const,
    weighting,
    breakpoints: sizes,
    t0Rule: t0RuleText(d.event),
    method,
    other: {
      sectors:
        'GICS (2016 names); NASDAQ companylist sectors mapped to GICS where no GICS file classifies the stock',
    },
  });
  const findings: Finding[] = [];
  const ranked = d.ranking.filter((r) => r.rank > 0 && Number.isFinite(r.vw));
  for (const r of ranked) {
    findings.push({
      ...base,
      id: `sector-return-${r.sector}`,
      metric: 'return',
      subjects: [
        {
          id: `sector:${r.sector}`,
          name: `US ${r.sector.toLowerCase()} (${r.stocks} stocks, value-weighted)`,
        },
      ],
      value: r.vw,
      unit: 'return',
      conventions: conv('compounded daily value-weighted returns of the sector’s stocks, all sizes'),
      record: {
        rank: r.rank,
        of: ranked.length,
        among: 'GICS sectors',
        historyStart: d.base,
        direction: 'largest',
      },
    });
  }
  for (const r of ranked.slice(0, 3)) {
    if (!Number.isFinite(r.smallMinusLargeVw)) continue;
    findings.push({
      ...base,
      id: `sector-spread-${r.sector}`,
      metric: 'spread',
      subjects: [
        { id: `sector:${r.sector}:small`, name: `small ${lower(r.sector)}` },
        { id: `sector:${r.sector}:large`, name: `large ${lower(r.sector)}` },
      ],
      value: r.smallMinusLargeVw,
      unit: 'pp',
      conventions: conv(
        'smallest minus largest size bucket inside the sector, difference of compounded returns',
      ),
    });
  }
  const dv = d.decomposition;
  findings.push({
    ...base,
    id: 'sector-size-spread',
    metric: 'spread',
    subjects: [
      { id: `stocks:${dv.small}`, name: `the smallest third of US stocks (${dv.small})` },
      { id: `stocks:${dv.large}`, name: `the largest third (${dv.large})` },
    ],
    value: dv.spread,
    unit: 'pp',
    comparison: { subject: `the largest third`, value: dv.largeReturn, difference: dv.spread },
    conventions: conv('difference of compounded value-weighted returns; decomposed by sector below'),
  });
  for (const s of dv.sectors.slice(0, 5)) {
    findings.push({
      ...base,
      id: `sector-contribution-${s.sector}`,
      metric: 'spread',
      subjects: [
        {
          id: `contribution:${s.sector}:small`,
          name: `${lower(s.sector)}’ weight × return in the smallest third`,
        },
        { id: `contribution:${s.sector}:large`, name: 'their weight × return in the largest third' },
      ],
      value: s.contribution,
      unit: 'pp',
      conventions: conv(
        'contribution to the size spread: W_small × R_small − W_large × R_large (weights at the window start); the contributions of all sectors add up to the spread',
      ),
    });
  }
  if (Number.isFinite(dv.sectorNeutral)) {
    findings.push({
      ...base,
      id: 'sector-neutral-spread',
      metric: 'spread',
      subjects: [
        { id: 'stocks:small:neutral', name: 'with sector weights equalised, the smallest third' },
        { id: 'stocks:large:neutral', name: 'the largest third' },
      ],
      value: dv.sectorNeutral,
      unit: 'pp',
      conventions: conv(
        'sector-neutral spread: Σ ω_g (R_g,small − R_g,large) / Σ ω_g with ω_g the average of the two legs’ weights, over sectors in both legs',
      ),
    });
  }
  return findings;
}
