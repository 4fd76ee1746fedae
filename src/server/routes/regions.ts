/**
 * Regions over HTTP: `/api/regions` (the regions the store holds, with their dataset, span and event sets, so
 * the page offers only those), `/api/event-regions` (one event side by side in several regions, each on its
 * own calendar, as `capgap event --regions`), and the regional answers of `/api/lead`, `/api/returns-since`
 * and `/api/report` when they are given `region` other than `us`. Every regional number is in US dollars with
 * SMB on French regional breakpoints; an unknown region is a 400 naming the allowed values, a region the
 * store lacks a 404 naming `capgap fetch french` and `capgap import`.
 */
import type { Context, Hono } from 'hono';
import { fromDay } from '../../calendar/dates.ts';
import { nyseCalendar } from '../../calendar/nyse.ts';
import { frenchFactorDatasets, REGIONS, type RegionId, region } from '../../calendar/regions.ts';
import { NEWS_TIMINGS } from '../../calendar/trading-days.ts';
import { compareEvents } from '../../events/compare-events.ts';
import { BREXIT, eventSet } from '../../events/event-sets.ts';
import { REGIONAL_SETS } from '../../events/event-sets-regional.ts';
import { type RegionLeg, regionsSideBySide } from '../../events/regions-side-by-side.ts';
import { REGIONAL_SET_NAMES } from '../../findings/region-set.ts';
import { regionReport } from '../../queries/region-report.ts';
import { regionalMetric, regionCalendar } from '../../queries/region-series.ts';
import { loadSeries } from '../../queries/series.ts';
import { answer, JSON_TYPE, loadedSeries, memo, type ServerState, storeWork, toJson } from '../context.ts';
import { presetOn } from '../data/presets.ts';
import { loadRegionInputs, type RegionInputs } from '../data/region-inputs.ts';
import type { RegionSince } from '../data/region-since.ts';
import { ApiError, badParam } from '../errors.ts';
import { integer, isoDate, list, oneOf, readQuery } from '../params.ts';

/** Every region id the API accepts. */
export const REGION_IDS = REGIONS.map((r) => r.id);

/**
 * The `region` parameter: one of REGION_IDS, 'us' when absent (a 400 naming the allowed values otherwise).
 * @example regionParam(q) // 'europe'
 */
export function regionParam(q: Map<string, string>): RegionId {
  return oneOf(q, 'region', REGION_IDS, 'us');
}

/** A region's inputs, loaded once per data version; 404 naming the commands that add a missing region. */
export function regionInputs(state: ServerState, id: RegionId): Promise<RegionInputs> {
  return memo(state, `region|${state.store.dataVersion}|${id}`, () =>
    storeWork(state, () => loadRegionInputs(state.store, id)),
  ).catch((err: Error) => {
    throw new ApiError(404, err.message, 'region', { cause: err });
  });
}

/** The regions the store holds: the US, then each region with a daily French factor file (one query). */
async function heldRegions(state: ServerState) {
  const daily = await state.store.all<{
    dataset: string;
    from: string;
    through: string;
    vintage: string | null;
  }>(
    `SELECT dataset, strftime(min(date), '%Y-%m-%d') AS "from", strftime(max(date), '%Y-%m-%d') AS through,
            any_value(vintage) AS vintage
     FROM factors WHERE frequency = 'daily' AND dataset LIKE 'french/%' GROUP BY dataset`,
  );
  const out = [];
  for (const r of REGIONS) {
    if (r.id === 'us') {
      out.push({
        id: r.id,
        label: r.label,
        currency: r.currency,
        dataset: null,
        sets: ['elections', 'midterms'],
      });
      continue;
    }
    // The preferred file the store has (3-factor first), as regionDataset chooses it.
    const held = frenchFactorDatasets(r.id)
      .map((d) => daily.find((x) => x.dataset === d))
      .find((x) => x !== undefined);
    if (held)
      out.push({ id: r.id, label: r.label, currency: r.currency, ...held, sets: Object.keys(REGIONAL_SETS) });
  }
  return out;
}

