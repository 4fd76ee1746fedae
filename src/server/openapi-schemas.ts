/**
 * The JSON schemas of the API's responses by operation, also used by the tests (which check real responses
 * against them): the service answers (openapi-schemas-meta.ts), the data answers (openapi-schemas-data.ts) and the event answers (openapi-schemas-events.ts),
 * written with the helpers of openapi-kit.ts.
 */
import { errorSchema, type Schema } from './openapi-kit.ts';
import { DATA_SCHEMAS } from './openapi-schemas-data.ts';
import { EVENT_SCHEMAS } from './openapi-schemas-events.ts';
import { META_SCHEMAS } from './openapi-schemas-meta.ts';

export { arr, date, errorSchema, num, obj, q, type Schema, str } from './openapi-kit.ts';

/** Response schemas by operation, also used by the tests. */
export const SCHEMAS: Record<string, Schema> = {
  ...META_SCHEMAS,
  ...DATA_SCHEMAS,
  ...EVENT_SCHEMAS,
  error: errorSchema,
};
