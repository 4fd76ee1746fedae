/**
 * The data-quality flags of `capgap event` (src/events/quality): each series and the benchmark over each
 * event's window [a, b] (the CAR's closes) and over the returns table, and an event date that was not a
 * session. A window's figure depends on the benchmark too (the model's abnormal return), so a gap in the
 * benchmark flags it as well.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { anchorEvent, type TradingCalendar } from '../calendar/trading-days.ts';
import type { MarketEvent } from '../events/event-sets.ts';
import type { EventStudyResult } from '../events/event-study.ts';
import { type Figure, figureFlags, type QualityFlag, t0Flags } from '../events/quality/index.ts';
import type { Series } from '../events/series.ts';
import type { WindowReturnRow } from './event-returns.ts';

/**
 * Flags for an event study's output.
 * @example eventFlags([rut], market, nyse, study, [election], returns)
 */
export function eventFlags(
  many: readonly Series[],
  bench: Series | null,
  cal: TradingCalendar,
  study: EventStudyResult,
  events: readonly MarketEvent[],
  returns: readonly WindowReturnRow[],
): QualityFlag[] {
  const byLabel = new Map<string, Figure>();
  const [a, b] = study.window;
  for (const e of study.events) {
    const figure = `${e.label} [${a}, ${b}]`;
    let f = byLabel.get(figure);
    if (!f) {
      const first = cal.indexOnOrAfter(toDay(e.dates[0]));
      f = { figure, from: fromDay(cal.days[first - 1]), to: e.dates[e.dates.length - 1], values: {} };
      byLabel.set(figure, f);
    }
    const car = e.car[e.car.length - 1];
    f.values[e.subject] = car;
    if (bench) f.values[bench.name] = Number.isNaN(f.values[bench.name]) ? Number.NaN : car;
  }
  const figures = [...byLabel.values()];
  for (const w of returns) {
    const values: Record<string, number> = { [many[0].name]: w.series };
    if (bench) values[bench.name] = w.benchmark ?? Number.NaN;
    figures.push({ figure: w.label, from: w.fromDate, to: w.toDate, values });
  }
  const series = [...many, ...(bench ? [bench] : [])];
  const out = figureFlags(series, figures, cal);
  for (const ev of events) {
    try {
      out.unshift(...t0Flags(cal, anchorEvent(cal, ev.date, ev.timing)));
    } catch {
      // an event off the calendar's span is reported by the study itself
    }
  }
  return out;
}
