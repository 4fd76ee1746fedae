/**
 * A panel of the page that loads on its own: a status line (loading, "not available: why", "out of date:
 * why") and, for charts, the SVG, a "table" toggle with the chart's data, and PNG/SVG downloads that draw
 * the title, source and data-through date into the picture.
 */
import type { ChartOut } from './chart-out.ts';
import { $ } from './dom.ts';
import { esc, FONT } from './svg.ts';

/**
 * Sets a panel's status line: null hides it; 'error' means the panel's content was cleared; 'stale' means it
 * still shows an earlier answer, dimmed.
 */
export function status(panel: string, s: { kind: 'error' | 'stale' | 'info'; text: string } | null): void {
  const el = $(`${panel}-status`);
  const box = $(panel);
  box.classList.toggle('stale', s?.kind === 'stale');
  if (!s) {
    el.hidden = true;
    el.textContent = '';
    return;
  }
  el.hidden = false;
  el.className = `status ${s.kind}`;
  el.textContent =
    s.kind === 'stale' ? `Out of date: ${s.text}` : s.kind === 'error' ? `Not available: ${s.text}` : s.text;
}

const shown = new Map<string, ChartOut>();

/** Puts a chart into its card (or clears the card when `out` is null). */
export function showChart(card: string, out: ChartOut | null): void {
  const box = $(`${card}-chart`);
  const table = $(`${card}-table`);
  $(`${card}-tools`).hidden = !out;
  if (!out) {
    shown.delete(card);
    box.replaceChildren();
    table.replaceChildren();
    // the description reads the numbers of the chart it described: never leave them beside a cleared chart
    $(`${card}-desc`).textContent = '';
    return;
  }
  shown.set(card, out);
  box.innerHTML = out.svg;
  $(`${card}-title`).textContent = out.title;
  $(`${card}-desc`).textContent = out.desc;
  const t = document.createElement('table');
  const cap = document.createElement('caption');
  cap.textContent = out.title;
  const head = document.createElement('tr');
  for (const h of out.table.head)
    head.append(Object.assign(document.createElement('th'), { textContent: h, scope: 'col' }));
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  for (const r of out.table.rows) {
    const tr = document.createElement('tr');
    // The first cell (the day, the rank) names its row: a row header, so a reader or script gets both.
    for (const [i, c] of r.entries())
      tr.append(
        i === 0
          ? Object.assign(document.createElement('th'), { textContent: c, scope: 'row' })
          : Object.assign(document.createElement('td'), { textContent: c }),
      );
    tbody.append(tr);
  }
  t.append(cap, thead, tbody);
  table.replaceChildren(t);
}

/**
 * The standalone SVG a download holds: title on top, the chart, then source and data-through at the bottom.
 * @example exportSvg(out)
 */
export function exportSvg(out: ChartOut): string {
  const inner = out.svg.match(/width="(\d+)" height="(\d+)"/);
  const w = Number(inner?.[1] ?? 720);
  const h = Number(inner?.[2] ?? 320);
  const lines = wrap(out.source, Math.floor((w - 24) / 6.4));
  const height = 40 + h + 14 + lines.length * 15 + 10;
  const chart = out.svg.replace(/^<svg /, '<svg x="0" y="40" ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}" font-family="${esc(FONT)}">` +
    `<title>${esc(out.title)}</title><desc>${esc(out.desc)}</desc>` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<text x="12" y="26" font-size="16" font-weight="bold" fill="#1b1f23">${esc(out.title)}</text>${chart}` +
    lines
      .map(
        (l, i) => `<text x="12" y="${40 + h + 20 + i * 15}" font-size="11" fill="#4a5159">${esc(l)}</text>`,
      )
      .join('') +
    '</svg>'
  );
}

function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

function save(blob: Blob, name: string): void {
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/**
 * Rasterises an SVG document to a PNG blob at 2× (the browser draws it, fonts included). The image is
 * loaded from a data: URL, which the page's Content-Security-Policy allows (img-src 'self' data:).
 */
export async function svgToPng(svg: string): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth * 2;
  canvas.height = img.naturalHeight * 2;
  const c = canvas.getContext('2d');
  if (!c) throw new Error('no 2D canvas');
  c.scale(2, 2);
  c.drawImage(img, 0, 0);
  return await new Promise((ok, fail) =>
    canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Wires a card's buttons: table toggle and the two downloads; `name` gives the file name stem. */
export function wireCard(card: string, name: () => string): void {
  $(`${card}-tools`).addEventListener('click', async (e) => {
    const btn = (e.target as HTMLElement).closest('button');
    const out = shown.get(card);
    if (!btn || !out) return;
    const act = btn.dataset.act;
    if (act === 'table') {
      const t = $(`${card}-table`);
      t.hidden = !t.hidden;
      btn.setAttribute('aria-expanded', String(!t.hidden));
      btn.textContent = t.hidden ? 'Show table' : 'Hide table';
    } else if (act === 'svg') {
      save(new Blob([exportSvg(out)], { type: 'image/svg+xml' }), `${name()}-${out.id}.svg`);
    } else if (act === 'png') {
      save(await svgToPng(exportSvg(out)), `${name()}-${out.id}.png`);
    }
  });
}

/** The markup of a chart card (inserted by the page at start). */
export function cardHtml(card: string, heading: string, testid: string): string {
  return (
    `<figure class="card" id="${card}" aria-labelledby="${card}-title">` +
    `<figcaption><h2 id="${card}-title">${esc(heading)}</h2><p id="${card}-desc" class="desc"></p></figcaption>` +
    `<p id="${card}-status" class="status" role="status" hidden></p>` +
    `<div id="${card}-chart" class="chart" data-testid="${testid}"></div>` +
    `<p id="${card}-query" class="query" data-testid="${testid}-query" hidden></p>` +
    `<div id="${card}-tools" class="tools" hidden>` +
    `<button type="button" data-act="table" aria-expanded="false" aria-controls="${card}-table">Show table</button>` +
    `<button type="button" data-act="png">Download PNG</button><button type="button" data-act="svg">Download SVG</button></div>` +
    `<div id="${card}-table" class="table-wrap" tabindex="0" role="region" aria-label="${esc(heading)}: data table" hidden></div></figure>`
  );
}
