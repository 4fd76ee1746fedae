/**
 * The OpenAPI operations of the data answers: flows, records, buckets, sectors, the claim checker and the
 * token-guarded import.
 */
import { NEWS_TIMINGS } from '../calendar/trading-days.ts';
import { errors, get, json, noData } from './openapi-ops.ts';
import { date, errorSchema, q, SCHEMAS, str } from './openapi-schemas.ts';
import { SERVER_IMPORT_KINDS } from './routes/import-run.ts';

/** A fresh copy per document. */
export const dataPaths = (): Record<string, unknown> => ({
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
      q('from', { type: 'integer', minimum: -20, maximum: 60 }, 'first session relative to t0; default 0'),
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
        'check a whole article (the request body): JSON {text, event, to, format}, or the article as text/plain, text/html or text/markdown with event, to and format as query parameters; read as its text, dated by `to` or its own dateline; at most 100,000 bytes',
      operationId: 'checkArticle',
      parameters: [
        q('event', date, 'the date "the election" refers to (text/plain bodies)'),
        q('to', date, "the article's date (text/plain bodies)"),
        q(
          'maxShift',
          { type: 'integer', minimum: 0, maximum: 5 },
          'largest end-date shift tried, sessions; default 2',
        ),
        q(
          'format',
          { enum: ['text', 'html', 'markdown'] },
          'how the article is written; sniffed when absent',
        ),
      ],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: {
                text: str,
                event: date,
                to: date,
                format: { enum: ['text', 'html', 'markdown'] },
              },
              required: ['text'],
              additionalProperties: false,
            },
          },
          'text/plain': { schema: str },
          'text/html': { schema: str },
          'text/markdown': { schema: str },
        },
      },
      responses: {
        '200': { description: 'OK', ...json(SCHEMAS.check) },
        ...errors,
        '413': { description: 'body too large', ...json(errorSchema) },
      },
    },
  },
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
});
