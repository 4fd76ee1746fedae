/**
 * The event engine over HTTP: `/api/event-study` (abnormal returns, CAR, BHAR and significance tests of one
 * series around an event or a built-in set) and `/api/event-set` (every event of a set on one metric, ranked,
 * with history percentiles and exact tests). Both run on the NYSE calendar, as `capgap event` does.
 */
import type { Hono } from 'hono';
import { fromDay } from '../../calendar/dates.ts';
import { nyseCalendar } from '../../calendar/nyse.ts';
import { NEWS_TIMINGS } from '../../calendar/trading-days.ts';
import { compareEvents } from '../../events/compare-events.ts';
import { ALL_EVENT_SETS, EVENT_SETS, eventSet, type MarketEvent } from '../../events/event-sets.ts';
import { eventStudy } from '../../events/event-study.ts';
import { MODEL_KINDS } from '../../events/models.ts';
import { studyFlags } from '../../events/quality/study-flags.ts';
import { alignReturns, type Series } from '../../events/series.ts';
import { loadMetric, loadSeries } from '../../queries/series.ts';
import { quote } from '../../quote.ts';
import { eventSetJson, eventStudyJson, seriesProvenance } from '../../report/json-events.ts';
import { answer, JSON_TYPE, loadedSeries, type ServerState, toJson } from '../context.ts';
import { defaultTiming, knownLabel } from '../data/presets.ts';
import { metricSpec, seriesSpec } from '../data/specs.ts';
import { seriesSource } from '../data/warehouse.ts';
import { ApiError, badParam } from '../errors.ts';
import { integer, isoDate, oneOf, readQuery } from '../params.ts';
import { regionEventSet } from './region-answers.ts';
import { regionParam } from './region-params.ts';

const WIN = { min: -250, max: 250 };

function windowOf(q: Map<string, string>, d: [number, number]): [number, number] {
  const from = integer(q, 'from', { ...WIN, fallback: d[0] });
  const to = integer(q, 'to', { ...WIN, fallback: d[1] });
  if (to < from) throw badParam('to', `${to} is before from (${from})`);
  return [from, to];
}

async function load(state: ServerState, spec: string, name: string): Promise<Series> {
  try {
    return await loadedSeries(state, `series|${spec}`, async () =>
      loadSeries(state.store, spec, await seriesSource(state)),
    );
  } catch (err) {
    throw new ApiError(404, `${name} ${quote(spec)}: ${(err as Error).message}`, name, {
      cause: err,
    });
  }
}

function calendarTo(...series: Series[]) {
  return nyseCalendar({ to: fromDay(Math.max(...series.map((s) => s.days[s.days.length - 1]))) });
}

