/**
 * The OpenAPI 3.1 document of the API, served at /openapi.json. Tests check real responses against the
 * schemas (openapi-schemas.ts), so they stay true. Parameters list the same allow-lists and bounds the
 * routes enforce.
 */
import { NEWS_TIMINGS } from '../calendar/trading-days.ts';
import { EVENT_SETS } from '../events/event-sets.ts';
import { MODEL_KINDS } from '../events/models.ts';
import { VERSION } from '../version.ts';
import { LIMITS } from './context.ts';
import { SCHEME_IDS, WEIGHTINGS } from './data/schemes.ts';
import { withRegions } from './openapi-regions.ts';
import { date, errorSchema, q, SCHEMAS, type Schema, str } from './openapi-schemas.ts';
import { SERVER_IMPORT_KINDS } from './routes/import-run.ts';

export { SCHEMAS } from './openapi-schemas.ts';

const windowParams = [
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

const json = (schema: Schema) => ({ content: { 'application/json': { schema } } });
const errors = { '400': { description: 'a bad parameter, named in the message', ...json(errorSchema) } };
const get = (
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
const noData = {
  '404': { description: 'no data for this query', ...json(errorSchema) },
  '422': { description: 'the window leaves the data', ...json(errorSchema) },
};

/**
 * The OpenAPI document.
 * @example openApiDocument().paths['/api/returns-since']
 */
export function openApiDocument(): Schema {
  const doc = baseDocument();
  withRegions(doc.paths as Parameters<typeof withRegions>[0]);
  return doc;
}

function baseDocument(): Schema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'capgap API',
      version: VERSION,
      description:
        'Read-only: the size effect around market events. Returns are decimals; dates ISO (YYYY-MM-DD).',
    },
    servers: [{ url: 'http://127.0.0.1:8080' }],
    components: {
      securitySchemes: {
        importToken: { type: 'http', scheme: 'bearer', description: 'the value of CAPGAP_IMPORT_TOKEN' },
      },
    },
    paths: {
      '/api/health': get('liveness and schema version', [], 'health'),
      '/api/datasets': get('datasets in the store, with provenance, and table row counts', [], 'datasets'),
      '/api/events': get('event presets (date, news timing)', [], 'events'),
      '/api/schemes': get('size schemes, weightings and request bounds', [], 'schemes'),
      '/api/returns-since': get(
        'small vs large since an event: daily paths from the base close and the spread',
        [
          q('event', date, 'event date', true),
          ...windowParams,
          q('format', { enum: ['json', 'csv'] }, 'json (default) or csv'),
        ],
        'returnsSince',
        noData,
      ),
      '/api/compare-events': get(
        `the same figure across events (at most ${LIMITS.maxEvents})`,
        [q('events', str, 'comma-separated event dates', true), ...windowParams],
        'compareEvents',
      ),
      '/api/event-study': get(
        'event study of one series around an event (or a built-in set): AR, CAR, BHAR and tests, NYSE calendar',
        [
          q('event', date, 'event date (or give set)'),
          q('set', { enum: EVENT_SETS }, 'a built-in event set (or give event)'),
          q('timing', { enum: NEWS_TIMINGS }, 'news timing of event'),
          q(
            'series',
            str,
            'market, french:<portfolio>, factor:<name> or a ticker (IWM, ^RUT, IWM:price); default french:Lo 10',
          ),
          q('benchmark', str, 'same forms; default market (Mkt-RF + RF)'),
          q('model', { enum: MODEL_KINDS }, 'abnormal-return model; default market-model'),
          q(
            'from',
            { type: 'integer', minimum: -250, maximum: 250 },
            'event window start, sessions rel. t0; default 0',
          ),
          q('to', { type: 'integer', minimum: -250, maximum: 250 }, 'event window end; default 2'),
          q(
            'estFrom',
            { type: 'integer', minimum: -1000, maximum: 0 },
            'estimation window start; default -250',
          ),
          q(
            'estTo',
            { type: 'integer', minimum: -1000, maximum: 0 },
            'estimation window end (before from); default -11',
          ),
        ],
        'eventStudy',
        noData,
      ),
      '/api/event-set': get(
        'every event of a set on one metric over the same window, ranked, with history percentiles and exact tests',
        [
          q('set', { enum: EVENT_SETS }, 'event set; default elections'),
          q('metric', str, 'series joined by " - " or " + "; default "french:Lo 10 - french:Hi 10"'),
          q('from', { type: 'integer', minimum: -250, maximum: 250 }, 'window start; default 0'),
          q('to', { type: 'integer', minimum: -250, maximum: 250 }, 'window end; default 2'),
          q('center', { enum: ['zero', 'history'] }, 'null center of the exact tests; default zero'),
        ],
        'eventSet',
        noData,
      ),
      '/api/flows': get(
        'net ETF flows by category and period (split at an event), with the latest complete period ranked in its history',
        [
          q('period', { enum: ['week', 'month', 'quarter', 'year'] }, 'default week'),
          q('weekEnd', { enum: ['mon', 'tue', 'wed', 'thu', 'fri'] }, 'last day of a week; default fri'),
          q('category', str, 'categories, comma-separated (at most 10), e.g. US small cap'),
          q('tickers', str, 'only these funds, comma-separated (at most 50)'),
          q('event', date, 'split each period at this event'),
          q('timing', { enum: NEWS_TIMINGS }, 'news timing of the event'),
          q('method', { enum: ['auto', 'given', 'shares', 'aum'] }, 'flow method; default auto'),
          q('from', date, 'first date of inputs'),
          q('to', date, 'last date of inputs'),
          q('direction', { enum: ['high', 'low'] }, 'rank the largest inflow (high) or outflow (low)'),
        ],
        'flows',
        noData,
      ),
      '/api/records': get(
        "a month's Lo 10 − Hi 10 spread in its history ('widest since'), or the month to date (provisional)",
        [
          q('month', str, 'YYYY-MM; default the latest month in the store'),
          q('asOf', date, 'month to date through this date instead (value-weighted)'),
          q('weighting', { enum: ['value', 'equal'] }, 'default value'),
          q('direction', { enum: ['high', 'low'] }, 'widest (high) or most negative (low)'),
          q('threshold', { type: 'number' }, 'also count months beyond this many percentage points'),
        ],
        'records',
        noData,
      ),
      '/api/buckets': get(
        "size-bucket returns over a range: French's published portfolios, or built from a stock panel in the store",
        [
          q('source', { enum: ['french', 'stocks'] }, 'default french'),
          q('scheme', { enum: ['deciles', 'quintiles', 'terciles', '30-40-30'] }, 'default deciles'),
          q(
            'weighting',
            { enum: ['equal', 'equal-hold', 'value', 'value-lag'] },
            'default value (French: value or equal)',
          ),
          q('breakpoints', { enum: ['all', 'nyse'] }, 'stocks: breakpoint universe; default nyse'),
          q('formation', str, 'stocks: june (default), monthly, quarterly or a date'),
          q('frequency', { enum: ['daily', 'monthly'] }, 'default daily'),
          q('from', date, 'first date', true),
          q('to', date, 'last date (daily: at most 1,200 days after from)', true),
        ],
        'buckets',
        noData,
      ),
      '/api/sectors': get(
        'sectors ranked over an event window (value- and equal-weighted), small minus large inside each, and the size spread by sector (docs/sectors.md); needs a stock panel',
        [
          q('event', date, 'event date (news after the close)', true),
          q(
            'from',
            { type: 'integer', minimum: -20, maximum: 60 },
            'first session relative to t0; default 0',
          ),
          q('to', { type: 'integer', minimum: -20, maximum: 60 }, 'last session relative to t0; default 2'),
          q(
            'scheme',
            { enum: ['terciles', 'quintiles', 'deciles', '30-40-30'] },
            'size scheme; default terciles',
          ),
          q(
            'within',
            { enum: ['universe', 'sector'] },
            'breakpoints from all stocks (default) or within each sector',
          ),
        ],
        'sectors',
        noData,
      ),
      '/api/check': {
        ...get(
          'check one sentence against the data: each claim gets supported, supported under another convention, not supported, cannot check or not a quantitative claim (ambiguous claims list their readings)',
          [
            q('claim', str, 'the sentence, at most 400 characters (POST an article)', true),
            q('event', date, 'the date "the election" or "the event" refers to'),
            q('to', date, 'the article\'s date: end of "since" windows that give none'),
            q(
              'maxShift',
              { type: 'integer', minimum: 0, maximum: 5 },
              'largest end-date shift tried, sessions; default 2',
            ),
          ],
          'check',
        ),
        post: {
          summary:
            'check a whole article (the request body): JSON {text, event, to}, or text/plain with event and to as query parameters; at most 100,000 bytes',
          operationId: 'checkArticle',
          parameters: [
            q('event', date, 'the date "the election" refers to (text/plain bodies)'),
            q('to', date, "the article's date (text/plain bodies)"),
            q(
              'maxShift',
              { type: 'integer', minimum: 0, maximum: 5 },
              'largest end-date shift tried, sessions; default 2',
            ),
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { text: str, event: date, to: date },
                  required: ['text'],
                  additionalProperties: false,
                },
              },
              'text/plain': { schema: str },
            },
          },
          responses: {
            '200': { description: 'OK', ...json(SCHEMAS.check) },
            ...errors,
            '413': { description: 'body too large', ...json(errorSchema) },
          },
        },
      },
      '/api/report': get(
        "capgap report's first look at an event (indices since, size portfolios vs the market, month spread)",
        [
          q('event', date, 'event date', true),
          q('timing', { enum: NEWS_TIMINGS }, 'news timing'),
          q('to', date, 'also report returns to this date'),
          q(
            'format',
            { enum: ['json', 'text', 'md', 'html', 'article', 'report-json'] },
            'json (default: the computed snapshot), text (as the CLI prints), md, html (self-contained), article, report-json (findings with sentences)',
          ),
        ],
        'report',
        { '404': { description: 'the store lacks the inputs', ...json(errorSchema) } },
      ),
      '/api/lead': get(
        "the page's answer first: one findings sentence for an event over days [0, to], its rank in its set, the event month's record with its direction, and how far each series runs",
        [
          q('event', date, 'event date', true),
          q('timing', { enum: NEWS_TIMINGS }, "when the news came; default the preset's, else after-close"),
          q('scheme', { enum: SCHEME_IDS }, 'size scheme; default deciles'),
          q('weighting', { enum: WEIGHTINGS }, 'portfolio weighting; default value'),
          q(
            'to',
            { type: 'integer', minimum: 0, maximum: LIMITS.maxTo },
            'last session relative to t0; default 2 (the first three sessions); cut at the data end',
          ),
        ],
        'lead',
        {
          '404': { description: 'the store lacks the inputs', ...json(errorSchema) },
          '422': { description: 'the event is outside the data', ...json(errorSchema) },
        },
      ),
      '/api/import': {
        post: {
          summary:
            'add one data file (request body) to the store; needs Authorization: Bearer $CAPGAP_IMPORT_TOKEN',
          operationId: 'import',
          security: [{ importToken: [] }],
          parameters: [
            q('kind', { enum: SERVER_IMPORT_KINDS }, 'file format', true),
            q('name', str, 'file name, used as a label only'),
          ],
          requestBody: { required: true, content: { 'text/csv': { schema: str } } },
          responses: {
            '200': { description: 'imported', ...json({ type: 'object' }) },
            '401': { description: 'missing or wrong token', ...json(errorSchema) },
            '403': { description: 'import disabled (no token configured)', ...json(errorSchema) },
            '413': { description: 'body too large', ...json(errorSchema) },
          },
        },
      },
    },
  };
}
