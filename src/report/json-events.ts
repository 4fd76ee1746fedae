/**
 * The event engines' results in the JSON vocabulary (docs/json.md), for `/api/event-study`, `/api/event-set`
 * and `capgap event --json`: windows as { from, to }, t0 and baseDate/endDate named as everywhere, the unit
 * said once per answer (every AR, CAR, BHAR, AAR, CAAR, value and mean is a decimal), conventions an object.
 */
import type { CompareResult } from '../events/compare-events.ts';
import type { EventStudyResult } from '../events/event-study.ts';
import type { Series } from '../events/series.ts';
import { type Provenance, provenanceOf } from '../provenance.ts';
import { conventionsJson, UNIT, windowJson } from './json-vocabulary.ts';

/**
 * An event study's result as JSON.
 * @example eventStudyJson(eventStudy(r, m, cal, [{ date: '2016-11-08' }])).window // { from: 0, to: 2 }
 */
export function eventStudyJson(r: EventStudyResult) {
  return {
    unit: UNIT,
    model: r.model,
    window: windowJson(r.window),
    /** The estimation window, sessions relative to t0 (not an event window: its own key). */
    estimation: windowJson(r.estimation),
    // An event without a name carries null, not its date again (the date is eventDate).
    events: r.events.map(({ t0Date, ...e }) => ({
      ...e,
      label: e.label === e.eventDate ? null : e.label,
      t0: t0Date,
    })),
    aar: r.aar,
    caar: r.caar,
    tests: r.tests,
    conventions: conventionsJson(r.conventions),
  };
}

/**
 * An event set compared on one metric as JSON: rows with eventDate, t0, baseDate (the close before the window)
 * and endDate (its last close).
 * @example eventSetJson(compareEvents(legs, cal, presidentialElections())).rows[0].baseDate
 */
export function eventSetJson(r: CompareResult) {
  const { window, rows, conventions, ...rest } = r;
  return {
    unit: UNIT,
    window: windowJson(window),
    rows: rows.map(({ t0Date, fromDate, toDate, ...row }) => ({
      ...row,
      t0: t0Date,
      baseDate: fromDate,
      endDate: toDate,
    })),
    ...rest,
    conventions: conventionsJson(conventions),
  };
}

/**
 * A series' provenance in the one shape: the store's typed provenance it was loaded with, else (a series
 * built elsewhere, e.g. stock buckets) its dataset by name with the rest unknown.
 * @example seriesProvenance(await loadSeries(store, 'french:Lo 10')).series // 'Lo 10'
 */
export function seriesProvenance(s: Pick<Series, 'name' | 'source' | 'provenance'>): Provenance {
  return s.provenance ?? provenanceOf(s.source ?? s.name, { frequency: 'daily' });
}
