/**
 * `--format article`: the findings as a short market news piece — headline, lede, body paragraphs and
 * footnotes — the way a financial journalist would file it after the event. Every number is printed by
 * `sentenceFor` or `headlineFor` from a finding; nothing else in the piece carries a number.
 */
import { articleDate } from '../findings/format.ts';
import { markerText } from '../findings/sentences.ts';
import { headlineFor } from './headline.ts';
import type { Prepared } from './prepare.ts';

/**
 * Renders the article (Markdown: '# headline', paragraphs, numbered notes) from the first `maxFindings`
 * findings (default 6); `more` says how many findings the full report has beyond them.
 * @example renderArticle(prepare(report))
 */
export function renderArticle(p: Prepared, options: { maxFindings?: number; more?: number } = {}): string {
  const r = p.report;
  if (r.findings.length === 0) throw new Error('an article needs at least one finding');
  const max = options.maxFindings ?? 6;
  const more = options.more ?? Math.max(0, r.findings.length - max);
  const say = (id: string) => {
    const s = p.sentences.get(id);
    return s ? `${s.text} [${markerText(s.footnotes)}]` : '';
  };
  // A news piece is short: the report's first findings (its ranking); the rest stay in the tables.
  const ids = r.findings.slice(0, max).map((f) => f.id);
  const out: string[] = [`# ${headlineFor(r.findings[0])}`, ''];
  const through = r.findings
    .map((f) => f.window.to)
    .sort()
    .at(-1) as string;
  out.push(`*After the ${r.event.name} (${p.eventDate}); data through ${articleDate(through)}.*`, '');
  out.push(say(ids[0]), '');
  // Body: the next findings two to a paragraph, in the order the report ranks them.
  for (let i = 1; i < ids.length; i += 2)
    out.push(
      ids
        .slice(i, i + 2)
        .map(say)
        .join(' '),
      '',
    );
  if (more > 0)
    out.push(
      `*The full report (HTML, Markdown, JSON) lists ${more} more findings with their conventions.*`,
      '',
    );
  if (r.charts.length) out.push(`*Charts: ${r.charts.map((c) => c.title).join('; ')}.*`, '');
  out.push('---', '', 'Notes', '');
  for (const f of p.footnotes) out.push(`${f.n}. ${f.text}`);
  if (r.notes.length) {
    out.push('', 'Data notes', '');
    for (const n of r.notes) out.push(`- ${n}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}
