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
/** The one provenance shape (src/provenance.ts, docs/json.md). */
export const provenance = {
  ...obj({
    dataset: str,
    source: strOrNull,
    frequency: strOrNull,
    weighting: strOrNull,
    vintage: strOrNull,
    inferred: { type: 'boolean' },
    series: strOrNull,
  }),
  additionalProperties: false,
};
/** The unit of the returns in a block (docs/json.md): always a decimal. */
export const unit = { enum: ['decimal'] };
/** A window of sessions relative to t0 (docs/json.md): exactly { from, to }. */
export const window = {
  ...obj({ from: { type: 'integer' }, to: { type: 'integer' } }),
  additionalProperties: false,
};
/** The dates beside a window of days (docs/json.md): the data's end may be unknown (null). */
export const windowDates = {
  requestedTo: { type: 'integer' },
  startDate: date,
  endDate: date,
  cut: strOrNull,
  dataThrough: { type: ['string', 'null'], format: 'date' },
};
/** A finding at the JSON edge (src/findings/finding-json.ts): its period, unit and provenance. */
export const finding = obj(
  {
    id: str,
    metric: { enum: ['return', 'excess-return', 'spread', 'flow', 'count'] },
    subjects: arr(obj({ id: str, name: str })),
    window: { ...obj({ from: { type: 'integer' }, to: { type: 'integer' } }), additionalProperties: false },
    baseDate: date,
    endDate: date,
    periodStart: str,
    periodEnd: str,
    label: str,
    sessions: { type: 'integer' },
    frequency: str,
    value: num,
    unit: { enum: ['decimal', 'usd', 'count'] },
    conventions: { type: 'object' },
    provenance: arr(provenance),
    command: str,
  },
  ['id', 'metric', 'subjects', 'label', 'value', 'unit', 'conventions', 'provenance'],
);
/** Conventions: always an object of named sentences. */
export const conventions = { type: 'object', additionalProperties: str };
/** The body of every error response. */
export const errorSchema = obj({
  error: obj({ status: num, message: str, parameter: str }, ['status', 'message']),
});
