/**
 * The flags of an output's figures: every series checked over every figure it has (./window-flags.ts), a
 * gap shared by all series said once for 'all', and the same condition seen by several figures said once.
 */
import type { TradingCalendar } from '../../calendar/trading-days.ts';
import type { QualityFlag } from './flags.ts';
import { collapseShared, mergeFlags } from './merge.ts';
import { type FlagSeries, type WindowFlagOptions, windowFlags } from './window-flags.ts';

/** A figure of the output and each series' value of it (a series without a value is not checked on it). */
export interface Figure {
  figure: string;
  from: string;
  to: string;
  /** Sessions the label promises, if it promises a count. */
  sessions?: number;
  /** Value by series name; NaN = withheld. */
  values: Record<string, number>;
}

/**
 * Checks every series over every figure it has a value for.
 * @example figureFlags([rut, gspc], [{ figure: '1 day', from: '2016-11-08', to: '2016-11-09', values: { '^RUT': NaN, '^GSPC': 0.011 } }], nyse)
 */
export function figureFlags(
  series: readonly FlagSeries[],
  figures: readonly Figure[],
  calendar: TradingCalendar,
  options: WindowFlagOptions = {},
): QualityFlag[] {
  const all: QualityFlag[] = [];
  for (const f of figures) {
    for (const s of series) {
      if (!(s.name in f.values)) continue;
      const w = { figure: f.figure, from: f.from, to: f.to, sessions: f.sessions, value: f.values[s.name] };
      all.push(...windowFlags(s, w, calendar, options));
    }
  }
  const names = series.map((s) => s.name);
  return mergeFlags(collapseShared(all, names));
}
