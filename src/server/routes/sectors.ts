/**
 * `/api/sectors?event=DATE[&from=a&to=b][&scheme=terciles][&within=universe|sector]`: sectors ranked over an
 * event window, small minus large inside each, and the size spread decomposed by sector (value and equal
 * weights), from the stock panel in the store (src/queries/sectors.ts; docs/sectors.md). 404 without a panel.
 * Windows are bounded (from ≥ −20, to ≤ 60 sessions) because each request regroups the panel.
 */
import type { Hono } from 'hono';
import { querySectorEvent } from '../../queries/sectors.ts';
import { eventWindowJson } from '../../report/json-vocabulary.ts';
import { answer, JSON_TYPE, type ServerState, toJson } from '../context.ts';
import { ApiError, badParam } from '../errors.ts';
import { integer, isoDate, oneOf, readQuery } from '../params.ts';

/** Size schemes /api/sectors accepts. */
export const SECTOR_SCHEMES = ['terciles', 'quintiles', 'deciles', '30-40-30'] as const;

/** Registers /api/sectors. */
export function registerSectors(app: Hono, state: ServerState): void {
  app.get('/api/sectors', (c) => {
    const q = readQuery(new URL(c.req.url), ['event', 'from', 'to', 'scheme', 'within']);
    const event = isoDate(q, 'event');
    const from = integer(q, 'from', { min: -20, max: 60, fallback: 0 });
    const to = integer(q, 'to', { min: -20, max: 60, fallback: 2 });
    if (to < from) throw badParam('to', `${to} is before from (${from})`);
    const scheme = oneOf(q, 'scheme', SECTOR_SCHEMES, 'terciles');
    const within = oneOf(q, 'within', ['universe', 'sector'] as const, 'universe');
    const key = `sectors|${event}|${from}|${to}|${scheme}|${within}`;
    return answer(c, state, key, JSON_TYPE, async () => {
      try {
        const a = await querySectorEvent(state.store, { event, window: [from, to], scheme, within });
        delete a.result;
        return toJson(eventWindowJson(a));
      } catch (err) {
        const m = (err as Error).message;
        throw new ApiError(/leaves the data|ends .* before/.test(m) ? 422 : 404, m, undefined, {
          cause: err,
        });
      }
    });
  });
}
