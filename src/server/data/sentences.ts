/**
 * Plain sentences for a returns-since answer, printed with the findings' number rules
 * (src/findings/format.ts: one decimal, two under 0.1, U+2212 minus, half away from zero).
 */
import { articleDate, pp, signedPct } from '../../findings/format.ts';
import type { SinceResult } from './returns-since.ts';

/**
 * The findings of a returns-since answer, each a sentence with its numbers.
 * @example sinceFindings(result)[0] // 'From the close of Nov. 8, 2016 to Nov. 11, 2016 …'
 */
export function sinceFindings(r: SinceResult): string[] {
  const { small, large, spread } = r.summary;
  if (small === null || large === null || spread === null) {
    return [
      `Some of the data between ${r.event.base} and ${r.window.lastDate} are missing; no figure is given.`,
    ];
  }
  const lead = spread >= 0 ? 'small caps led by' : 'small caps lagged by';
  const sessions = r.window.to + 1;
  let first: string;
  if (sessions <= 0) {
    // A window ending before the news: the level at its last day relative to the base close.
    first = `At the close of ${articleDate(r.window.lastDate)}, before the news, ${r.scheme.small} (small) stood ${signedPct(small)} and ${r.scheme.large} (large) ${signedPct(large)} from their closes of ${articleDate(r.event.base)}: ${lead} ${pp(spread)}.`;
  } else {
    const span = `From the close of ${articleDate(r.event.base)} to the close of ${articleDate(r.window.lastDate)}`;
    const who = `${r.scheme.small} (small) returned ${signedPct(small)} and ${r.scheme.large} (large) ${signedPct(large)}`;
    first = `${span} (${sessions} session${sessions === 1 ? '' : 's'} after the news), ${who}: ${lead} ${pp(spread)}.`;
  }
  return [first, `Scheme: ${r.scheme.label}, ${r.scheme.weighting}-weighted. Basis: ${r.conventions.basis}.`];
}
