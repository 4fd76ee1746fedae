/**
 * Small vs large since an event (`/api/returns-since`, JSON or CSV) and the same figure across several
 * events (`/api/compare-events`).
 */
import type { Hono } from 'hono';
import { NEWS_TIMINGS } from '../../calendar/trading-days.ts';
import { formatProvenance } from '../../provenance.ts';
import { UNIT } from '../../report/json-vocabulary.ts';
import { answer, CSV_TYPE, JSON_TYPE, LIMITS, type ServerState, sizeLegs, toJson } from '../context.ts';
import { defaultTiming, knownLabel } from '../data/presets.ts';
import { regionSince } from '../data/region-since.ts';
import { type SinceQuery, type SinceResult, sinceEvent } from '../data/returns-since.ts';
import { SCHEME_IDS, schemeById, WEIGHTINGS } from '../data/schemes.ts';
import { sinceFindings } from '../data/sentences.ts';
import { calendarSpan, loadSizeLegs } from '../data/size-legs.ts';
import { badParam } from '../errors.ts';
import { dateItem, integer, isoDate, list, oneOf, readQuery } from '../params.ts';
import { regionSinceCsv } from './region-answers.ts';
import { regionInputs, regionParam } from './region-params.ts';

const SINCE_PARAMS = ['event', 'region', 'timing', 'scheme', 'weighting', 'from', 'to', 'format'];

/** Parses the window and scheme parameters shared by both routes. */
function parseSince(
  q: Map<string, string>,
  event: string,
  defaults: { from: number; to: number },
): SinceQuery {
  const from = integer(q, 'from', { min: LIMITS.minFrom, max: LIMITS.maxTo, fallback: defaults.from });
  const to = integer(q, 'to', { min: LIMITS.minFrom, max: LIMITS.maxTo, fallback: defaults.to });
  if (to < from) throw badParam('to', `${to} is before from (${from})`);
  return {
    event,
    timing: oneOf(q, 'timing', NEWS_TIMINGS, defaultTiming(event)),
    scheme: schemeById(oneOf(q, 'scheme', SCHEME_IDS, 'deciles')),
    weighting: oneOf(q, 'weighting', WEIGHTINGS, 'value'),
    from,
    to,
  };
}

/** Computes one returns-since answer from the size legs in memory (read from the store once per version). */
export async function computeSince(state: ServerState, sq: SinceQuery): Promise<SinceResult> {
  const span = calendarSpan(sq.event, sq.from, sq.to);
  const legs = (await sizeLegs(state)).legs(sq.scheme, sq.weighting, span.start, span.end);
  return sinceEvent(legs, sq);
}

/** The same answer read from the store with SQL (`loadSizeLegs`): the reference the in-memory one must equal. */
export async function computeSinceSql(state: ServerState, sq: SinceQuery): Promise<SinceResult> {
  const span = calendarSpan(sq.event, sq.from, sq.to);
  const legs = await loadSizeLegs(state.store, sq.scheme, sq.weighting, span.start, span.end);
  return sinceEvent(legs, sq);
}

/** The CSV form: `#` lines with event, scheme and conventions, then day,date,small,large,spread. */
export function sinceCsv(r: SinceResult): string {
  const lines = [
    `# event ${r.event.eventDate} (news ${r.event.timing}); t0 ${r.event.t0}; base close ${r.event.baseDate}`,
    `# scheme ${r.scheme.id}: small = ${r.scheme.small}, large = ${r.scheme.large}, ${r.scheme.weighting}-weighted`,
    `# sources: ${r.provenance.map(formatProvenance).join('; ')}`,
    `# basis: ${r.conventions.basis}`,
    `# values: ${r.conventions.path}; spread = ${r.conventions.spread}`,
    'day,date,small,large,spread',
  ];
  const s = r.series;
  const f = (v: number | null) => (v === null ? '' : String(v));
  for (let i = 0; i < s.day.length; i++)
    lines.push(`${s.day[i]},${s.date[i]},${f(s.small[i])},${f(s.large[i])},${f(s.spread[i])}`);
  return `${lines.join('\n')}\n`;
}

/** Registers /api/returns-since and /api/compare-events. */
export function registerReturns(app: Hono, state: ServerState): void {
  app.get('/api/returns-since', async (c) => {
    const q = readQuery(new URL(c.req.url), SINCE_PARAMS);
    const sq = parseSince(q, isoDate(q, 'event'), { from: -5, to: 20 });
    const format = oneOf(q, 'format', ['json', 'csv'] as const, 'json');
    const regionId = regionParam(q);
    if (regionId !== 'us') {
      const inputs = await regionInputs(state, regionId);
      const key = `since|${regionId}|${sq.event}|${sq.timing}|${sq.from}|${sq.to}|${format}`;
      return answer(c, state, key, format === 'csv' ? CSV_TYPE : JSON_TYPE, async () => {
        const r = regionSince(inputs, sq);
        return format === 'csv' ? regionSinceCsv(r) : toJson(r);
      });
    }
    const key = `since|${sq.event}|${sq.timing}|${sq.scheme.id}|${sq.weighting}|${sq.from}|${sq.to}|${format}`;
    return answer(c, state, key, format === 'csv' ? CSV_TYPE : JSON_TYPE, async () => {
      const r = await computeSince(state, sq);
      // Through the one JSON edge (12 significant digits), as every JSON answer.
      return format === 'csv' ? sinceCsv(r) : toJson({ ...r, findings: sinceFindings(r) });
    });
  });

  app.get('/api/compare-events', (c) => {
    const q = readQuery(new URL(c.req.url), ['events', 'timing', 'scheme', 'weighting', 'from', 'to']);
    const events = list(q, 'events', LIMITS.maxEvents, dateItem);
    const base = parseSince(q, events[0], { from: 0, to: 2 });
    const key = `compare|${events.join(',')}|${q.get('timing') ?? ''}|${base.scheme.id}|${base.weighting}|${base.from}|${base.to}`;
    return answer(c, state, key, JSON_TYPE, async () => {
      const rows = [];
      for (const event of events) {
        const timing = q.has('timing') ? base.timing : defaultTiming(event);
        try {
          const r = await computeSince(state, { ...base, event, timing });
          rows.push({
            eventDate: event,
            label: knownLabel(event) ?? null,
            timing,
            t0: r.event.t0,
            baseDate: r.event.baseDate,
            endDate: r.endDate,
            unit: UNIT,
            ...r.summary,
            provenance: r.provenance,
            error: null,
          });
        } catch (err) {
          rows.push({
            eventDate: event,
            label: knownLabel(event) ?? null,
            timing,
            t0: null,
            baseDate: null,
            endDate: null,
            unit: UNIT,
            small: null,
            large: null,
            spread: null,
            missing: 0,
            provenance: [],
            error: (err as Error).message,
          });
        }
      }
      return toJson({
        scheme: {
          id: base.scheme.id,
          label: base.scheme.label,
          small: base.scheme.small,
          large: base.scheme.large,
          weighting: base.weighting,
        },
        window: { from: base.from, to: base.to },
        events: rows,
        conventions: {
          spread: 'small minus large, compounded returns from the base close through day `to`, decimal',
        },
      });
    });
  });
}
