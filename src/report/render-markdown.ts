/**
 * The Markdown report: sections of sentences with footnote markers ([^n]), charts as PNG links (SVG when
 * no PNG was written), data notes, and the footnotes with each convention and source.
 */

import type { Prepared } from './prepare.ts';
import { sectionsOf } from './report.ts';

function mdEscape(s: string): string {
  return s.replace(/([*_`[\]])/g, '\\$1');
}

/**
 * Renders Markdown.
 * @example renderMarkdown(prepare(report))
 */
export function renderMarkdown(p: Prepared): string {
  const r = p.report;
  const out: string[] = [
    `# ${mdEscape(r.title)}`,
    '',
    `*${mdEscape(r.event.name)}, ${p.eventDate}. Every number below is a finding listed in the JSON report, with its conventions in the footnotes.*`,
    '',
  ];
  if (r.flags?.length) {
    out.push('## Data quality', '');
    for (const f of r.flags) out.push(`- **${f.kind}** (${mdEscape(f.series)}): ${mdEscape(f.detail)}`);
    out.push('');
  }
  const charts = new Map(r.charts.map((c) => [c.id, c]));
  for (const s of sectionsOf(r)) {
    out.push(`## ${mdEscape(s.title)}`, '');
    if (s.intro) out.push(mdEscape(s.intro), '');
    for (const id of s.findings) {
      const sentence = p.sentences.get(id);
      if (!sentence) continue;
      out.push(`- ${mdEscape(sentence.text)}${sentence.footnotes.map((n) => `[^${n}]`).join('')}`);
    }
    if (s.findings.length) out.push('');
    for (const cid of s.charts ?? []) {
      const c = charts.get(cid);
      if (!c) continue;
      out.push(
        c.png
          ? `![${mdEscape(c.alt)}](${encodeURI(c.png)})`
          : `*Chart "${mdEscape(c.title)}": SVG only (render with --format png to link it).*`,
        '',
      );
    }
  }
  if (r.notes.length) {
    out.push('## Data notes', '');
    for (const n of r.notes) out.push(`- ${mdEscape(n)}`);
    out.push('');
  }
  if (r.command) out.push(`Reproduce: \`${r.command}\``, '');
  for (const f of p.footnotes) out.push(`[^${f.n}]: ${f.text}`);
  return `${out.join('\n').trimEnd()}\n`;
}
