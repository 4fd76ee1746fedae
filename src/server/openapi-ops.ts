/**
 * The building blocks of the OpenAPI operations: the window parameters shared by the event answers, the
 * response wrappers, and `get` (one documented GET operation whose 200 schema is SCHEMAS[operationId]).
 */
import { NEWS_TIMINGS } from '../calendar/trading-days.ts';
import { LIMITS } from './context.ts';
import { SCHEME_IDS, WEIGHTINGS } from './data/schemes.ts';
import { errorSchema, q, SCHEMAS, type Schema } from './openapi-schemas.ts';

/** The event window's parameters (timing, scheme, weighting, from, to). */
export const windowParams = [
  q('timing', { enum: NEWS_TIMINGS }, "when the news came; default the preset's, else after-close"),
  q('scheme', { enum: SCHEME_IDS }, 'size scheme; default deciles'),
  q('weighting', { enum: WEIGHTINGS }, 'portfolio weighting; default value'),
  q(
    'from',
    { type: 'integer', minimum: LIMITS.minFrom, maximum: LIMITS.maxTo },
    'first trading day relative to t0',
  ),
  q(
    'to',
    { type: 'integer', minimum: LIMITS.minFrom, maximum: LIMITS.maxTo },
    'last trading day relative to t0 (>= from)',
  ),
];

/** A JSON response body. */
export const json = (schema: Schema) => ({ content: { 'application/json': { schema } } });
/** The 400 every operation may answer. */
export const errors = {
  '400': { description: 'a bad parameter, named in the message', ...json(errorSchema) },
};
/** A GET operation answering SCHEMAS[schema]. */
export const get = (
  summary: string,
  parameters: unknown[],
  schema: string,
  extra: Record<string, unknown> = {},
) => ({
  get: {
    summary,
    operationId: schema,
    parameters,
    responses: { '200': { description: 'OK', ...json(SCHEMAS[schema]) }, ...errors, ...extra },
  },
});
/** The 404 and 422 of answers that need data. */
export const noData = {
  '404': { description: 'no data for this query', ...json(errorSchema) },
  '422': { description: 'the window leaves the data', ...json(errorSchema) },
};
