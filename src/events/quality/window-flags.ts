/**
 * The flags of one series over one window (a figure from the close of `from` to the close of `to`), checked
 * against a trading calendar (NYSE or a region's):
 * - `missing-session`: sessions of the calendar inside the window with no bar of the series (a level series
 *   needs the close of `from` too; a return series the returns of the sessions after it);
 * - `starts-late` / `ends-early`: the series begins after the window starts or ends before it ends;
 * - `split-like-move`: a close-to-close ratio within 5% of a split ratio (the SPLIT_RATIOS and test of
 *   `buckets --quality`, src/portfolios/quality.ts) inside the window or in the `lookback` sessions before;
 * - `off-session-bar`: bars dated inside the window on days that were not sessions (left out of figures).
 * The effect follows from the figure itself: NaN → 'withheld'; a figure whose `from`..`to` holds more
 * calendar sessions than its label promises → 'spans-sessions'; otherwise the gap is said to leave it alone.
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import type { TradingCalendar } from '../../calendar/trading-days.ts';
import { splitLike } from '../../portfolios/quality.ts';
import { type FlagEffect, listDates, type QualityFlag, weekdayName, withArticle } from './flags.ts';

/** A series as the checks read it. `days` are sorted day numbers. */
export interface FlagSeries {
  name: string;
  /** 'level': closes (a day's return is close / previous close − 1); 'return': the day's return. */
  kind: 'level' | 'return';
  days: ArrayLike<number>;
  values: ArrayLike<number>;
  /** Bars already left out because their day was not a session (ISO dates), to be said when in a window. */
  offSession?: readonly string[];
}

/** A figure: the closes it runs between, its label and value. */
export interface FlagWindow {
  /** How the output labels it: '1 day', '[0, 2]', 'month 2016-11'. */
  figure: string;
  /** The close it starts from and the close it ends at (ISO). */
  from: string;
  to: string;
  /** The figure as given; NaN when the output withholds it. */
  value: number;
  /** Sessions its label promises ('1 day' → 1), when the label promises a count. */
  sessions?: number;
}

/** Options of windowFlags. */
export interface WindowFlagOptions {
  /** The calendar's name in sentences; defaults to 'NYSE'. */
  calendarName?: string;
  /** Sessions before the window searched for split-like moves; defaults to 5. */
  lookback?: number;
  /**
   * Relative tolerance of a split-like move, |ratio × split − 1|; defaults to 5% (SPLIT_WINDOW_TOLERANCE),
   * wider than the panel scan's 2% so that a 2:1 split on a day the stock also moved 4% is still seen.
   */
  splitTolerance?: number;
}

/** The default tolerance of a split-like move inside a window: 5%. */
export const SPLIT_WINDOW_TOLERANCE = 0.05;

