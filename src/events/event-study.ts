/**
 * An event study of one series over one or more events: fit the model on each event's estimation window,
 * abnormal returns on the event window, CAR and BHAR, and every significance test.
 * Conventions (stated in the result): windows in sessions relative to t0 (the t0 rule of
 * ../calendar/trading-days.ts); estimation window [-250, -11] by default (a gap of 10 sessions before t0),
 * at least 30 observations; the default test is the Brown–Warner time-series t with the crude dependence
 * adjustment, right for a market-wide event that every series shares.
 */
import { fromDay } from '../calendar/dates.ts';
import { anchorEvent, type NewsTiming, type TradingCalendar } from '../calendar/trading-days.ts';
import { bhar, cumulativeAbnormal } from './car-bhar.ts';
import { kolariPynnonenT } from './kolari-pynnonen.ts';
import { abnormalReturns, fitModel, forecastSigma, type ModelFit, type ModelKind } from './models.ts';
import { corradoRank, generalizedSign } from './nonparametric-tests.ts';
import { arT, bmpT, brownWarnerT, crossSectionalT, patellZ } from './parametric-tests.ts';
import type { EventAbnormal, TestResult } from './test-types.ts';

/** Options for `eventStudy`. */
export interface EventStudyOptions {
  /** Event window [a, b] in sessions relative to t0; defaults to [0, 2]. */
  window?: [number, number];
  /** Estimation window relative to t0; defaults to [-250, -11]. It must end before the event window. */
  estimation?: [number, number];
  /** Defaults to 'market-model' with a benchmark, else 'mean-adjusted'. */
  model?: ModelKind;
  /** Fewest estimation observations; defaults to 30. */
  minObs?: number;
}

/** One series' returns, for a study of several series (e.g. every size decile) around the same events. */
export interface Subject {
  name: string;
  returns: Float64Array;
}

/** One (series, event) pair of the study. */
export interface EventStudyEvent {
  /** The series' name (the `name` of its Subject; 'series' for a single returns array). */
  subject: string;
  label: string;
  eventDate: string;
  t0Date: string;
  baseDate: string;
  /** Dates of the event-window sessions. */
  dates: string[];
  fit: ModelFit;
  ar: number[];
  car: number[];
  /** Π(1 + R) − Π(1 + Rb) over the window; null without a benchmark. */
  bhar: number[] | null;
}

/** The result of `eventStudy`. */
export interface EventStudyResult {
  model: ModelKind;
  window: [number, number];
  estimation: [number, number];
  events: EventStudyEvent[];
  aar: number[];
  caar: number[];
  /** Every applicable test (cross-event ones need at least 2 events); the first is the default. */
  tests: TestResult[];
  conventions: string[];
}

/**
 * Runs an event study on calendar-aligned daily returns (see `alignReturns`), with an optional benchmark:
 * one series around one or more events, or several series (`Subject[]`, e.g. every size decile) around the
 * same events — each (series, event) pair is one observation of the cross-event tests. Several series on
 * the same dates are cross-correlated: read the Brown–Warner t (default) or the Kolari–Pynnönen t.
 * @example eventStudy(alignReturns(lo10, cal), alignReturns(market, cal), cal, [{ date: '2016-11-08' }], { model: 'market-model' })
 */
