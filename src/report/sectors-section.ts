/**
 * The report's sector section, from plain results (src/queries/sectors.ts and instruments.ts load them):
 * - the sector ranking: each sector's value-weighted return over the window, ranked among the sectors;
 * - small minus large inside the leading sectors;
 * - the size spread, each sector's contribution to it, and the sector-neutral spread;
 * - the passive funds for each exposure asked for: return over the window against the exposure's own
 *   stock-built series, with tracking statistics in the conventions;
 * and the chart of contributions (stacked bars, sectors ranked).
 */
import { type Finding, validateFinding } from '../findings/finding.ts';
import { writeSentences } from '../findings/sentences.ts';
import type { Chart } from './charts/chart.ts';
import { sectorContributionsChart } from './charts/sector-contributions.ts';
import { fundFindings } from './fund-findings.ts';
import type { Report } from './report.ts';
import { sectorFindings } from './sector-findings.ts';
import { type SectorReportData, sessionWindow } from './sector-report-data.ts';

export type { SectorReportData } from './sector-report-data.ts';

/**
 * The findings, chart and section for a report.
 * @example const { findings, charts, section } = sectorSection(data)
 */
export function sectorSection(d: SectorReportData): {
  findings: Finding[];
  charts: Chart[];
  section: { title: string; findings: string[]; charts: string[]; intro: string };
} {
  const { label } = sessionWindow(d.event, d.window, d.base, d.to);
  const findings = [...sectorFindings(d), ...fundFindings(d)];
  const dv = d.decomposition;
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
