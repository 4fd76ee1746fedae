/**
 * `renderReport(report, format)`: one entry point for every output format, and `reportFiles` for the
 * set of files a `--out DIR` run writes (PNGs under charts/, linked from the Markdown).
 *
 * Formats: 'md' (Markdown linking PNGs), 'html' (one self-contained file, inline SVG), 'json' (every
 * finding, sentence and footnote), 'article' (a short news piece in Markdown), 'png' (chart images only,
 * through reportFiles).
 */
import { findingJson } from '../findings/finding-json.ts';
import { jsonText } from '../json.ts';
import { svgToPng } from './png.ts';
import { prepare } from './prepare.ts';
import { renderArticle } from './render-article.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { Report } from './report.ts';

export type ReportFormat = 'md' | 'html' | 'json' | 'article';
export const REPORT_FORMATS: readonly (ReportFormat | 'png')[] = ['md', 'html', 'json', 'article', 'png'];

/**
 * The JSON report: title, event, every finding as computed (in the JSON vocabulary: src/findings/finding-json.ts),
 * the sentences and footnotes the other formats print, chart metadata (not the SVG), and the data notes.
 */
export function reportJson(report: Report): string {
  const p = prepare(report);
  const { date, t0Date, baseDate, ...event } = report.event;
  const doc = {
    title: report.title,
    // The event in the JSON vocabulary's words (docs/json.md): eventDate, t0, baseDate.
    event: { eventDate: date, ...event, t0: t0Date ?? null, baseDate: baseDate ?? null },
    command: report.command,
    findings: report.findings.map(findingJson),
    sentences: [...p.sentences.values()],
    footnotes: p.footnotes,
    sections: report.sections,
    charts: report.charts.map((c) => ({
      id: c.id,
      title: c.title,
      alt: c.alt,
      png: c.png,
      findings: c.findings,
    })),
    notes: report.notes,
  };
  return `${jsonText(doc, 2)}\n`;
}

/**
 * Renders a report in one format.
 * @example renderReport({ title, event, findings, charts, notes }, 'html')
 */
export function renderReport(report: Report, format: ReportFormat): string {
  switch (format) {
    case 'md':
      return renderMarkdown(prepare(report));
    case 'html':
      return renderHtml(prepare(report));
    case 'json':
      return reportJson(report);
    case 'article':
      // Footnotes are numbered over the findings the article prints (the first six), not the whole report.
      return renderArticle(
        prepare({ ...report, findings: report.findings.slice(0, 6), sections: undefined }),
        {
          more: Math.max(0, report.findings.length - 6),
        },
      );
    default:
      throw new Error(
        `invalid format: ${JSON.stringify(format)}; expected one of ${REPORT_FORMATS.join(', ')}`,
      );
  }
}

/** A file to write, relative to the output directory. */
export interface ReportFile {
  name: string;
  data: string | Uint8Array;
}

/**
 * The files for `formats` (e.g. ['md', 'html', 'json', 'png']): report.md, report.html, report.json,
 * article.md, and charts/<id>.png + charts/<id>.svg when 'png' or 'md' is asked (Markdown links the PNGs).
 * Pure: returns bytes; the caller writes them.
 * @example for (const f of reportFiles(report, ['md', 'png'])) writeFileSync(join(dir, f.name), f.data)
 */
export function reportFiles(
  report: Report,
  formats: readonly string[],
  options: { pngScale?: number } = {},
): ReportFile[] {
  for (const f of formats) {
    if (!REPORT_FORMATS.includes(f as ReportFormat)) {
      throw new Error(`invalid format: ${JSON.stringify(f)}; expected one of ${REPORT_FORMATS.join(', ')}`);
    }
  }
  const files: ReportFile[] = [];
  let r = report;
  if (formats.includes('png') || formats.includes('md')) {
    const charts = report.charts.map((c) => ({ ...c, png: `charts/${c.id}.png` }));
    for (const c of charts) {
      files.push({ name: `charts/${c.id}.svg`, data: c.svg });
      files.push({ name: `charts/${c.id}.png`, data: svgToPng(c.svg, { scale: options.pngScale }) });
    }
    r = { ...report, charts };
  }
  if (formats.includes('md')) files.push({ name: 'report.md', data: renderReport(r, 'md') });
  if (formats.includes('html')) files.push({ name: 'report.html', data: renderReport(r, 'html') });
  if (formats.includes('json')) files.push({ name: 'report.json', data: renderReport(r, 'json') });
  if (formats.includes('article')) files.push({ name: 'article.md', data: renderReport(r, 'article') });
  return files;
}
