/**
 * The report's sector section, from plain results (src/queries/sectors.ts and instruments.ts load them):
 * - the sector ranking: each sector's value-weighted return over the window, ranked among the sectors;
 * - small minus large inside the leading sectors;
 * - the size spread, each sector's contribution to it, and the sector-neutral spread;
 * - the passive funds for each exposure asked for: return over the window against the exposure's own
 *   stock-built series, with tracking statistics in the conventions;
 * and the chart of contributions (stacked bars, sectors ranked).
 */
import { type DataRef, type ReportEvent, t0RuleText, windowLabel } from '../findings/build.ts';
import { type Finding, validateFinding } from '../findings/finding.ts';
import { writeSentences } from '../findings/sentences.ts';
import type { SpreadDecomposition } from '../sectors/decompose.ts';
import type { SectorRank } from '../sectors/sector-ranking.ts';
import type { Tracking } from '../sectors/tracking.ts';
import type { Chart } from './charts/chart.ts';
import { sectorContributionsChart } from './charts/sector-contributions.ts';
import type { Report } from './report.ts';

/** What the section needs. */
export interface SectorReportData {
  event: ReportEvent;
  window: [number, number];
  base: string;
  to: string;
  scheme: string;
  within: 'universe' | 'sector';
  ranking: SectorRank[];
  decomposition: SpreadDecomposition;
  /** The stock panel, caps and classification datasets. */
  datasets: DataRef[];
  /** The command that prints these numbers. */
  command: string;
  instruments?: {
    exposure: string;
    window: [number, number];
    base: string;
    to: string;
    series: { name: string; return: number | null };
    command: string;
    funds: {
      ticker: string;
      name: string;
      match: string;
      returnSinceEvent: number | null;
      tracking: Tracking | null;
      historyDataset: string | null;
    }[];
  }[];
}

const lower = (s: string) => (s === 'Unclassified' ? 'unclassified stocks' : `${s.toLowerCase()} stocks`);

/**
 * The findings, chart and section for a report.
 * @example const { findings, charts, section } = sectorSection(data)
 */
export function sectorSection(d: SectorReportData): {
  findings: Finding[];
  charts: Chart[];
  section: { title: string; findings: string[]; charts: string[]; intro: string };
} {
  const [a, b] = d.window;
  const label =
    a === 0
      ? windowLabel(d.event, b + 1)
      : `over sessions ${a} to ${b} after ${d.event.short ?? 'the event'}`;
  const window = {
    from: d.base,
    to: d.to,
    label,
    sessions: b - a + 1,
    relative: d.window,
    frequency: 'daily',
  };
  const sizes = `${d.scheme} by market cap, breakpoints ${d.within === 'sector' ? 'within each sector' : 'from all eligible stocks'}; formed at the ${d.base} close`;
  const base = {
    window,
    provenance: {
      datasets: d.datasets.map((x) => ({ name: x.name, vintage: x.vintage ?? null })),
      command: d.command,
    },
  };
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
  for (const x of d.instruments ?? []) {
    for (const f of x.funds) {
      if (f.returnSinceEvent === null) continue;
      const t = f.tracking;
      const [ia, ib] = x.window;
      findings.push({
        ...base,
        window: {
          from: x.base,
          to: x.to,
          label:
            ia === 0
              ? windowLabel(d.event, ib + 1)
              : `over sessions ${ia} to ${ib} after ${d.event.short ?? 'the event'}`,
          sessions: ib - ia + 1,
          relative: x.window,
          frequency: 'daily',
        },
        id: `instrument-${x.exposure}-${f.ticker}`,
        metric: 'return',
        subjects: [{ id: f.ticker, name: `the ${f.name} (${f.ticker}, a fund for “${x.exposure}”)` }],
        value: f.returnSinceEvent,
        unit: 'return',
        ...(x.series.return !== null
          ? {
              comparison: {
                subject: `the exposure’s stock-built series`,
                value: x.series.return,
                difference: f.returnSinceEvent - x.series.return,
              },
            }
          : {}),
        conventions: {
          returnType: 'total',
          t0Rule: t0RuleText(d.event),
          method: 'fund: adjusted close to adjusted close',
          other: {
            series: x.series.name,
            tracking: t
              ? `correlation ${t.correlation.toFixed(3)}, tracking error ${(t.trackingErrorAnnual * 100).toFixed(2)}% a year (${(t.trackingErrorDaily * 100).toFixed(3)}% a day × √252) over ${t.n} daily returns`
              : 'n/a',
          },
        },
        provenance: {
          datasets: [
            ...base.provenance.datasets,
            ...(f.historyDataset ? [{ name: f.historyDataset, vintage: null }] : []),
          ],
          command: x.command,
        },
      });
    }
  }
  for (const f of findings) validateFinding(f);
  const chart = {
    ...sectorContributionsChart(dv, { windowLabel: label }),
    findings: findings
      .filter((f) => f.id.startsWith('sector-contribution') || f.id === 'sector-size-spread')
      .map((f) => f.id),
  };
  return {
    findings,
    charts: [chart],
    section: {
      title: 'Sectors inside the size effect',
      intro:
        'Stocks grouped by GICS sector: which sectors led, how far small beat large inside them, and how much of the small-minus-large gap each sector carried.',
      findings: findings.map((f) => f.id),
      charts: [chart.id],
    },
  };
}

/**
 * Adds the sector section to a report (findings, chart, section), or a note when there is no stock panel.
 * @example addSectorSection(report, data)
 */
export function addSectorSection(report: Report, data: SectorReportData | { note: string }): Report {
  if ('note' in data) {
    report.notes.push(data.note);
    return report;
  }
  const s = sectorSection(data);
  report.findings.push(...s.findings);
  report.charts.push(...s.charts);
  report.sections = [...(report.sections ?? []), s.section];
  return report;
}

/**
 * The section as plain text for the terminal report: its sentences, or the note when there is no panel.
 * @example io().out(sectorText(await loadSectorReport(store, event)))
 */
export function sectorText(data: SectorReportData | { note: string }): string {
  if ('note' in data) return data.note;
  const s = sectorSection(data);
  const { sentences } = writeSentences(s.findings);
  return [
    `${s.section.title} (${data.command}):`,
    ...sentences.map((x) => `  ${x.text}`),
    `  The contributions of all ${data.decomposition.sectors.length} sector groups add up to the spread; \`${data.command}\` prints them all.`,
  ].join('\n');
}
