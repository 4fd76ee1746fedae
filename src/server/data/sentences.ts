/**
 * Plain sentences for a returns-since answer, printed with the findings' number rules
 * (src/findings/format.ts: one decimal, two under 0.1, U+2212 minus, half away from zero).
 */

import { windowLabel } from '../../findings/build.ts';
import { articleDate, pct, pp, signedPct } from '../../findings/format.ts';
import { subjectName } from '../../findings/names.ts';

const cap = (t: string) => t[0].toUpperCase() + t.slice(1);

import type { SinceResult } from './returns-since.ts';

/**
 * The findings of a returns-since answer, each a sentence with its numbers.
 * @example sinceFindings(result)[0] // 'From the close of Nov. 8, 2016 to Nov. 11, 2016 …'
 */
export function sinceFindings(r: SinceResult): string[] {
  const { small, large, spread } = r.summary;
  if (small === null || large === null || spread === null) {
    return [`Some of the data between ${r.event.baseDate} and ${r.endDate} are missing; no figure is given.`];
  }
  const lead = spread >= 0 ? 'small caps led by' : 'small caps lagged by';
  const sessions = r.window.to + 1;
  let first: string;
  if (sessions <= 0) {
    // A window ending before the news: the level at its last day relative to the base close.
    first = `At the close of ${articleDate(r.endDate)}, before the news, ${r.scheme.small} (small) stood ${signedPct(small)} and ${r.scheme.large} (large) ${signedPct(large)} from their closes of ${articleDate(r.event.baseDate)}: ${lead} ${pp(spread)}.`;
  } else {
    // Written so that capgap's own checker reads it back: each leg named by what it is, the weighting said.
    const dates = `from the close of ${articleDate(r.event.baseDate)} to the close of ${articleDate(r.endDate)}`;
    const span = `${cap(windowLabel({ date: r.event.baseDate, name: '', short: 'the event' }, sessions))} (${dates})`;
    const bars = r.scheme.small.startsWith('^');
    const smallName = `${subjectName(r.scheme.small)}${bars ? '' : ` (${r.scheme.weighting}-weighted)`}`;
    const largeName = subjectName(r.scheme.large).replace(/ of stocks by NYSE breakpoints$/, '');
    const verb = spread >= 0 ? (bars ? 'outperformed' : 'beat') : 'trailed';
    const legs = `${small >= 0 ? 'returning' : 'losing'} ${pct(small)} against ${large >= 0 ? (small < 0 ? 'a gain of ' : '') : 'a loss of '}${pct(large)} for ${largeName}`;
    first = `${span}, ${smallName} ${verb} ${largeName} by ${pp(spread)}, ${legs}.`;
  }
  return [first, `Scheme: ${r.scheme.label}, ${r.scheme.weighting}-weighted. Basis: ${r.conventions.basis}.`];
}
