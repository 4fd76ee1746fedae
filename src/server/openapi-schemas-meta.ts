/**
 * Response schemas of the service answers: health, datasets, presets, schemes, and the claim checker's
 * (./openapi-schema-check.ts; openapi-schemas.ts gathers them).
 */
import { NEWS_TIMINGS } from '../calendar/trading-days.ts';
import { arr, date, num, numOrNull, obj, type Schema, str, strOrNull } from './openapi-kit.ts';
import { CHECK_SCHEMA } from './openapi-schema-check.ts';

export const META_SCHEMAS: Record<string, Schema> = {
  health: obj(
    {
      ok: { type: 'boolean' },
      version: str,
      schemaVersion: num,
      cached: num,
      // While serving: event-loop lag (ms), the share of requests refused now, and how many were refused.
      load: obj({ lagMs: num, shedding: num, shed: num }),
    },
    ['ok', 'version', 'schemaVersion', 'cached'],
  ),
  datasets: obj({
    datasets: arr(
      obj({
        name: str,
        kind: str,
        vintage: strOrNull,
        source: strOrNull,
        citation: strOrNull,
        file: strOrNull,
        sha256: strOrNull,
        rows: numOrNull,
        imported_at: strOrNull,
      }),
    ),
    tables: { type: 'object', additionalProperties: num },
  }),
  events: obj({
    events: arr(obj({ id: str, date, timing: { enum: NEWS_TIMINGS }, label: str })),
    sets: {
      type: 'object',
      additionalProperties: arr(obj({ date, timing: { enum: NEWS_TIMINGS }, label: str, tags: arr(str) })),
    },
    conventions: { type: 'object' },
  }),
  schemes: obj({
    schemes: arr(
      obj(
        {
          id: str,
          label: str,
          kind: str,
          small: str,
          large: str,
          weightings: arr(str),
          from: { type: ['string', 'null'], format: 'date', description: 'first date both legs hold' },
          through: { type: ['string', 'null'], format: 'date', description: 'last date both legs hold' },
          unavailable: arr(obj({ weighting: str, reason: str })),
        },
        ['id', 'label', 'kind', 'small', 'large', 'weightings', 'from', 'through'],
      ),
    ),
    limits: { type: 'object' },
  }),
  check: CHECK_SCHEMA,
};