const pct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}%`;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * Checks one series over one window.
 * @example windowFlags(rut, { figure: '1 day', from: '2016-11-08', to: '2016-11-11', value: 0.073, sessions: 1 }, nyseCalendar())
 */
export function windowFlags(
  series: FlagSeries,
  w: FlagWindow,
  calendar: TradingCalendar,
  options: WindowFlagOptions = {},
): QualityFlag[] {
  const cal = options.calendarName ?? 'NYSE';
  const lookback = options.lookback ?? 5;
  const tol = options.splitTolerance ?? SPLIT_WINDOW_TOLERANCE;
  const { days, values, name } = series;
  const out: QualityFlag[] = [];
  if (days.length === 0) return out;
  const a = toDay(w.from);
  const b = toDay(w.to);
  const first = days[0];
  const last = days[days.length - 1];
  const withheld = Number.isNaN(w.value);
  const base = { series: name, figure: w.figure };
  const span = `the '${w.figure}' figure (${w.from} to ${w.to})`;
  // The first day the figure needs: the close of `from` (levels) or the return of the session after it.
  const need = series.kind === 'level' ? a : calendar.days[calendar.indexOnOrAfter(a + 1)];
  if (first > need) {
    const effect: FlagEffect = withheld ? 'withheld' : 'may-be-wrong';
    out.push({
      ...base,
      kind: 'starts-late',
      dates: [fromDay(first)],
      effect,
      detail: `${name}'s data start ${fromDay(first)}, after ${span} begins: the figure ${effect === 'withheld' ? 'is withheld (n/a)' : 'may be wrong'}.`,
    });
  }
  if (last < b) {
    const effect: FlagEffect = withheld ? 'withheld' : 'may-be-wrong';
    out.push({
      ...base,
      kind: 'ends-early',
      dates: [fromDay(last)],
      effect,
      detail: `${name}'s data end ${fromDay(last)}, before ${span} ends: the figure ${effect === 'withheld' ? 'is withheld (n/a)' : 'may be wrong'}.`,
    });
  }
  // Missing sessions inside the series' own span.
  const have = new Set<number>(Array.from(days));
  const missing: string[] = [];
  let inside = 0; // calendar sessions in (from, to]
  for (let i = calendar.indexOnOrAfter(a); i < calendar.days.length && calendar.days[i] <= b; i++) {
    const d = calendar.days[i];
    if (d > a) inside++;
    if (d < Math.max(need, first) || d > last) continue;
    if (!have.has(d)) missing.push(fromDay(d));
  }
  const covered = out.length === 0; // a series that does not cover the window is said once, above
  if (missing.length && covered) {
    const spans = w.sessions !== undefined && inside > w.sessions;
    const effect: FlagEffect = withheld ? 'withheld' : spans ? 'spans-sessions' : 'unaffected';
    const what =
      effect === 'withheld'
        ? `${span} is withheld (n/a) rather than computed across the gap`
        : effect === 'spans-sessions'
          ? `the '${w.figure}' figure is from the ${w.from} close to the ${w.to} close, ${inside} ${cal} sessions, not ${w.sessions}`
          : `${span} runs between two closes that are present, so the gap does not change it`;
    out.push({
      ...base,
      kind: 'missing-session',
      dates: missing,
      effect,
      detail: `${name} has no ${plural(missing.length, 'bar', 'bars')} for ${listDates(missing)} (${plural(missing.length, `${withArticle(cal)} session`, `${cal} sessions`)}): ${what}.`,
    });
  }
  // Split-like moves in the window or just before it.
  const look = calendar.days[Math.max(0, calendar.indexOnOrAfter(a) - lookback)] ?? a;
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (d <= look || d > b) continue;
    if (series.kind === 'level' && i === 0) continue;
    const ratio = series.kind === 'level' ? values[i] / values[i - 1] : 1 + values[i];
    const label = Math.abs(ratio - 1) > 0.3 ? splitLike(ratio, tol) : null;
    if (!label) continue;
    const reverse = label.startsWith('1:');
    const move =
      series.kind === 'level'
        ? `${name}'s close went from ${values[i - 1]} on ${fromDay(days[i - 1])} to ${values[i]} on ${fromDay(d)} (${pct(ratio - 1)})`
        : `${name} returned ${pct(ratio - 1)} on ${fromDay(d)}`;
    const inWindow = d > a;
    const effect: FlagEffect = !inWindow ? 'unaffected' : withheld ? 'withheld' : 'may-be-wrong';
    const what = inWindow
      ? `${span} ${withheld ? 'is withheld' : 'may be wrong'}`
      : `it is before ${span}, which does not use it, but a model estimated over it does`;
    out.push({
      ...base,
      kind: 'split-like-move',
      dates: [fromDay(d)],
      effect,
      detail: `${move}, the size of an unadjusted ${label} ${reverse ? 'reverse split' : 'split'}: ${what}.`,
    });
  }
  // Bars on days that were not sessions.
  const off = new Set(series.offSession ?? []);
  for (let i = 0; i < days.length; i++) if (!calendar.has(days[i])) off.add(fromDay(days[i]));
  const offIn = [...off].filter((x) => x >= w.from && x <= w.to).sort();
  if (offIn.length) {
    const named = offIn.map((x) => `${weekdayName(x)} ${x}`);
    out.push({
      ...base,
      kind: 'off-session-bar',
      dates: offIn,
      effect: 'unaffected',
      detail: `${name} has ${plural(offIn.length, 'a bar', 'bars')} dated ${listDates(named)}, which ${plural(offIn.length, `was not ${withArticle(cal)}`, `were not ${cal}`)} ${plural(offIn.length, 'session', 'sessions')}: left out of ${span}.`,
    });
  }
  return out;
}
