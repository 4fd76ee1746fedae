/**
 * The line under the figures: which closes they run between and what day 0 is, in a reader's words (dates
 * as an article writes them, the news timing spelled out, a true minus sign on days before the news).
 */
import { articleDate } from '../../findings/format.ts';

/** When the news came, in words. */
export const WHEN: Record<string, string> = {
  'after-close': 'after the close',
  'before-open': 'before the open',
  intraday: 'during the session',
};

/**
 * The period the figures cover.
 * @example periodText({ base: '2016-11-08', t0: '2016-11-09', lastDate: '2016-11-11', to: 2, timing: 'after-close' })
 * // 'From the close of Nov. 8, 2016, the last close before the news, to the close of Nov. 11, 2016: the first 3
 * // sessions after the news (days 0 to 2; day 0 = Nov. 9, 2016; the news came after the close).'
 */
export function periodText(p: {
  base: string;
  t0: string;
  lastDate: string;
  to: number;
  timing: string;
  /** Whose trading days, when not the NYSE's: "Europe's trading days". */
  days?: string;
}): string {
  const on = p.days ? ` on ${p.days}` : '';
  if (p.to < 0)
    return `At the close of ${articleDate(p.lastDate)} (day \u2212${-p.to}${on}), before the news, relative to the close of ${articleDate(p.base)}, the last close before it.`;
  const n = p.to + 1;
  const sessions = n === 1 ? 'first session' : `first ${n} sessions`;
  const days = p.to === 0 ? 'day 0' : `days 0 to ${p.to}`;
  const when = WHEN[p.timing] ? `; the news came ${WHEN[p.timing]}` : '';
  // News during a session is traded on that same session (day 0), which is not "after the news": the
  // sessions are those that trade on it, as the charts' day axis says.
  const which = p.timing === 'intraday' ? 'to trade on the news' : 'after the news';
  return `From the close of ${articleDate(p.base)}, the last close before the news, to the close of ${articleDate(p.lastDate)}: the ${sessions} ${which}${on} (${days}; day 0 = ${articleDate(p.t0)}${when}).`;
}