/** Registers /api/regions and /api/event-regions. */
export function registerRegions(app: Hono, state: ServerState): void {
  app.get('/api/regions', (c) => {
    readQuery(new URL(c.req.url), []);
    return answer(c, state, `regions|${state.store.dataVersion}`, JSON_TYPE, async () =>
      toJson({
        regions: await heldRegions(state),
        sets: {
          brexit: { name: 'Brexit referendum', region: 'europe', events: [BREXIT] },
          ...Object.fromEntries(
            Object.entries(REGIONAL_SETS).map(([id, s]) => [
              id,
              { name: REGIONAL_SET_NAMES[id] ?? id, region: s.region, events: s.events },
            ]),
          ),
        },
        conventions: {
          currency:
            "every regional return is in US dollars (French's regional files, currency moves included)",
          smb: "SMB, French regional breakpoints: small minus big, big = the top 90% of the region's market cap",
          days: "windows count each region's own trading days: the dates of its French file (US: NYSE sessions)",
        },
      }),
    );
  });

  app.get('/api/event-regions', (c) => {
    const q = readQuery(new URL(c.req.url), ['event', 'timing', 'regions', 'from', 'to']);
    const event = isoDate(q, 'event');
    const timing = oneOf(q, 'timing', NEWS_TIMINGS, presetOn(event)?.timing ?? 'after-close');
    const ids = list(
      q,
      'regions',
      REGION_IDS.length,
      (s) => {
        if (!(REGION_IDS as string[]).includes(s))
          throw new Error(`expected one of ${REGION_IDS.join(', ')}`);
        return s as RegionId;
      },
      'us,europe,developed-ex-us',
    );
    const from = integer(q, 'from', { min: -250, max: 250, fallback: 0 });
    const to = integer(q, 'to', { min: -250, max: 250, fallback: 2 });
    if (to < from) throw badParam('to', `${to} is before from (${from})`);
    const key = `event-regions|${event}|${timing}|${ids}|${from}|${to}`;
    return answer(c, state, key, JSON_TYPE, async () => {
      const legs: RegionLeg[] = [];
      const missing: { region: string; reason: string }[] = [];
      for (const id of ids) {
        try {
          const spec = regionalMetric('smb', id);
          const series = await loadedSeries(state, `series|${spec}`, () => loadSeries(state.store, spec));
          const mspec = id === 'us' ? 'market' : `${id}:market`;
          const market = await loadedSeries(state, `series|${mspec}`, () => loadSeries(state.store, mspec));
          const calendar =
            id === 'us'
              ? nyseCalendar({ to: fromDay(series.days[series.days.length - 1]) })
              : await loadedSeries(state, `calendar|${id}`, () => regionCalendar(state.store, id));
          legs.push({ region: region(id).label, calendar, series, market });
        } catch (err) {
          missing.push({ region: region(id).label, reason: (err as Error).message });
        }
      }
      const rows = [];
      for (const leg of legs) {
        try {
          rows.push({
            ...regionsSideBySide([leg], { date: event, timing, label: event, tags: [] }, [from, to])[0],
            error: null,
          });
        } catch (err) {
          missing.push({ region: leg.region, reason: (err as Error).message });
        }
      }
      return toJson({
        event: { date: event, timing },
        window: { from, to },
        unit: 'decimal',
        rows,
        missing,
        conventions: {
          window: `window [t0+${from}, t0+${to}] in each region's own trading days (US: NYSE sessions; other regions: the dates of their French factor file); t0 is found per region`,
          returns:
            'returns compounded daily from the base close; SMB compounded as a long-short position rebalanced daily',
          currency:
            "all returns in US dollars; SMB is French small-minus-big with each region's own breakpoints (big = top 90% of the region's market cap); market = Mkt-RF + RF",
        },
      });
    });
  });
}

/**
 * Every event of a built-in set on a region's SMB over the same window of the region's own trading days,
 * ranked, with the set's exact tests (`/api/event-set?region=R`; the metric is the region's SMB).
 */
export async function regionEventSet(
  c: Context,
  state: ServerState,
  o: { region: RegionId; set: string; window: [number, number]; center: 'zero' | 'history' },
): Promise<Response> {
  const r = await regionInputs(state, o.region);
  const key = `set|${o.region}|${o.set}|${o.window}|${o.center}`;
  return answer(c, state, key, JSON_TYPE, async () => {
    let cmp: ReturnType<typeof compareEvents>;
    try {
      cmp = compareEvents([{ name: `${r.label} SMB`, returns: r.rs, sign: 1 }], r.calendar, eventSet(o.set), {
        window: o.window,
        center: o.center === 'history' ? 'history' : 0,
      });
    } catch (err) {
      throw new ApiError(422, (err as Error).message, undefined, { cause: err });
    }
    const sources = [`${r.smb.name}: ${r.smb.basis}; ${r.smb.source}; ${r.label} trading days`];
    return toJson({ set: o.set, region: r.id, unit: 'decimal', ...cmp, sources });
  });
}

/** The CSV form of a regional returns-since answer: `#` lines with event, region and conventions, then rows. */
export function regionSinceCsv(r: RegionSince): string {
  const lines = [
    `# event ${r.event.date} (news ${r.event.timing}); t0 ${r.event.t0}; base close ${r.event.base}; ${r.region.label}'s trading days`,
    `# region ${r.region.id}: SMB (small minus big, French regional breakpoints) and market (Mkt-RF + RF), in US dollars`,
    `# sources: ${r.sources.map((s) => `${s.dataset}${s.vintage ? ` (${s.vintage})` : ''}`).join('; ')}`,
    `# values: ${r.conventions.path}`,
    'day,date,smb,market',
  ];
  const f = (v: number | null) => (v === null ? '' : String(v));
  const s = r.series;
  for (let i = 0; i < s.day.length; i++)
    lines.push(`${s.day[i]},${s.date[i]},${f(s.smb[i])},${f(s.market[i])}`);
  return `${lines.join('\n')}\n`;
}

/** The regional snapshot for /api/report?region=R (text, json and the rendered formats). */
export async function regionReportBody(
  state: ServerState,
  id: RegionId,
  event: string,
  timing: (typeof NEWS_TIMINGS)[number],
  format: string,
): Promise<string> {
  await regionInputs(state, id); // a missing region is a 404 naming the commands that add it
  const s = await regionReport(state.store, id, event, timing).catch((err: Error) => {
    throw new ApiError(422, err.message, 'event', { cause: err });
  });
  if (format === 'json') return toJson(s);
  if (format === 'text') {
    const { formatRegionSnapshot } = await import('../../report/region-text.ts');
    return `${formatRegionSnapshot(s)}\n`;
  }
  const [{ buildRegionReport }, { renderReport }] = await Promise.all([
    import('../../report/from-region.ts'),
    import('../../report/render.ts'),
  ]);
  const report = buildRegionReport(s, { region: id, eventName: presetOn(event)?.label });
  return renderReport(report, format === 'report-json' ? 'json' : (format as 'md' | 'html' | 'article'));
}
