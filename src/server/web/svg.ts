/**
 * The page's chart primitives: plain SVG strings (no library), so every chart carries an SVG <title> and
 * <desc>, resizes to its container, exports as a standalone file and has tick labels that say exactly the
 * value at their position:
 * - ticks are k · step with step 1, 2 or 5 × 10^n, and each label prints k · step with as many decimals as
 *   the step needs (0.5 pp steps print 0.5, 1.0, 1.5; never "1, 1, 2");
 * - tick labels are thinned to fit the width (at least their own width plus a gap apart);
 * - the left margin is sized from the widest label.
 * Text is 12 px; every mark and tick has data-value (the number it stands for) for tests and tables.
 */

export const FONT = '"DejaVu Sans", Verdana, sans-serif';
export const FONT_PX = 12;
export const INK = '#1b1f23';
export const MUTED = '#4a5159';

/** Escapes text for SVG/XML. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

let ctx: CanvasRenderingContext2D | null | undefined;
/** Width of a text at the chart font, measured by the browser (an estimate without a canvas). */
export function textWidth(s: string, px = FONT_PX): number {
  if (ctx === undefined) {
    try {
      ctx = document.createElement('canvas').getContext('2d');
    } catch {
      ctx = null;
    }
  }
  if (!ctx) return s.length * px * 0.62;
  ctx.font = `${px}px ${FONT}`;
  return ctx.measureText(s).width;
}

/** A linear scale from a domain to a pixel range. */
export interface Linear {
  domain: [number, number];
  range: [number, number];
  (v: number): number;
}

/** Makes a linear scale. */
export function linear(domain: [number, number], range: [number, number]): Linear {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const f = ((v: number) => r0 + (v - d0) * k) as Linear;
  f.domain = domain;
  f.range = range;
  return f;
}

/** Nice tick step (1, 2 or 5 × 10^n) for about `count` ticks over a span. */
export function tickStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const p = 10 ** Math.floor(Math.log10(raw));
  const e = raw / p;
  return (e >= 7.07 ? 10 : e >= 3.16 ? 5 : e >= 1.41 ? 2 : 1) * p;
}

/** Decimals a label needs so that multiples of `step` print exactly (step 0.5 → 1, 2 → 0). */
export function decimalsFor(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** Ticks of a nice step over [lo, hi], as multiples k · step (exact labels come from k). */
export function niceTicks(lo: number, hi: number, count: number): { values: number[]; step: number } {
  const step = tickStep(hi - lo || Math.abs(hi) || 1, count);
  const values: number[] = [];
  for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) values.push(k * step);
  return { values, step };
}

/**
 * Value axis for decimals shown in percent or pp: domain padded to whole steps, ticks and labels.
 * `scale` multiplies the value for display (100: 0.071 → 7.1).
 */
export function valueAxis(
  values: number[],
  o: { count: number; scale: number; sign?: boolean; unit?: string },
): { domain: [number, number]; ticks: { value: number; label: string }[] } {
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi - lo < 1e-9) hi = lo + 0.01;
  const { step } = niceTicks(lo * o.scale, hi * o.scale, o.count);
  lo = Math.floor((lo * o.scale) / step - 1e-9) * step;
  hi = Math.ceil((hi * o.scale) / step - 1e-9) * step;
  const dec = decimalsFor(step);
  const ticks: { value: number; label: string }[] = [];
  for (let k = Math.round(lo / step); k <= Math.round(hi / step); k++) {
    const shown = k * step;
    const txt = Math.abs(shown).toFixed(dec);
    const sign = k < 0 ? '\u2212' : k > 0 && o.sign ? '+' : '';
    ticks.push({ value: shown / o.scale, label: `${sign}${txt}${o.unit ?? ''}` });
  }
  return { domain: [lo / o.scale, hi / o.scale], ticks };
}

/**
 * Whole-day ticks over [from, to] thinned to fit `width`: multiples of a 1-2-5 step, so day 0 is always one.
 * @example dayTicks(-5, 20, 300) // [-5, 0, 5, 10, 15, 20]
 */
export function dayTicks(from: number, to: number, width: number): number[] {
  const widest = Math.max(textWidth(String(from)), textWidth(String(to)), textWidth('−00'));
  const fit = Math.max(2, Math.floor(width / (widest + 14)));
  let step = 1;
  for (const s of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500]) {
    step = s;
    if (Math.floor(to / s) - Math.ceil(from / s) + 1 <= fit) break;
  }
  const out: number[] = [];
  for (let d = Math.ceil(from / step) * step; d <= to; d += step) out.push(d);
  return out;
}

/** Chart frame: the <svg> root with its accessible name and description. */
export function svgRoot(
  o: { id: string; width: number; height: number; title: string; desc: string },
  body: string,
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" ` +
    `role="img" aria-labelledby="${o.id}-t ${o.id}-d" font-family="${esc(FONT)}" font-size="${FONT_PX}" fill="${INK}">` +
    `<title id="${o.id}-t">${esc(o.title)}</title><desc id="${o.id}-d">${esc(o.desc)}</desc>${body}</svg>`
  );
}

/** A horizontal value axis at the left (labels right-aligned) with gridlines across `x0..x1`. */
export function yAxis(
  ticks: { value: number; label: string }[],
  y: Linear,
  x0: number,
  x1: number,
  title: string,
): string {
  let s = `<g class="axis" data-axis="y" aria-hidden="true">`;
  for (const t of ticks) {
    const py = y(t.value).toFixed(1);
    s +=
      `<g class="tick" data-value="${t.value}" transform="translate(0,${py})">` +
      `<line x1="${x0}" x2="${x1}" stroke="${t.value === 0 ? '#59616a' : '#e3e7eb'}"/>` +
      `<text x="${x0 - 6}" dy="0.32em" text-anchor="end" fill="${MUTED}">${esc(t.label)}</text></g>`;
  }
  const [top] = [Math.min(...y.range)];
  s += `<text x="${x0}" y="${top - 10}" fill="${MUTED}">${esc(title)}</text></g>`;
  return s;
}

/** A bottom day axis with tick labels at whole days. */
export function xAxis(days: number[], x: Linear, yBase: number, title: string, x1: number): string {
  let s = `<g class="axis" data-axis="x" aria-hidden="true">`;
  for (const d of days) {
    s +=
      `<g class="tick" data-value="${d}" transform="translate(${x(d).toFixed(1)},${yBase})">` +
      `<line y2="5" stroke="#59616a"/><text y="18" text-anchor="middle" fill="${MUTED}">${d < 0 ? `\u2212${-d}` : d}</text></g>`;
  }
  s += `<text x="${x1}" y="${yBase + 36}" text-anchor="end" fill="${MUTED}">${esc(title)}</text></g>`;
  return s;
}

/** Left margin that fits the widest of these labels. */
export function marginFor(labels: string[], min = 28): number {
  return Math.ceil(Math.max(min, ...labels.map((l) => textWidth(l))) + 12);
}
