/**
 * SVG to PNG with resvg (the renderer ships inside its npm package: no browser, no network). System fonts
 * are loaded and DejaVu Sans is the default family, so text renders the same on every machine that has it.
 */
import { resvgLib } from './charts/libs.ts';

/**
 * Rasterises an SVG string to PNG bytes at `scale` × its size (default 2 for crisp text).
 * @example writeFileSync('chart.png', svgToPng(chart.svg))
 */
export function svgToPng(svg: string, options: { scale?: number } = {}): Uint8Array {
  const scale = options.scale ?? 2;
  if (!(scale > 0 && scale <= 8)) throw new Error(`invalid scale: ${scale}; expected a number in (0, 8]`);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
  if (!Number.isFinite(width)) throw new Error('svg has no width attribute');
  const r = new (resvgLib().Resvg)(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    background: 'white',
  });
  return r.render().asPng();
}
