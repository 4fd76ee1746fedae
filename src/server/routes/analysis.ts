/**
 * Routes over the other engines: the report's first look (`/api/report`) and the page's lead sentence
 * (`/api/lead`), both computed in memory from the report's inputs.
 */
import type { Hono } from 'hono';
import { NEWS_TIMINGS } from '../../calendar/trading-days.ts';
import { eventSnapshot } from '../../findings/event-snapshot.ts';
import { snapshotFlags } from '../../findings/snapshot-flags.ts';
import { unanswered } from '../../queries/snapshot-answers.ts';
import { loadSnapshotInputs, SIZE_PORTFOLIOS, SNAPSHOT_SUBJECTS } from '../../queries/snapshot-inputs.ts';
import type { ReportFormat } from '../../report/render.ts';
import { answer, JSON_TYPE, LIMITS, memo, type ServerState, storeWork, toJson } from '../context.ts';
import { defaultTiming, knownLabel } from '../data/presets.ts';
import { SCHEME_IDS, schemeById, WEIGHTINGS } from '../data/schemes.ts';
import { ApiError, badParam } from '../errors.ts';
import { integer, isoDate, oneOf, readQuery } from '../params.ts';
import { regionReportBody } from './region-answers.ts';
import { regionInputs, regionParam } from './region-params.ts';

const TEXT_TYPE = 'text/plain; charset=utf-8';
/** Report formats: the snapshot as JSON, the CLI's text, or the report renderers' Markdown, HTML, article. */
const FORMATS = ['json', 'text', 'md', 'html', 'article', 'report-json'] as const;
const TYPES: Record<(typeof FORMATS)[number], string> = {
  json: JSON_TYPE,
  text: TEXT_TYPE,
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  article: 'text/markdown; charset=utf-8',
  'report-json': JSON_TYPE,
};

/** Loads the report's inputs once, shared by every /api/report request (see `memo`). */
export function reportInputs(state: ServerState): ReturnType<typeof loadSnapshotInputs> {
  return memo(state, 'snapshot-inputs', () => storeWork(state, () => loadSnapshotInputs(state.store)));
}

/** Registers /api/report and /api/lead. */
export function registerAnalysis(app: Hono, state: ServerState): void {
  app.get('/api/lead', async (c) => {
    const q = readQuery(new URL(c.req.url), ['event', 'region', 'timing', 'scheme', 'weighting', 'to']);
    const event = isoDate(q, 'event');
    const regionId = regionParam(q);
    const timing = oneOf(q, 'timing', NEWS_TIMINGS, defaultTiming(event));
    const scheme = schemeById(oneOf(q, 'scheme', SCHEME_IDS, 'deciles'));
    const weighting = oneOf(q, 'weighting', WEIGHTINGS, 'value');
    const to = integer(q, 'to', { min: 0, max: LIMITS.maxTo, fallback: 2 });
    if (regionId !== 'us') {
      // A region's lead: SMB on its own trading days, in US dollars (the scheme and weighting are the US's).
      const r = await regionInputs(state, regionId);
      return answer(c, state, `lead|${regionId}|${event}|${timing}|${to}`, JSON_TYPE, async () => {
        const { buildRegionLead } = await import('../data/region-lead.ts');
        try {
          return toJson(buildRegionLead(r, { event, timing, to, name: knownLabel(event) }));
        } catch (err) {
          throw new ApiError(422, (err as Error).message, undefined, { cause: err });
        }
      });
    }
    let inputs: Awaited<ReturnType<typeof loadSnapshotInputs>>;
    try {
      inputs = await reportInputs(state);
    } catch (err) {
      throw new ApiError(404, `the store lacks what the lead needs: ${(err as Error).message}`, undefined, {
        cause: err,
      });
    }
    const key = `lead|${event}|${timing}|${scheme.id}|${weighting}|${to}`;
    return answer(c, state, key, JSON_TYPE, async () => {
      // Loaded on first use: it reaches the report's modules (Plot, jsdom), which other routes need not wait for.
      const { buildLead } = await import('../data/lead.ts');
      try {
        const lead = buildLead(inputs, {
          event,
          timing,
          scheme,
          weighting,
          to,
          name: knownLabel(event),
        });
        // The lead's figures: the size portfolios and the market over [0, to] (docs/quality.md)
        const { flags } = snapshotFlags({ ...inputs, prices: [] }, { event, timing, window: [0, to] });
        return toJson({ ...lead, flags });
      } catch (err) {
        throw new ApiError(422, (err as Error).message, undefined, { cause: err });
      }
    });
  });

  app.get('/api/report', async (c) => {
    const q = readQuery(new URL(c.req.url), ['event', 'region', 'timing', 'to', 'format']);
    const event = isoDate(q, 'event');
    const regionId = regionParam(q);
    const timing = oneOf(q, 'timing', NEWS_TIMINGS, defaultTiming(event));
    const to = q.has('to') ? isoDate(q, 'to') : undefined;
    if (to !== undefined && to <= event)
      throw new ApiError(400, `invalid parameter "to": ${to} is not after the event ${event}`, 'to');
    const format = oneOf(q, 'format', FORMATS, 'json');
    if (regionId !== 'us') {
      if (to !== undefined)
        throw badParam('to', 'a regional report has its own windows (1, 3, 5 and 20 sessions) and the month');
      return answer(c, state, `report|${regionId}|${event}|${timing}|${format}`, TYPES[format], () =>
        regionReportBody(state, regionId, event, timing, format),
      );
    }
    const key = `report|${event}|${timing}|${to ?? ''}|${format}`;
    // Outside the store queue (reportInputs queues its own load), then compute from memory.
    let inputs: Awaited<ReturnType<typeof loadSnapshotInputs>>;
    try {
      inputs = await reportInputs(state);
    } catch (err) {
      throw new ApiError(404, `the store lacks what the report needs: ${(err as Error).message}`, undefined, {
        cause: err,
      });
    }
    return answer(c, state, key, TYPES[format], async () => {
      const snapshot = eventSnapshot(inputs, {
        event,
        to,
        timing,
        names: SNAPSHOT_SUBJECTS,
        groups: SIZE_PORTFOLIOS,
      });
      const why = unanswered(snapshot);
      if (why) throw new ApiError(422, why, 'event');
      if (format === 'json') return toJson(snapshot);
      // The renderers (Plot, jsdom, resvg) load on first use: seconds the other endpoints need not wait.
      if (format === 'text') {
        const { formatSnapshot } = await import('../../report/snapshot-text.ts');
        return `${formatSnapshot(snapshot)}\n`;
      }
      const [{ buildEventReport }, { renderReport }] = await Promise.all([
        import('../../report/event-report.ts'),
        import('../../report/render.ts'),
      ]);
      // The same report as `capgap report` (the event ranked in its set), less the store-read extras.
      const report = buildEventReport(snapshot, inputs, {
        eventName: knownLabel(event),
        command: `capgap report --event ${event}${to ? ` --to ${to}` : ''}`,
      });
      return renderReport(report, format === 'report-json' ? 'json' : (format as ReportFormat));
    });
  });
}
