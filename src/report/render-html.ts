/**
 * The HTML report: one self-contained file. Inline CSS, charts as inline SVG, no scripts, no fonts or
 * images fetched from anywhere. Says each thing once: a finding shown in an earlier section (the headline
 * findings) is not repeated in a later one, and each sentence carries one note: the block of conventions
 * and sources its number depends on (findings with the same block share its number), never a run of
 * per-line markers like 8–13. A table lists every finding with its value, note and reproducing command.
 */
import type { Finding } from '../findings/finding.ts';
import { pct, pp, usd } from '../findings/format.ts';
import { esc } from './charts/frame.ts';
import type { Prepared } from './prepare.ts';
import { sectionsOf } from './report.ts';

const CSS = `body{font-family:"DejaVu Sans",Verdana,sans-serif;max-width:820px;margin:2em auto;padding:0 1em;color:#1a1a1a;line-height:1.5}
h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ddd}
.meta{color:#555}.chart{margin:1em 0}.chart svg{max-width:100%;height:auto}sup a{text-decoration:none}
table{border-collapse:collapse;font-size:.85em;width:100%}td,th{border-bottom:1px solid #e3e3e3;padding:.3em .4em;text-align:left;vertical-align:top}
ol.notes{font-size:.85em;color:#333}.flags{border-left:4px solid #b36b00;background:#fff8e6;padding:.1em 1em}code{font-size:.9em;background:#f4f4f4;padding:0 .2em}`;

/** A finding's value in its unit, as the table prints it (signed). */
export function valueText(f: Finding): string {
  const sign = f.value < 0 ? '\u2212' : f.unit === 'count' ? '' : '+';
  if (f.unit === 'return') return `${sign}${pct(f.value)}`;
  if (f.unit === 'pp') return `${sign}${pp(f.value, true)}`;
  if (f.unit === 'usd') return `${sign}${usd(f.value)}`;
  return String(f.value);
}

/**
 * One note per distinct block of convention lines (a finding's footnote lines in order), numbered in the
 * order `ids` first use them.
 * @example groupedNotes(prepare(report), report.findings.map((f) => f.id)).byFinding.get(id) // 1
 */
export function groupedNotes(
  p: Prepared,
  ids: string[],
): { notes: string[]; byFinding: Map<string, number> } {
  const lines = new Map<string, string[]>();
  for (const f of p.footnotes) for (const id of f.findings) lines.set(id, [...(lines.get(id) ?? []), f.text]);
  const notes: string[] = [];
  const number = new Map<string, number>();
  const byFinding = new Map<string, number>();
  for (const id of ids) {
    const text = (lines.get(id) ?? []).join(' ');
    if (!text || byFinding.has(id)) continue;
    if (!number.has(text)) {
      notes.push(text);
      number.set(text, notes.length);
    }
    byFinding.set(id, number.get(text) as number);
  }
  return { notes, byFinding };
}

/**
 * Renders the HTML document.
 * @example writeFileSync('report.html', renderHtml(prepare(report)))
 */
export function renderHtml(p: Prepared): string {
  const r = p.report;
  const charts = new Map(r.charts.map((c) => [c.id, c]));
  const body: string[] = [];
  body.push(
    `<h1>${esc(r.title)}</h1>`,
    `<p class="meta">${esc(r.event.name)}, ${esc(p.eventDate)}. Every number is a finding; its conventions and source are in the numbered notes.</p>`,
  );
  if (r.flags?.length)
    body.push(
      '<section class="flags"><h2>Data quality</h2><ul>',
      ...r.flags.map(
        (f) => `<li data-kind="${esc(f.kind)}"><strong>${esc(f.kind)}</strong>: ${esc(f.detail)}</li>`,
      ),
      '</ul></section>',
    );
  // Each finding once: the first section that lists it keeps it.
  const shown = new Set<string>();
  const sections = sectionsOf(r).map((s) => {
    const ids = s.findings.filter((id) => p.sentences.has(id) && !shown.has(id));
    for (const id of ids) shown.add(id);
    return { ...s, ids };
  });
  const { notes, byFinding } = groupedNotes(p, [
    ...sections.flatMap((s) => s.ids),
    ...r.findings.map((f) => f.id),
  ]);
  const marker = (id: string) => {
    const n = byFinding.get(id);
    return n ? `<sup><a href="#fn${n}">${n}</a></sup>` : '';
  };
  for (const s of sections) {
    const figs = (s.charts ?? []).map((cid) => charts.get(cid)).filter((c) => c !== undefined);
    if (!s.ids.length && !figs.length) continue;
    body.push(`<section><h2>${esc(s.title)}</h2>`);
    if (s.intro) body.push(`<p>${esc(s.intro)}</p>`);
    if (s.ids.length) {
      body.push('<ul>');
      for (const id of s.ids) {
        const it = p.sentences.get(id);
        if (it)
          body.push(`<li data-findings="${esc(it.findings.join(' '))}">${esc(it.text)}${marker(id)}</li>`);
      }
      body.push('</ul>');
    }
    for (const c of figs)
      body.push(
        `<figure class="chart" id="chart-${esc(c.id)}">${c.svg.replace(/<\?xml[^>]*>/, '')}<figcaption class="meta">${esc(c.alt)}</figcaption></figure>`,
      );
    body.push('</section>');
  }
  if (r.notes.length)
    body.push('<h2>Data notes</h2><ul>', ...r.notes.map((n) => `<li>${esc(n)}</li>`), '</ul>');
  body.push(
    '<h2>All findings</h2><table><thead><tr><th>Finding</th><th>Value</th><th>Window</th><th>Reproduce</th></tr></thead><tbody>',
  );
  for (const f of r.findings) {
    const n = byFinding.get(f.id);
    body.push(
      `<tr id="finding-${esc(f.id)}"><td>${esc(f.subjects.map((x) => x.name).join(' vs '))} <span class="meta">(${esc([f.metric, f.conventions.weighting && `${f.conventions.weighting}-weighted`, f.conventions.returnType].filter(Boolean).join(', '))}${n ? `, note ${n}` : ''})</span></td><td>${esc(valueText(f))}</td><td>${esc(f.window.from)} → ${esc(f.window.to)}</td><td><code>${esc(f.provenance.command ?? f.provenance.call ?? '')}</code></td></tr>`,
    );
  }
  body.push('</tbody></table>');
  body.push(
    '<h2>Notes</h2><ol class="notes">',
    ...notes.map((text, i) => `<li id="fn${i + 1}">${esc(text)}</li>`),
    '</ol>',
  );
  if (r.command) body.push(`<p class="meta">Reproduce: <code>${esc(r.command)}</code></p>`);
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(r.title)}</title><style>${CSS}</style></head><body>\n${body.join('\n')}\n</body></html>\n`;
}
