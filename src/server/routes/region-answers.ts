/**
 * The regional answers of shared routes, given `region` other than `us`: `/api/event-set` (every event of
 * a set on the region's SMB), `/api/returns-since` as CSV, and `/api/report` (text, JSON and the rendered
 * formats, as `capgap report --region`). Regional numbers are in US dollars on the region's trading days.
 */
import type { Context } from 'hono';
import type { RegionId } from '../../calendar/regions.ts';
import type { NEWS_TIMINGS } from '../../calendar/trading-days.ts';
import { compareEvents } from '../../events/compare-events.ts';
import { eventSet } from '../../events/event-sets.ts';
import { formatProvenance } from '../../provenance.ts';
import { regionReport } from '../../queries/region-report.ts';
import { eventSetJson, seriesProvenance } from '../../report/json-events.ts';
import { regionSnapshotJson } from '../../report/json-region.ts';
import { answer, JSON_TYPE, type ServerState, toJson } from '../context.ts';
import { knownLabel } from '../data/presets.ts';
import type { RegionSince } from '../data/region-since.ts';
import { ApiError } from '../errors.ts';
import { regionInputs } from './region-params.ts';

/**
 * Every event of a built-in set on a region's SMB over the same window of the region's own trading days,
 * ranked, with the set's exact tests (`/api/event-set?region=R`; the metric is the region's SMB).
 */
export async function regionEventSet(
  c: Context,
  state: ServerState,
  o: { region: RegionId; set: string; window: [number, number]; center: 'zero' | 'history' },
): Promise<Response> {
  const r = await regionInputs(state, o.region);
  const key = `set|${o.region}|${o.set}|${o.window}|${o.center}`;
  return answer(c, state, key, JSON_TYPE, async () => {
    let cmp: ReturnType<typeof compareEvents>;
    try {
      cmp = compareEvents([{ name: `${r.label} SMB`, returns: r.rs, sign: 1 }], r.calendar, eventSet(o.set), {
        window: o.window,
        center: o.center === 'history' ? 'history' : 0,
      });
    } catch (err) {
      throw new ApiError(422, (err as Error).message, undefined, { cause: err });
    }
    const json = eventSetJson(cmp);
    return toJson({
      set: o.set,
      region: r.id,
      ...json,
      provenance: [seriesProvenance(r.smb)],
      conventions: {
        ...json.conventions,
        calendar: `${r.label}'s trading days (the dates of its French factor file), not NYSE sessions; in US dollars`,
      },
    });
  });
}

/** The CSV form of a regional returns-since answer: `#` lines with event, region and conventions, then rows. */
export function regionSinceCsv(r: RegionSince): string {
  const lines = [
    `# event ${r.event.eventDate} (news ${r.event.timing}); t0 ${r.event.t0}; base close ${r.event.baseDate}; ${r.region.label}'s trading days`,
    `# region ${r.region.id}: SMB (small minus big, French regional breakpoints) and market (Mkt-RF + RF), in US dollars`,
    `# sources: ${r.provenance.map(formatProvenance).join('; ')}`,
    `# values: ${r.conventions.path}`,
    'day,date,smb,market',
  ];
  const f = (v: number | null) => (v === null ? '' : String(v));
  const s = r.series;
  for (let i = 0; i < s.day.length; i++)
    lines.push(`${s.day[i]},${s.date[i]},${f(s.smb[i])},${f(s.market[i])}`);
  return `${lines.join('\n')}\n`;
}

/** The regional snapshot for /api/report?region=R (text, json and the rendered formats). */
export async function regionReportBody(
  state: ServerState,
  id: RegionId,
  event: string,
  timing: (typeof NEWS_TIMINGS)[number],
  format: string,
): Promise<string> {
  await regionInputs(state, id); // a missing region is a 404 naming the commands that add it
  const s = await regionReport(state.store, id, event, timing).catch((err: Error) => {
    throw new ApiError(422, err.message, 'event', { cause: err });
  });
  if (format === 'json') return toJson(regionSnapshotJson(s));
  if (format === 'text') {
    const { formatRegionSnapshot } = await import('../../report/region-text.ts');
    return `${formatRegionSnapshot(s)}\n`;
  }
  const [{ buildRegionReport }, { renderReport }] = await Promise.all([
    import('../../report/from-region.ts'),
    import('../../report/render.ts'),
  ]);
  const report = buildRegionReport(s, { region: id, eventName: knownLabel(event) });
  return renderReport(report, format === 'report-json' ? 'json' : (format as 'md' | 'html' | 'article'));
}
