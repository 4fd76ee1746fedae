/**
 * The regions' part of the OpenAPI document (src/server/routes/regions.ts): the `region` parameter of
 * /api/lead, /api/returns-since and /api/report, and the /api/regions and /api/event-regions operations with
 * their response schemas. Regional returns are decimals in US dollars (unit 'decimal'); windows {from, to}
 * count each region's own trading days; t0 is stated per region.
 */
import { REGIONS } from '../calendar/regions.ts';
import { NEWS_TIMINGS } from '../calendar/trading-days.ts';
import { ALL_EVENT_SETS } from '../events/event-sets.ts';
import { provenance, unit, window, windowDates } from './openapi-kit.ts';
import { arr, date, errorSchema, num, obj, q, type Schema, str } from './openapi-schemas.ts';

const numOrNull = { type: ['number', 'null'] };
const strOrNull = { type: ['string', 'null'] };
const REGION_IDS = REGIONS.map((r) => r.id);

/** The `region` query parameter. */
export const regionParam = q(
  'region',
  { enum: REGION_IDS },
  "us (default) or a region the store holds (GET /api/regions): the region's SMB (French regional breakpoints) and market, in US dollars, on its own trading days; an unknown value is a 400 naming the allowed ones, a region not in the store a 404 naming capgap fetch french and capgap import",
);

/** Response schemas of the regional answers, by operation (the tests check real responses against them). */
export const REGION_SCHEMAS: Record<string, Schema> = {
  regions: obj({
    regions: arr(
      obj(
        {
          id: { enum: REGION_IDS },
          label: str,
          currency: { enum: ['USD'] },
          dataset: strOrNull,
          from: date,
          through: date,
          vintage: strOrNull,
          sets: arr(str),
        },
        ['id', 'label', 'currency', 'dataset', 'sets'],
      ),
    ),
    sets: { type: 'object' },
    conventions: { type: 'object' },
  }),
  eventRegions: obj({
    event: obj({ eventDate: date, timing: { enum: NEWS_TIMINGS } }),
    window: obj({ from: num, to: num }),
    unit: { enum: ['decimal'] },
    rows: arr(
      obj({
        region: str,
        series: str,
        source: str,
        basis: str,
        t0: date,
        baseDate: date,
        endDate: date,
        value: num,
        market: numOrNull,
        error: { type: 'null' },
      }),
    ),
    missing: arr(obj({ region: str, reason: str })),
    conventions: { type: 'object', additionalProperties: str },
  }),
  regionSince: obj({
    region: obj({ id: str, label: str, currency: { enum: ['USD'] } }),
    event: obj({ eventDate: date, timing: str, t0: date, baseDate: date }),
    window,
    ...windowDates,
    unit,
    series: obj({ day: arr(num), date: arr(date), smb: arr(numOrNull), market: arr(numOrNull) }),
    summary: obj({ smb: numOrNull, market: numOrNull }),
    provenance: arr(provenance),
    conventions: { type: 'object' },
  }),
};

const json = (schema: Schema) => ({ content: { 'application/json': { schema } } });
const errors = {
  '400': { description: 'a bad parameter, named in the message', ...json(errorSchema) },
  '404': { description: 'a region the store does not hold', ...json(errorSchema) },
};

/**
 * Adds the regional parameter and operations to the document's paths (in place) and returns them.
 * @example withRegions(paths)['/api/regions']
 */
export function withRegions(paths: Record<string, Record<string, { parameters?: unknown[] }>>) {
  for (const p of ['/api/lead', '/api/returns-since', '/api/report', '/api/event-set']) {
    const op = paths[p]?.get;
    if (op)
      op.parameters = [...(op.parameters ?? []).slice(0, 1), regionParam, ...(op.parameters ?? []).slice(1)];
  }
  // With a region, any built-in set (the regional ones too) on the region's SMB.
  const set = paths['/api/event-set']?.get as {
    parameters?: { name: string; schema: unknown; description: string }[];
  };
  const setParam = set?.parameters?.find((p) => p.name === 'set');
  if (setParam) {
    setParam.schema = { enum: ALL_EVENT_SETS };
    setParam.description = `event set; default elections (with region other than us: any of ${ALL_EVENT_SETS.join(', ')}, on the region's SMB, its trading days, in US dollars; metric does not apply)`;
  }
  const since = paths['/api/returns-since']?.get as Record<string, unknown> | undefined;
  if (since)
    since.description =
      "With region other than us, the answer is the regionSince schema (x-region-response): SMB and the market since the event on the region's trading days, in US dollars; scheme and weighting do not apply.";
  if (since) since['x-region-response'] = REGION_SCHEMAS.regionSince;
  paths['/api/regions'] = {
    get: {
      summary:
        'the regions the store holds (the US, then each with a daily French factor file), their dataset, span and event sets',
      operationId: 'regions',
      parameters: [],
      responses: { '200': { description: 'OK', ...json(REGION_SCHEMAS.regions) }, ...errors },
    } as never,
  };
  paths['/api/event-regions'] = {
    get: {
      summary:
        'one event side by side in several regions (SMB and market), each on its own trading days with t0 per region, in US dollars (capgap event --regions)',
      operationId: 'eventRegions',
      parameters: [
        q('event', date, 'event date', true),
        q('timing', { enum: NEWS_TIMINGS }, "news timing; default the preset's, else after-close"),
        q(
          'regions',
          str,
          `comma-separated region ids (${REGION_IDS.join(', ')}); default us,europe,developed-ex-us`,
        ),
        q(
          'from',
          { type: 'integer', minimum: -250, maximum: 250 },
          'window start, sessions rel. t0; default 0',
        ),
        q('to', { type: 'integer', minimum: -250, maximum: 250 }, 'window end; default 2'),
      ],
      responses: { '200': { description: 'OK', ...json(REGION_SCHEMAS.eventRegions) }, ...errors },
    } as never,
  };
  return paths;
}
