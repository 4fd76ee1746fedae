/**
 * What a report is: a title, the event, findings (every number), charts, data notes, and optional
 * sections that group findings and charts. Renderers (./render.ts) take this and nothing else, so a
 * rendered report cannot show a number that is not a finding.
 */
import type { QualityFlag } from '../events/quality/flags.ts';
import type { ReportEvent } from '../findings/build.ts';
import type { Finding } from '../findings/finding.ts';
import { validateFinding } from '../findings/finding.ts';
import type { Chart } from './charts/chart.ts';

/** A group of findings and charts under a heading ('Size buckets over [t0, t0+2]'). */
export interface ReportSection {
  title: string;
  /** Finding ids, in reading order. */
  findings: string[];
  /** Chart ids shown in this section. */
  charts?: string[];
  /** A sentence of context without numbers (numbers belong in findings). */
  intro?: string;
}

/** The input of `renderReport`. */
export interface Report {
  title: string;
  event: ReportEvent;
  /** Every finding, most important first: the article's headline and lede come from the first ones. */
  findings: Finding[];
  charts: Chart[];
  /** Data notes: sources, vintages, conventions, data-quality flags, what is missing and why. */
  notes: string[];
  /** Data-quality flags (docs/quality.md), shown before the findings; absent when there are none. */
  flags?: QualityFlag[];
  /** Sections; when absent, one section holds every finding and chart. */
  sections?: ReportSection[];
  /** The command that produced the report, for the footer. */
  command?: string;
}

/**
 * Checks a report: valid findings with unique ids, sections naming existing findings and charts.
 * @example validateReport({ title, event, findings, charts: [], notes: [] })
 */
export function validateReport(r: Report): Report {
  if (!r || typeof r.title !== 'string' || !r.title)
    throw new Error(`invalid report title: ${JSON.stringify(r?.title)}`);
  if (!r.event?.date) throw new Error('report has no event date');
  const ids = new Set<string>();
  for (const f of r.findings) {
    validateFinding(f);
    if (ids.has(f.id)) throw new Error(`duplicate finding id: ${JSON.stringify(f.id)}`);
    ids.add(f.id);
  }
  const charts = new Set(r.charts.map((c) => c.id));
  if (charts.size !== r.charts.length) throw new Error('duplicate chart ids in report');
  for (const s of r.sections ?? []) {
    for (const id of s.findings)
      if (!ids.has(id))
        throw new Error(`section ${JSON.stringify(s.title)}: no finding ${JSON.stringify(id)}`);
    for (const id of s.charts ?? [])
      if (!charts.has(id))
        throw new Error(`section ${JSON.stringify(s.title)}: no chart ${JSON.stringify(id)}`);
  }
  return r;
}

/** The report's sections, or one default section with everything. */
export function sectionsOf(r: Report): ReportSection[] {
  return (
    r.sections ?? [
      { title: 'Findings', findings: r.findings.map((f) => f.id), charts: r.charts.map((c) => c.id) },
    ]
  );
}