export function eventStudy(
  returns: Float64Array | readonly Subject[],
  benchmark: Float64Array | null,
  calendar: TradingCalendar,
  events: readonly { date: string; timing?: NewsTiming; label?: string }[],
  options: EventStudyOptions = {},
): EventStudyResult {
  const [a, b] = options.window ?? [0, 2];
  const [e1, e2] = options.estimation ?? [-250, -11];
  const model = options.model ?? (benchmark ? 'market-model' : 'mean-adjusted');
  if (!(Number.isInteger(a) && Number.isInteger(b) && b >= a)) throw new Error(`invalid window [${a}, ${b}]`);
  if (!(Number.isInteger(e1) && Number.isInteger(e2) && e2 >= e1 && e2 < a)) {
    throw new Error(
      `invalid estimation window [${e1}, ${e2}]: it must end before the event window [${a}, ${b}]`,
    );
  }
  if (model !== 'mean-adjusted' && !benchmark) throw new Error(`model "${model}" needs a benchmark series`);
  const subjects: readonly Subject[] =
    returns instanceof Float64Array ? [{ name: 'series', returns }] : returns;
  if (subjects.length === 0) throw new Error('eventStudy: no series');
  const m = benchmark ?? new Float64Array(calendar.days.length);
  const L = b - a + 1;
  const inputs: EventAbnormal[] = [];
  const out: EventStudyEvent[] = [];
  for (const { name, returns: rs } of subjects)
    for (const ev of events) {
      const anchor = anchorEvent(calendar, ev.date, ev.timing ?? 'after-close');
      const lo = anchor.t0 + e1;
      const hi = anchor.t0 + b;
      if (lo < 1 || hi >= calendar.days.length) {
        throw new Error(`event ${ev.date}: estimation [${e1}, ${e2}] and window [${a}, ${b}] leave the data`);
      }
      const estR = rs.slice(anchor.t0 + e1, anchor.t0 + e2 + 1);
      const estM = m.slice(anchor.t0 + e1, anchor.t0 + e2 + 1);
      const evR = rs.slice(anchor.t0 + a, anchor.t0 + b + 1);
      const evM = m.slice(anchor.t0 + a, anchor.t0 + b + 1);
      for (let i = 0; i < L; i++) {
        if (Number.isNaN(evR[i]) || (model !== 'mean-adjusted' && Number.isNaN(evM[i]))) {
          throw new Error(
            `${name}, event ${ev.date}: no return on ${fromDay(calendar.days[anchor.t0 + a + i])} (a gap in the data)`,
          );
        }
      }
      let fit: ModelFit;
      try {
        fit = fitModel(estR, estM, model, { minObs: options.minObs });
      } catch (err) {
        throw new Error(`${name}, event ${ev.date}: ${(err as Error).message}`, { cause: err });
      }
      const ar = abnormalReturns(fit, evR, evM);
      inputs.push({
        ar,
        estimationAr: abnormalReturns(fit, estR, estM),
        fit,
        fecSigma: forecastSigma(fit, evM),
      });
      out.push({
        subject: name,
        label: ev.label ?? ev.date,
        eventDate: ev.date,
        t0Date: anchor.t0Date,
        baseDate: anchor.baseDate,
        dates: Array.from(calendar.days.slice(anchor.t0 + a, anchor.t0 + b + 1), fromDay),
        fit,
        ar: Array.from(ar),
        car: Array.from(cumulativeAbnormal(ar)),
        bhar: benchmark ? Array.from(bhar(evR, evM)) : null,
      });
    }
  const aar = Array.from({ length: L }, (_, t) => inputs.reduce((s, e) => s + e.ar[t], 0) / inputs.length);
  const tests: TestResult[] = [brownWarnerT(inputs)];
  if (inputs.length === 1) tests.push(arT(inputs), patellZ(inputs), corradoRank(inputs));
  else {
    tests.push(
      crossSectionalT(inputs),
      patellZ(inputs),
      bmpT(inputs),
      kolariPynnonenT(inputs),
      corradoRank(inputs),
      generalizedSign(inputs),
    );
  }
  return {
    model,
    window: [a, b],
    estimation: [e1, e2],
    events: out,
    aar,
    caar: Array.from(cumulativeAbnormal(Float64Array.from(aar))),
    tests,
    conventions: [
      't0: the first session that can react to the news (after-close news: the next session)',
      `window [${a}, ${b}] and estimation [${e1}, ${e2}] in sessions relative to t0`,
      `model: ${model}`,
      'AR, CAR summed; BHAR compounded (series minus benchmark)',
      'default test: Brown–Warner time-series t with crude dependence adjustment; p-values two-sided',
    ],
  };
}