/** Registers /api/event-study and /api/event-set. */
export function registerEvents(app: Hono, state: ServerState): void {
  app.get('/api/event-study', (c) => {
    const q = readQuery(new URL(c.req.url), [
      'event',
      'set',
      'timing',
      'series',
      'benchmark',
      'model',
      'from',
      'to',
      'estFrom',
      'estTo',
    ]);
    if (q.has('event') === q.has('set'))
      throw badParam('event', `give either event=YYYY-MM-DD or set=${EVENT_SETS.join('|')}`);
    const series = seriesSpec(q.get('series') ?? 'french:Lo 10', 'series');
    const benchmark = seriesSpec(q.get('benchmark') ?? 'market', 'benchmark');
    const model = oneOf(q, 'model', MODEL_KINDS, 'market-model');
    const window = windowOf(q, [0, 2]);
    const estimation: [number, number] = [
      integer(q, 'estFrom', { min: -1000, max: 0, fallback: -250 }),
      integer(q, 'estTo', { min: -1000, max: 0, fallback: -11 }),
    ];
    // a window too short is blamed on the bound the client gave (estFrom alone: estFrom)
    if (estimation[1] < estimation[0] + 2)
      throw badParam(
        q.has('estTo') ? 'estTo' : 'estFrom',
        `estFrom ${estimation[0]}, estTo ${estimation[1]}: the estimation window needs at least 3 sessions`,
      );
    if (estimation[1] >= window[0])
      throw badParam(
        'estTo',
        `${estimation[1]}: the estimation window must end before the event window starts (${window[0]})`,
      );
    let events: MarketEvent[];
    let key: string;
    if (q.has('set')) {
      const set = oneOf(q, 'set', EVENT_SETS);
      if (q.has('timing')) oneOf(q, 'timing', NEWS_TIMINGS); // validated even when a set fixes the timings
      events = eventSet(set);
      key = `set:${set}`;
    } else {
      const date = isoDate(q, 'event');
      const timing = oneOf(q, 'timing', NEWS_TIMINGS, defaultTiming(date));
      events = [{ date, timing, label: knownLabel(date) ?? date, tags: [] }];
      key = `event:${date}:${timing}`;
    }
    const k = `study|${key}|${series}|${benchmark}|${model}|${window}|${estimation}`;
    return answer(c, state, k, JSON_TYPE, async () => {
      const s = await load(state, series, 'series');
      const b = model === 'mean-adjusted' ? null : await load(state, benchmark, 'benchmark');
      const cal = b ? calendarTo(s, b) : calendarTo(s);
      let r: ReturnType<typeof eventStudy>;
      try {
        r = eventStudy(alignReturns(s, cal), b ? alignReturns(b, cal) : null, cal, events, {
          window,
          estimation,
          model,
        });
      } catch (err) {
        throw new ApiError(422, (err as Error).message, undefined, { cause: err });
      }
      return toJson({
        series: { name: s.name, basis: s.basis, source: s.source },
        benchmark: b ? { name: b.name, basis: b.basis, source: b.source } : null,
        calendar: 'NYSE',
        ...eventStudyJson(r),
        flags: studyFlags([s], b, cal, r, events),
      });
    });
  });

  app.get('/api/event-set', (c) => {
    const q = readQuery(new URL(c.req.url), ['set', 'region', 'metric', 'from', 'to', 'center']);
    const regionId = regionParam(q);
    const window = windowOf(q, [0, 2]);
    const center = oneOf(q, 'center', ['zero', 'history'] as const, 'zero');
    // A region's SMB on its own trading days, any built-in set (regional sets included): routes/regions.ts.
    if (regionId !== 'us')
      return regionEventSet(c, state, {
        region: regionId,
        set: oneOf(q, 'set', ALL_EVENT_SETS, 'elections'),
        window,
        center,
      });
    const set = oneOf(q, 'set', EVENT_SETS, 'elections');
    const metric = metricSpec(q.get('metric') ?? 'french:Lo 10 - french:Hi 10', 'metric');
    return answer(c, state, `set|${set}|${metric}|${window}|${center}`, JSON_TYPE, async () => {
      let legs: Awaited<ReturnType<typeof loadMetric>>;
      try {
        legs = await loadedSeries(state, `metric|${metric}`, async () =>
          loadMetric(state.store, metric, await seriesSource(state)),
        );
      } catch (err) {
        throw new ApiError(404, `metric ${quote(metric)}: ${(err as Error).message}`, 'metric', {
          cause: err,
        });
      }
      const cal = calendarTo(...legs.map((l) => l.series));
      let r: ReturnType<typeof compareEvents>;
      try {
        r = compareEvents(
          legs.map((l) => ({ name: l.series.name, returns: alignReturns(l.series, cal), sign: l.sign })),
          cal,
          eventSet(set),
          { window, center: center === 'history' ? 'history' : 0 },
        );
      } catch (err) {
        throw new ApiError(422, (err as Error).message, undefined, { cause: err });
      }
      return toJson({ set, ...eventSetJson(r), provenance: legs.map((l) => seriesProvenance(l.series)) });
    });
  });
}
