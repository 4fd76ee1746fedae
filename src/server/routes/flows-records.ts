/**
 * Flows and records over HTTP: `/api/flows` (net ETF flows by category and period, split at an event, with
 * each category's latest period ranked in its history) and `/api/records` (a month's small-minus-large
 * decile spread in its history, or the month to date, provisional).
 */
import type { Hono } from 'hono';
import { PERIODS, parseWeekEnd } from '../../calendar/periods.ts';
import { NEWS_TIMINGS } from '../../calendar/trading-days.ts';
import { FLOW_METHODS } from '../../flows/etf-flows.ts';
import { flowRecord } from '../../flows/flow-record.ts';
import { weeklyCategoryFlows } from '../../queries/flows-store.ts';
import { readDecilePair, spreadOnTrack, spreadRecord } from '../../queries/spread-series.ts';
import { quote } from '../../quote.ts';
import { conventionsJson, onTrackJson, recordJson } from '../../report/json-vocabulary.ts';
import { answer, JSON_TYPE, type ServerState, toJson } from '../context.ts';
import { ApiError, badParam } from '../errors.ts';
import { isoDate, list, oneOf, readQuery } from '../params.ts';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const CATEGORY = /^[A-Za-z0-9 ./&-]{1,40}$/;
const TICKER = /^[A-Za-z0-9._-]{1,12}$/;

function item(re: RegExp, what: string) {
  return (s: string) => {
    if (!re.test(s)) throw new Error(`not a ${what}`);
    return s;
  };
}

/** Registers /api/flows and /api/records. */
export function registerFlowsRecords(app: Hono, state: ServerState): void {
  app.get('/api/flows', (c) => {
    const q = readQuery(new URL(c.req.url), [
      'period',
      'weekEnd',
      'category',
      'tickers',
      'event',
      'timing',
      'method',
      'from',
      'to',
      'direction',
    ]);
    const period = oneOf(q, 'period', PERIODS, 'week');
    const weekEnd = parseWeekEnd(oneOf(q, 'weekEnd', WEEKDAYS, 'fri'));
    const categories = q.has('category')
      ? list(q, 'category', 10, item(CATEGORY, 'category name'))
      : undefined;
    const tickers = q.has('tickers')
      ? list(q, 'tickers', 50, item(TICKER, 'ticker')).map((t) => t.toUpperCase())
      : undefined;
    // every parameter is validated, even when unused (timing without an event)
    const timing = oneOf(q, 'timing', NEWS_TIMINGS, 'after-close');
    const event = q.has('event') ? { date: isoDate(q, 'event'), timing } : undefined;
    const method = oneOf(q, 'method', ['auto', ...FLOW_METHODS] as const, 'auto');
    const from = q.has('from') ? isoDate(q, 'from') : undefined;
    const to = q.has('to') ? isoDate(q, 'to') : undefined;
    if (from && to && to < from) throw badParam('to', `${to} is before from (${from})`);
    const direction = oneOf(q, 'direction', ['high', 'low'] as const, 'high');
    const key = `flows|${[...q.entries()].sort().join('&')}`;
    return answer(c, state, key, JSON_TYPE, async () => {
      let r: Awaited<ReturnType<typeof weeklyCategoryFlows>>;
      try {
        r = await weeklyCategoryFlows(state.store, {
          period,
          weekEnd,
          categories,
          tickers,
          event,
          method,
          from,
          to,
        });
      } catch (err) {
        const m = (err as Error).message;
        if (/unknown category/.test(m)) throw badParam('category', m);
        throw new ApiError(422, m, undefined, { cause: err });
      }
      const records = [];
      for (const cat of [...new Set(r.rows.map((x) => x.category))]) {
        const last = r.rows.filter((x) => x.category === cat && !x.provisional).at(-1);
        if (!last) continue;
        try {
          records.push({
            category: cat,
            ...flowRecord(r.rows, cat, last.periodEnd, { period, weekEnd, direction }),
          });
        } catch (err) {
          records.push({ category: cat, error: (err as Error).message });
        }
      }
      return toJson({ ...r, records, conventions: conventionsJson(r.conventions) });
    });
  });

  app.get('/api/records', (c) => {
    const q = readQuery(new URL(c.req.url), ['month', 'asOf', 'weighting', 'direction', 'threshold']);
    if (q.has('month') && q.has('asOf')) throw badParam('asOf', 'give month or asOf, not both');
    const month = q.get('month');
    if (month !== undefined && !/^(19|20)\d\d-(0[1-9]|1[0-2])$/.test(month))
      throw badParam('month', `${quote(month)}; expected YYYY-MM`);
    const asOf = q.has('asOf') ? isoDate(q, 'asOf') : undefined;
    const weighting = oneOf(q, 'weighting', ['value', 'equal'] as const, 'value');
    const direction = oneOf(q, 'direction', ['high', 'low'] as const, 'high');
    let threshold: number | undefined;
    if (q.has('threshold')) {
      const t = q.get('threshold') ?? '';
      if (!/^-?\d{1,3}(\.\d{1,4})?$/.test(t))
        throw badParam('threshold', `${quote(t)}; expected percentage points, e.g. 5 or -2.5`);
      threshold = Number(t) / 100;
    }
    if (asOf && weighting !== 'value')
      throw badParam(
        'weighting',
        'month to date (asOf) is value-weighted only: daily equal-weighted portfolios are not in the data',
      );
    const key = `records|${month ?? ''}|${asOf ?? ''}|${weighting}|${direction}|${threshold ?? ''}`;
    return answer(c, state, key, JSON_TYPE, async () => {
      try {
        if (asOf) return toJson(onTrackJson(await spreadOnTrack(state.store, { asOf, direction })));
        const m = month ?? (await readDecilePair(state.store, { weighting })).pair.ends.at(-1)?.slice(0, 7);
        if (!m) throw new Error('no monthly size-decile returns in the store');
        return toJson(
          recordJson('month', await spreadRecord(state.store, { month: m, weighting, threshold, direction })),
        );
      } catch (err) {
        throw new ApiError(404, (err as Error).message, undefined, { cause: err });
      }
    });
  });
}
