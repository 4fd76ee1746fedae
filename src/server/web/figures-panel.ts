/**
 * The figures of the window: both legs and the gap at its last day, and the period they cover.
 */
import type { Since } from './answers.ts';
import { status } from './card.ts';
import { $, fmt, fmtPp } from './dom.ts';
import { periodText } from './period.ts';
import { queryLine } from './query-line.ts';

/** Plain names of a scheme's legs (tickers and French labels go to the details). */
export function plainNames(scheme: { id: string; small: string; large: string }): {
  small: string;
  large: string;
} {
  if (scheme.id === 'indexes') return { small: 'Russell 2000', large: 'S&P 500' };
  const n = (id: string) => `${id.startsWith('Lo') ? 'Smallest' : 'Largest'} ${id.slice(3)}%`;
  return { small: `${n(scheme.small)} (NYSE breakpoints)`, large: `${n(scheme.large)} (NYSE breakpoints)` };
}

/** Names the two legs of the figures (with or without numbers under them). */
export function nameLegs(names: { small: string; large: string }): void {
  $('small-label').textContent = names.small;
  $('large-label').textContent = names.large;
}

/** Fills the figures of the window (the charts are drawn by the caller). */
export function showFigures(r: Since): void {
  status('figures', r.cut ? { kind: 'info', text: `Cut at the data's end: ${r.cut}.` } : null);
  nameLegs(plainNames(r.scheme));
  $('small-value').textContent = fmt(r.summary.small);
  $('large-value').textContent = fmt(r.summary.large);
  $('spread-value').textContent = fmtPp(r.summary.spread);
  $('period').textContent = periodText({
    base: r.event.baseDate,
    t0: r.event.t0,
    lastDate: r.endDate,
    to: r.window.to,
    timing: r.event.timing,
  });
}

/** Empties the figures and says why (`quiet`: not in their own status line, when the lead above says it). */
export function clearFigures(reason: string, kind: 'error' | 'stale' = 'error', quiet = false): void {
  if (kind === 'error') {
    for (const id of ['small-value', 'large-value', 'spread-value']) $(id).textContent = '–';
    $('period').textContent = '';
    queryLine('figures-query', null);
  }
  status('figures', quiet ? null : { kind, text: reason });
  if (quiet) $('figures').classList.toggle('stale', kind === 'stale');
}
