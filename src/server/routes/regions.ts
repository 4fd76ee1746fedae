/**
 * Regions over HTTP: `/api/regions` (the regions the store holds, with their dataset, span and event sets, so
 * the page offers only those), `/api/event-regions` (one event side by side in several regions, each on its
 * own calendar, as `capgap event --regions`). The `region` parameter of the shared routes is in
 * ./region-params.ts and their regional answers in ./region-answers.ts. Every regional number is in US
 * dollars with SMB on French regional breakpoints.
 */
import type { Hono } from 'hono';
import { fromDay } from '../../calendar/dates.ts';
import { nyseCalendar } from '../../calendar/nyse.ts';
import { frenchFactorDatasets, REGIONS, type RegionId, region } from '../../calendar/regions.ts';
import { NEWS_TIMINGS } from '../../calendar/trading-days.ts';
import { BREXIT } from '../../events/event-sets.ts';
import { REGIONAL_SETS } from '../../events/event-sets-regional.ts';
import { type RegionLeg, regionsSideBySide } from '../../events/regions-side-by-side.ts';
import { REGIONAL_SET_NAMES } from '../../findings/region-set.ts';
import { regionalMetric, regionCalendar } from '../../queries/region-series.ts';
import { loadSeries } from '../../queries/series.ts';
import { answer, JSON_TYPE, loadedSeries, type ServerState, toJson } from '../context.ts';
import { defaultTiming } from '../data/presets.ts';
import { badParam } from '../errors.ts';
import { integer, isoDate, list, oneOf, readQuery } from '../params.ts';
import { REGION_IDS } from './region-params.ts';

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
    const timing = oneOf(q, 'timing', NEWS_TIMINGS, defaultTiming(event));
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
        event: { eventDate: event, timing },
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
