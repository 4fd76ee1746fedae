/**
 * The JSON schemas of the API's responses (JSON Schema as OpenAPI 3.1 uses it) and the helpers that build
 * them; openapi.ts assembles the document from these, and the tests check real responses against them.
 */
import { NEWS_TIMINGS } from '../calendar/trading-days.ts';
import { EVENT_SETS } from '../events/event-sets.ts';
import { MODEL_KINDS } from '../events/models.ts';

/** A JSON Schema object. */
export type Schema = Record<string, unknown>;
/** Schema helpers: a number, a string, an ISO date, an object (all fields required unless told), an array. */
export const num = { type: 'number' };
const numOrNull = { type: ['number', 'null'] };
export const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };
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

const source = obj({ dataset: str, vintage: strOrNull });
/** The body of every error response. */
export const errorSchema = obj({
  error: obj({ status: num, message: str, parameter: str }, ['status', 'message']),
});

/** Response schemas by operation, also used by the tests. */
export const SCHEMAS: Record<string, Schema> = {
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
    schemes: arr(obj({ id: str, label: str, kind: str, small: str, large: str, weightings: arr(str) })),
    limits: { type: 'object' },
  }),
  returnsSince: obj({
    event: obj({ date, timing: str, t0: date, base: date }),
    scheme: obj({ id: str, label: str, small: str, large: str, weighting: str }),
    window: obj({ from: num, to: num, firstDate: date, lastDate: date }),
    series: obj({
      day: arr(num),
      date: arr(date),
      small: arr(numOrNull),
      large: arr(numOrNull),
      spread: arr(numOrNull),
    }),
    summary: obj({ small: numOrNull, large: numOrNull, spread: numOrNull, missing: num }),
    sources: arr(source),
    conventions: obj({ basis: str, t0: str, spread: str, path: str }),
    findings: arr(str),
  }),
  compareEvents: obj({
    scheme: obj({ id: str, label: str, small: str, large: str, weighting: str }),
    window: obj({ from: num, to: num }),
    events: arr(
      obj({
        event: date,
        label: strOrNull,
        timing: str,
        t0: strOrNull,
        base: strOrNull,
        lastDate: strOrNull,
        small: numOrNull,
        large: numOrNull,
        spread: numOrNull,
        missing: num,
        sources: arr(source),
        error: strOrNull,
      }),
    ),
    conventions: { type: 'object' },
  }),
  eventStudy: obj({
    series: obj({ name: str, basis: str, source: str }),
    benchmark: { type: ['object', 'null'] },
    calendar: str,
    model: { enum: MODEL_KINDS },
    window: arr(num),
    estimation: arr(num),
    events: arr(
      obj({
        label: str,
        eventDate: date,
        t0Date: date,
        baseDate: date,
        dates: arr(date),
        fit: obj({ model: str, alpha: numOrNull, beta: numOrNull, sigma: numOrNull, df: numOrNull, m: num }, [
          'model',
          'm',
        ]),
        ar: arr(numOrNull),
        car: arr(numOrNull),
        bhar: { type: ['array', 'null'], items: numOrNull },
      }),
    ),
    aar: arr(numOrNull),
    caar: arr(numOrNull),
    tests: arr(
      obj(
        {
          test: str,
          label: str,
          source: str,
          distribution: str,
          daily: arr(numOrNull),
          cumulative: arr(numOrNull),
          pDaily: arr(numOrNull),
          pCumulative: arr(numOrNull),
        },
        ['test', 'label', 'source', 'cumulative', 'pCumulative'],
      ),
    ),
    conventions: arr(str),
  }),
  eventSet: obj({
    set: { enum: EVENT_SETS },
    metric: str,
    window: arr(num),
    rows: arr(
      obj({
        label: str,
        eventDate: date,
        t0Date: date,
        fromDate: date,
        toDate: date,
        value: num,
        rank: num,
        percentile: num,
      }),
    ),
    skipped: arr(obj({ label: str, reason: str })),
    mean: numOrNull,
    history: obj({ windows: num, from: date, to: date, mean: numOrNull }),
    center: numOrNull,
    signTest: { type: 'object' },
    permutationTest: obj({ p: num, assignments: num }),
    conventions: arr(str),
    sources: arr(str),
  }),
  flows: obj(
    {
      rows: arr(
        obj({
          category: str,
          periodStart: date,
          periodEnd: date,
          flow: numOrNull,
          beforeEvent: numOrNull,
          afterEvent: numOrNull,
          observations: num,
          missing: num,
          provisional: { type: 'boolean' },
        }),
      ),
      funds: { type: 'object', additionalProperties: arr(str) },
      unclassified: arr(str),
      disagreements: arr({ type: 'object' }),
      counts: { type: 'object', additionalProperties: num },
      methods: { type: 'object', additionalProperties: num },
      conventions: arr(str),
      coverage: { type: ['object', 'null'] },
      note: str,
      records: arr({ type: 'object', properties: { category: str }, required: ['category'] }),
    },
    ['rows', 'funds', 'counts', 'conventions', 'coverage', 'records'],
  ),
  records: obj({
    kind: { enum: ['month', 'month-to-date'] },
    small: num,
    large: num,
    spread: num,
    record: obj(
      {
        period: str,
        periodEnd: date,
        value: num,
        provisional: { type: 'boolean' },
        direction: str,
        rank: num,
        of: num,
        historyStart: str,
        historyEnd: str,
        largestSince: { type: ['object', 'null'] },
        summary: str,
      },
      ['period', 'value', 'provisional', 'rank', 'of', 'historyStart', 'summary'],
    ),
    conventions: str,
  }),
  buckets: obj({
    source: { enum: ['french', 'stocks'] },
    dataset: str,
    vintage: strOrNull,
    frequency: str,
    weighting: str,
    scheme: str,
    labels: arr(str),
    dates: arr(str),
    returns: arr(arr(numOrNull)),
    compounded: arr(numOrNull),
    conventions: arr(str),
  }),
  sectors: (() => {
    const dec = obj({
      weighting: str,
      from: date,
      to: date,
      small: str,
      large: str,
      smallReturn: num,
      largeReturn: num,
      spread: num,
      sectors: arr(
        obj({
          sector: str,
          weightSmall: num,
          weightLarge: num,
          returnSmall: numOrNull,
          returnLarge: numOrNull,
          contribution: num,
          mix: numOrNull,
          within: numOrNull,
        }),
      ),
      residual: num,
      sectorNeutral: numOrNull,
      neutralCoverage: num,
    });
    const counts = obj({ gics: num, nasdaq: num, none: num });
    return obj({
      event: date,
      window: arr(num),
      base: date,
      from: date,
      to: date,
      scheme: str,
      within: { enum: ['universe', 'sector'] },
      ranking: arr(
        obj({
          sector: str,
          rank: num,
          stocks: num,
          stocksSmall: num,
          stocksLarge: num,
          ew: numOrNull,
          vw: numOrNull,
          smallMinusLargeEw: numOrNull,
          smallMinusLargeVw: numOrNull,
        }),
      ),
      decomposition: obj({ value: dec, equal: dec }),
      coverage: obj({ eligible: counts, panel: counts, bySector: { type: 'object' } }),
      conventions: arr(str),
    });
  })(),
  check: obj({
    text: str,
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
                      computed: { type: 'object' },
                      matches: arr({ type: 'object' }),
                      matchCount: { type: 'integer' },
                      nearest: { type: 'object' },
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
  report: obj({
    event: obj({ date, timing: str }),
    conventions: { type: 'object' },
    indices: arr({ type: 'object' }),
    size: { type: ['object', 'null'] },
    spreads: arr({ type: 'object' }),
    notes: arr(str),
  }),
  lead: obj({
    event: obj({ date, name: str, timing: str, t0: date, base: date, set: { type: ['string', 'null'] } }),
    window: obj({
      from: num,
      to: num,
      requestedTo: num,
      lastDate: date,
      sessions: num,
      cut: { type: ['string', 'null'] },
    }),
    sentence: str,
    finding: { type: 'object' },
    rank: { type: ['object', 'null'] },
    month: { type: 'object' },
    series: arr(obj({ id: str, name: str, detail: str, dataset: str, through: str })),
    conventions: { type: 'object' },
  }),
  error: errorSchema,
};
