/**
 * The chart libraries, loaded on first use: Observable Plot and jsdom when a chart is drawn, resvg when a
 * PNG is rasterised. Importing capgap (or capgap/report) loads none of them (about 0.5 s and 100 MB saved).
 * They load synchronously with `require` (Plot is ESM: Node 20.19+ requires ES modules natively), so the
 * chart functions stay synchronous.
 */
import { createRequire } from 'node:module';
import type * as PlotModule from '@observablehq/plot';
import type * as ResvgModule from '@resvg/resvg-js';
import type * as JsdomModule from 'jsdom';

const load = createRequire(import.meta.url);
let plot: typeof PlotModule | undefined;
let jsdom: typeof JsdomModule | undefined;
let resvg: typeof ResvgModule | undefined;

/** Observable Plot (loaded on the first call). @example plotLib().ruleY([0]) */
export function plotLib(): typeof PlotModule {
  plot ??= load('@observablehq/plot') as typeof PlotModule;
  return plot;
}

/** jsdom (loaded on the first call). @example new (jsdomLib().JSDOM)('<body></body>') */
export function jsdomLib(): typeof JsdomModule {
  jsdom ??= load('jsdom') as typeof JsdomModule;
  return jsdom;
}

/** resvg (loaded on the first call). @example new (resvgLib().Resvg)(svg).render().asPng() */
export function resvgLib(): typeof ResvgModule {
  resvg ??= load('@resvg/resvg-js') as typeof ResvgModule;
  return resvg;
}
