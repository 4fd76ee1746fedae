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
 * Renders the article (Markdown: '# headline', paragraphs, numbered notes).
 * @example renderArticle(prepare(report))
 */
export function renderArticle(p: Prepared): string {
  const r = p.report;
  if (r.findings.length === 0) throw new Error('an article needs at least one finding');
  const say = (id: string) => {
    const s = p.sentences.get(id);
    return s ? `${s.text} [${markerText(s.footnotes)}]` : '';
  };
  const ids = r.findings.map((f) => f.id);
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
  if (r.charts.length) out.push(`*Charts: ${r.charts.map((c) => c.title).join('; ')}.*`, '');
  out.push('---', '', 'Notes', '');
  for (const f of p.footnotes) out.push(`${f.n}. ${f.text}`);
  if (r.notes.length) {
    out.push('', 'Data notes', '');
    for (const n of r.notes) out.push(`- ${n}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}
