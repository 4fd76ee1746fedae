/**
 * The OpenAPI operations of the event answers: returns since an event, events compared, the event study,
 * an event set, the report's first look and the page's lead.
 */
import { NEWS_TIMINGS } from '../calendar/trading-days.ts';
import { EVENT_SETS } from '../events/event-sets.ts';
import { MODEL_KINDS } from '../events/models.ts';
import { LIMITS } from './context.ts';
import { SCHEME_IDS, WEIGHTINGS } from './data/schemes.ts';
import { get, json, noData, windowParams } from './openapi-ops.ts';
import { date, errorSchema, q, str } from './openapi-schemas.ts';

/** A fresh copy per document (withRegions adds to it). */
export const eventPaths = (): Record<string, unknown> => ({
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
      q('estFrom', { type: 'integer', minimum: -1000, maximum: 0 }, 'estimation window start; default -250'),
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
    {
      '404': { description: 'the store lacks the inputs', ...json(errorSchema) },
      '422': {
        description: 'no data covers the event: each source and where it stops',
        ...json(errorSchema),
      },
    },
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
});
