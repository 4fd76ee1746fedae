/**
 * `/api/buckets`: size-bucket return series over a date range, from French's published portfolios or built
 * from stocks by the portfolio engine (src/portfolios, via io/buckets-query.ts) when a stock panel is in
 * the store. Ranges are bounded: at most 800 daily rows (about three years) or 1,200 months.
 */
import type { Hono } from 'hono';
import { toDay } from '../../calendar/dates.ts';
import { WEIGHTINGS } from '../../portfolios/kernel.ts';
import { quote } from '../../quote.ts';
import { conventionsJson, UNIT } from '../../report/json-vocabulary.ts';
import { answer, JSON_TYPE, type ServerState, toJson } from '../context.ts';
import { bucketsFor } from '../data/warehouse.ts';
import { ApiError, badParam } from '../errors.ts';
import { isoDate, oneOf, readQuery } from '../params.ts';

const SCHEMES = ['deciles', 'quintiles', 'terciles', '30-40-30'] as const;
/** Longest range in calendar days, by frequency. */
export const MAX_SPAN_DAYS = { daily: 1200, monthly: 36600 } as const;

/** Registers /api/buckets. */
export function registerBuckets(app: Hono, state: ServerState): void {
  app.get('/api/buckets', (c) => {
    const q = readQuery(new URL(c.req.url), [
      'source',
      'scheme',
      'weighting',
      'breakpoints',
      'formation',
      'frequency',
      'from',
      'to',
    ]);
    const source = oneOf(q, 'source', ['french', 'stocks'] as const, 'french');
    const scheme = oneOf(q, 'scheme', SCHEMES, 'deciles');
    const weighting = oneOf(q, 'weighting', WEIGHTINGS, 'value');
    const breakpoints = oneOf(q, 'breakpoints', ['all', 'nyse'] as const, 'nyse');
    const frequency = oneOf(q, 'frequency', ['daily', 'monthly'] as const, 'daily');
    const from = isoDate(q, 'from');
    const to = isoDate(q, 'to');
    if (to < from) throw badParam('to', `${to} is before from (${from})`);
    if (toDay(to) - toDay(from) > MAX_SPAN_DAYS[frequency]) {
      throw badParam(
        'to',
        `the range ${from} .. ${to} is longer than ${MAX_SPAN_DAYS[frequency]} days for ${frequency} series`,
      );
    }
    const f = q.get('formation') ?? 'june';
    if (!['june', 'monthly', 'quarterly'].includes(f) && !/^\d{4}-\d{2}-\d{2}$/.test(f)) {
      throw badParam('formation', `${quote(f)}; expected june, monthly, quarterly or a date YYYY-MM-DD`);
    }
    const formation = /^\d/.test(f) ? isoDate(q, 'formation') : f;
    if (source === 'french' && weighting !== 'value' && weighting !== 'equal') {
      throw badParam('weighting', `French publishes value and equal weighting only; got ${quote(weighting)}`);
    }
    if (source === 'french' && scheme === 'terciles')
      throw badParam('scheme', 'French publishes 30-40-30, not terciles');
    const key = `buckets|${source}|${scheme}|${weighting}|${breakpoints}|${formation}|${frequency}|${from}|${to}`;
    return answer(c, state, key, JSON_TYPE, async () => {
      try {
        const r = await bucketsFor(state, {
          source,
          scheme,
          weighting,
          breakpoints,
          formation,
          frequency,
          from,
          to,
        });
        return toJson({ unit: UNIT, ...r, conventions: conventionsJson(r.conventions) });
      } catch (err) {
        throw new ApiError(404, (err as Error).message, undefined, { cause: err });
      }
    });
  });
}
