/**
 * Every chart's frame: a plain SVG (no HTML, so it rasterises and inlines anywhere) with a title, a
 * subtitle, a legend of swatches, the plot body drawn by Observable Plot in jsdom, and a source line.
 * Plot's SVG from jsdom lacks `xmlns` and carries a <style> block with `:where()` selectors that SVG
 * rasterisers ignore; the body is nested as its own <svg> with xmlns set and fonts given as attributes.
 */
import type * as Plot from '@observablehq/plot';
import type { JSDOM } from 'jsdom';
import { jsdomLib, plotLib } from './libs.ts';

/** Font used for every chart: DejaVu Sans is on the system and embedded by the PNG renderer. */
export const FONT = 'DejaVu Sans, Verdana, sans-serif';

/** Ordered palette for size groups, smallest (warm) to largest (cool); ColorBrewer RdYlBu, darkened middle. */
export const SIZE_COLORS = [
  '#a50026',
  '#d73027',
  '#f46d43',
  '#fdae61',
  '#d9b84a',
  '#a6d96a',
  '#66bd63',
  '#74add1',
  '#4575b4',
  '#313695',
];
/** Categorical palette (Tableau 10). */
export const CATEGORY_COLORS = [
  '#d62728',
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];
/** Highlight and muted colours for ranked bars. */
export const HIGHLIGHT = '#d62728';
export const MUTED = '#9aa5b1';

let dom: JSDOM | undefined;
function document(): Document {
  dom ??= new (jsdomLib().JSDOM)('<!DOCTYPE html><body></body>');
  return dom.window.document;
}

/**
 * Evenly spaced colours from a palette for n ordered series (n ≤ palette length: spread across it).
 * @example pickColors(3, SIZE_COLORS) // ['#a50026', '#d9b84a', '#313695']
 */
export function pickColors(n: number, palette: readonly string[]): string[] {
  if (n <= 1) return [palette[0]];
  if (n > palette.length) return Array.from({ length: n }, (_, i) => palette[i % palette.length]);
  return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]);
}

/** Escapes text for SVG/XML. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Renders Plot options to an SVG string in jsdom (no legend, no title: the frame draws those). */
export function plotBody(options: Plot.PlotOptions): string {
  const el = plotLib().plot({
    ...options,
    document: document(),
    style: { fontFamily: FONT, fontSize: '11px', background: 'white', color: '#222', overflow: 'visible' },
  } as Plot.PlotOptions) as unknown as Element;
  if (el.tagName.toLowerCase() !== 'svg')
    throw new Error(`Plot returned <${el.tagName}>; charts pass no title or legend to Plot`);
  el.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  el.setAttribute('font-family', FONT);
  el.setAttribute('font-size', '11');
  for (const s of Array.from(el.querySelectorAll('style'))) s.remove();
  el.removeAttribute('class');
  return el.outerHTML;
}

/** What a frame holds. */
export interface FrameOptions {
  title: string;
  subtitle?: string;
  legend?: { label: string; color: string; dash?: boolean }[];
  /** Source line at the bottom ("Source: … Chart: capgap."). */
  source: string;
  width: number;
  /** Height of the plot body. */
  bodyHeight: number;
}

/** Total header height for a frame (title, subtitle, legend rows). */
function legendRows(
  legend: FrameOptions['legend'],
  width: number,
): { label: string; color: string; dash?: boolean; x: number; row: number }[] {
  const out: { label: string; color: string; dash?: boolean; x: number; row: number }[] = [];
  let x = 16;
  let row = 0;
  for (const item of legend ?? []) {
    const w = 26 + item.label.length * 6.6 + 18;
    if (x + w > width - 16 && x > 16) {
      row++;
      x = 16;
    }
    out.push({ ...item, x, row });
    x += w;
  }
  return out;
}

/**
 * Wraps a Plot body in the frame; returns one standalone SVG document string.
 * @example frame(plotBody({ marks: [...] }), { title: 'Indices since the election', source: 'Source: Yahoo Finance', width: 720, bodyHeight: 320 })
 */
export function frame(body: string, o: FrameOptions): string {
  const items = legendRows(o.legend, o.width);
  const rows = items.length ? Math.max(...items.map((i) => i.row)) + 1 : 0;
  let y = 30;
  const parts: string[] = [];
  parts.push(`<text x="16" y="${y}" font-size="17" font-weight="bold" fill="#111">${esc(o.title)}</text>`);
  if (o.subtitle) {
    y += 22;
    parts.push(`<text x="16" y="${y}" font-size="12.5" fill="#444">${esc(o.subtitle)}</text>`);
  }
  y += 10;
  for (const it of items) {
    const cy = y + 12 + it.row * 20;
    const line = it.dash
      ? `<line x1="${it.x}" x2="${it.x + 20}" y1="${cy}" y2="${cy}" stroke="${it.color}" stroke-width="2" stroke-dasharray="5,3"/>`
      : `<rect x="${it.x}" y="${cy - 6}" width="20" height="12" fill="${it.color}"/>`;
    parts.push(
      `${line}<text x="${it.x + 26}" y="${cy + 4}" font-size="11.5" fill="#222">${esc(it.label)}</text>`,
    );
  }
  y += rows * 20 + (rows ? 8 : 0);
  const bodyY = y;
  const bodyTag = body.replace(/^<svg/, `<svg x="0" y="${bodyY}"`);
  const height = bodyY + o.bodyHeight + 30;
  parts.push(bodyTag);
  parts.push(`<text x="16" y="${height - 10}" font-size="10.5" fill="#555">${esc(o.source)}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${height}" viewBox="0 0 ${o.width} ${height}" font-family="${FONT}" role="img" aria-label="${esc(o.title)}">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
