/**
 * Response schemas of the service answers: health, datasets, presets, schemes, and the claim checker
 * (openapi-schemas.ts gathers them).
 */
import { NEWS_TIMINGS } from '../calendar/trading-days.ts';
import { arr, date, num, numOrNull, obj, provenance, type Schema, str, strOrNull } from './openapi-kit.ts';

/** A value computed for a claim (src/findings/check-json.ts): a decimal return, or the claim's unit. */
const checked = obj(
  {
    value: num,
    unit: str,
    baseDate: date,
    endDate: date,
    description: str,
    provenance: arr(provenance),
    conventions: { type: 'object' },
    differs: str,
  },
  ['value', 'unit', 'baseDate', 'endDate', 'provenance'],
);

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
  check: obj({
    text: str,
    article: {
      type: 'object',
      description:
        'how the article was read: {format, date, dateFrom, eventDate, eventFrom} (the event given, or the one its words name as of its date)',
    },
    summary: { type: 'object' },
    sentences: arr(
      obj(
        {
          index: { type: 'integer' },
          text: str,
          span: obj({ start: { type: 'integer' }, end: { type: 'integer' } }),
          form: str,
          status: { enum: ['claims', 'not a quantitative claim', 'cannot check'] },
          reason: str,
          claims: arr(
            obj(
              {
                id: str,
                verdict: {
                  enum: [
                    'supported',
                    'supported under another convention',
                    'not supported',
                    'cannot check',
                    'not a quantitative claim',
                    'ambiguous',
                  ],
                },
                why: str,
                readings: arr(
                  obj(
                    {
                      id: str,
                      claim: { type: ['object', 'null'] },
                      verdict: str,
                      line: str,
                      computed: checked,
                      matches: arr(checked),
                      matchCount: { type: 'integer' },
                      nearest: checked,
                      reason: str,
                      needs: str,
                      hints: arr(str),
                      command: str,
                    },
                    ['id', 'claim', 'verdict', 'matches'],
                  ),
                ),
              },
              ['id', 'verdict', 'readings'],
            ),
          ),
        },
        ['index', 'text', 'status', 'claims'],
      ),
    ),
  }),
};
