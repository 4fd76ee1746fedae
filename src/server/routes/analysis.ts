/**
 * Routes over the other engines: the report's first look (`/api/report`). More land here as the engines
 * do (event study, buckets, flows, records).
 */
import type { Hono } from 'hono';
import { NEWS_TIMINGS } from '../../calendar/trading-days.ts';
import { formatSnapshot } from '../../cli/report.ts';
import { eventSnapshot } from '../../findings/event-snapshot.ts';
import { loadSnapshotInputs, SIZE_PORTFOLIOS, SNAPSHOT_SUBJECTS } from '../../io/snapshot-inputs.ts';
import { answer, JSON_TYPE, type ServerState, toJson } from '../context.ts';
import { presetOn } from '../data/presets.ts';
import { ApiError } from '../errors.ts';
import { isoDate, oneOf, readQuery } from '../params.ts';

const TEXT_TYPE = 'text/plain; charset=utf-8';

/** Registers /api/report. */
export function registerAnalysis(app: Hono, state: ServerState): void {
  app.get('/api/report', (c) => {
    const q = readQuery(new URL(c.req.url), ['event', 'timing', 'to', 'format']);
    const event = isoDate(q, 'event');
    const timing = oneOf(q, 'timing', NEWS_TIMINGS, presetOn(event)?.timing ?? 'after-close');
    const to = q.has('to') ? isoDate(q, 'to') : undefined;
    if (to !== undefined && to <= event)
      throw new ApiError(400, `invalid parameter "to": ${to} is not after the event ${event}`, 'to');
    const format = oneOf(q, 'format', ['json', 'text'] as const, 'json');
    const key = `report|${event}|${timing}|${to ?? ''}|${format}`;
    return answer(c, state, key, format === 'json' ? JSON_TYPE : TEXT_TYPE, async () => {
      let inputs: Awaited<ReturnType<typeof loadSnapshotInputs>>;
      try {
        inputs = await loadSnapshotInputs(state.store);
      } catch (err) {
        throw new ApiError(404, `the store lacks what the report needs: ${(err as Error).message}`);
      }
      const snapshot = eventSnapshot(inputs, {
        event,
        to,
        timing,
        names: SNAPSHOT_SUBJECTS,
        groups: SIZE_PORTFOLIOS,
      });
      return format === 'json' ? toJson(snapshot) : `${formatSnapshot(snapshot)}\n`;
    });
  });
}
