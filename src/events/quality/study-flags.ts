/**
 * The data-quality flags of an event study (`capgap event`, /api/event-study): each series and the benchmark over each
 * event's window [a, b] (the CAR's closes) and over the returns table, and an event date that was not a
 * session. A window's figure depends on the benchmark too (the model's abnormal return), so a gap in the
 * benchmark flags it as well.
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import { anchorEvent, type NewsTiming, type TradingCalendar } from '../../calendar/trading-days.ts';
import type { EventStudyResult } from '../event-study.ts';
import type { Series } from '../series.ts';
import { type Figure, figureFlags } from './figure-flags.ts';
import type { QualityFlag } from './flags.ts';
import { t0Flags } from './t0-flags.ts';

/** A row of returns over a close-to-close window, for the series and its benchmark (NaN = withheld). */
export interface ReturnRow {
  label: string;
  fromDate: string;
  toDate: string;
  series: number;
  benchmark: number | null;
}

/**
 * Flags for an event study's output.
 * @example studyFlags([rut], market, nyse, study, [election], returns)
 */
export function studyFlags(
  many: readonly Series[],
  bench: Series | null,
  cal: TradingCalendar,
  study: EventStudyResult,
  events: readonly { date: string; timing?: NewsTiming }[],
  returns: readonly ReturnRow[] = [],
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
    // a study of one returns array names its subject 'series'
    f.values[many.some((m) => m.name === e.subject) ? e.subject : many[0].name] = car;
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
