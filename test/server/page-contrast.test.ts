import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

// Text contrast of the page, computed from its CSS (src/server/web/*.css) with WCAG 2.1's formulas
// (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio, #dfn-relative-luminance): every text colour a rule sets
// is at least 4.5:1 on its own background, or, when the rule sets none, on every background the page's CSS
// paints (white included), so no pairing the cascade can make falls short.
const DIR = new URL('../../src/server/web/', import.meta.url);
const css = readdirSync(DIR)
  .filter((f) => f.endsWith('.css'))
  .map((f) => readFileSync(new URL(f, DIR), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''))
  .join('\n');

/** Relative luminance of '#rgb' or '#rrggbb' (WCAG 2.1). */
function luminance(hex: string): number {
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** Contrast ratio of two colours (WCAG 2.1). */
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const vars = Object.fromEntries(
  [...css.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})\b/gi)].map((m) => [m[1], m[2]]),
);
const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000' };
/** A declaration's colour as hex, or null when it is not a plain colour (inherit, none, a gradient). */
function colour(v: string | undefined): string | null {
  if (!v) return null;
  const t = v.trim().replace(/var\((--[\w-]+)\)/, (_, k) => vars[k] ?? '');
  if (/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(t)) return t.toLowerCase();
  return NAMED[t] ?? null;
}
const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => {
  const decl = Object.fromEntries(
    m[2]
      .split(';')
      .map((d) => d.split(':').map((s) => s.trim()))
      .filter((d) => d.length >= 2)
      .map(([k, ...v]) => [k, v.join(':')]),
  );
  return {
    selector: m[1].trim(),
    color: colour(decl.color),
    background: colour(decl.background ?? decl['background-color']),
  };
});

describe('the page text keeps 4.5:1 contrast (computed from its CSS)', () => {
  it('reads the CSS: text colours and backgrounds are found', () => {
    assert.ok(rules.filter((r) => r.color).length >= 10, 'text colours');
    assert.ok(rules.filter((r) => r.background).length >= 8, 'backgrounds');
    assert.equal(vars['--muted'], '#4a5159');
  });

  it('computes WCAG ratios as published: black on white 21:1, #767676 on white 4.54:1', () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(0), '21');
    assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
  });

  it('every rule that sets a text colour clears 4.5:1 on its background, or on every background painted', () => {
    const backgrounds = [
      ...new Set(['#ffffff', ...rules.map((r) => r.background).filter((b): b is string => !!b)]),
    ];
    const low: string[] = [];
    for (const r of rules) {
      if (!r.color) continue;
      for (const bg of r.background ? [r.background] : backgrounds) {
        const c = contrast(r.color, bg);
        if (c < 4.5) low.push(`${r.selector}: ${r.color} on ${bg} = ${c.toFixed(2)}:1`);
      }
    }
    assert.deepEqual(low, []);
  });
});
