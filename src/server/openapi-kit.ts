/**
 * The JSON-Schema helpers the OpenAPI document is written with (JSON Schema as OpenAPI 3.1 uses it), and the
 * schemas every response shares: the error body and a dataset source.
 */
/** A JSON Schema object. */
export type Schema = Record<string, unknown>;
/** Schema helpers: a number, a string, an ISO date, an object (all fields required unless told), an array. */
export const num = { type: 'number' };
export const numOrNull = { type: ['number', 'null'] };
export const str = { type: 'string' };
export const strOrNull = { type: ['string', 'null'] };
export const date = { type: 'string', format: 'date' };
export const obj = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({
  type: 'object',
  properties,
  required,
});
export const arr = (items: Schema): Schema => ({ type: 'array', items });
/** A query parameter of an operation. @example q('event', date, 'event date', true) */
export const q = (name: string, schema: Schema, description: string, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});

export const source = obj({ dataset: str, vintage: strOrNull });
/** The body of every error response. */
export const errorSchema = obj({
  error: obj({ status: num, message: str, parameter: str }, ['status', 'message']),
});
