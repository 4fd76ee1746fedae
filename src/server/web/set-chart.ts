/**
 * The event-set card: every event of the chosen event's set (presidential or midterm elections, Fed rate
 * decisions) on the same window [0, to] and the same legs as the page, ranked (from /api/event-set, NYSE
 * calendar), the chosen one highlighted. Hidden when the event is in no set; says why when the store lacks
 * the series.
 */

import { formatProvenance, type Provenance } from '../../provenance.ts';
import type { ChartOut } from './chart-out.ts';
import { getJson } from './dom.ts';
import { WHEN } from './period.ts';
import type { QueryRef } from './query-line.ts';
import { type SetRow, setChart } from './ranked-chart.ts';

/** The US event sets the page ranks an event among, and their names. */
export const US_SETS: Record<string, string> = {
  elections: 'US presidential elections',
  midterms: 'US midterm elections',
  fomc: 'Fed rate decisions',
};

/**
 * A Fed decision's row label in the ranked chart: its date and move, since several share a label ("2024 Fed
 * rate cut (25 bp)" three times); the table keeps the whole label.
 * @example fedLabel('2020 Fed rate cut (100 bp, unscheduled)', '2020-03-15') // '2020-03-15 cut 100 bp'
 */
export function fedLabel(label: string, date: string): string {
  const m = /Fed rate (cut|hike)(?: \((\d+ bp))?/.exec(label);
  return m ? `${date} ${m[1]}${m[2] ? ` ${m[2]}` : ''}` : date;
}

const bare = (name: string) => name.replace(/ \(NYSE breakpoints\)$/, '');

/** The metric of a scheme's two legs as /api/event-set reads it. */
export function setMetric(scheme: { id: string; small: string; large: string }): string {
  return scheme.id === 'indexes'
    ? `${scheme.small} - ${scheme.large}`
    : `french:${scheme.small} - french:${scheme.large}`;
}

/**
 * The set card's note, or null: the set is compared over days 0 to 250 at most, and it ranks each event with
 * its own news timing (`own`), so when the page reads the news at another time the chosen event's bar is not
 * the answer above.
 * @example setNote({ to: 2, timing: 'intraday' }, 'after-close')?.text // 'Each event is ranked with its news after the close, …'
 */
export function setNote(
  s: { to: number; timing: string },
  own: string | undefined,
): { kind: 'info'; text: string } | null {
  const notes: string[] = [];
  if (s.to > 250) notes.push('The set is compared over days 0 to 250 at most.');
  if (own && own !== s.timing)
    notes.push(
      `Each event is ranked with its news ${WHEN[own] ?? own}, as the set dates it; the answer above reads the news ${WHEN[s.timing] ?? s.timing}, so its numbers differ from this chart's bar.`,
    );
  return notes.length ? { kind: 'info', text: notes.join(' ') } : null;
}

/** The set holding the event date, if any. */
export function setOf(event: string, sets: Record<string, { date: string }[]>): string | null {
  for (const name of Object.keys(US_SETS)) if (sets[name]?.some((e) => e.date === event)) return name;
  return null;
}

/**
 * Fetches and draws the set's chart; the chart's source line names each leg's dataset and the set's window.
 * @example (await eventSetChart('elections', '2016-11-08', 2, scheme, names)).draw(720)
 */
export async function eventSetChart(
  set: string,
  event: string,
  to: number,
  scheme: { id: string; small: string; large: string },
  names: { small: string; large: string },
): Promise<{ draw: (width: number) => ChartOut; sources: string[]; skipped: number; query: QueryRef }> {
  const end = Math.max(0, Math.min(250, to));
  const q = new URLSearchParams({ set, metric: setMetric(scheme), from: '0', to: String(end) });
  const r = await getJson<{
    rows: SetRow[];
    skipped: { label: string; reason: string }[];
    provenance: Provenance[];
    history: { to: string };
  }>(`/api/event-set?${q}`);
  const n = end + 1;
  const sources = r.provenance.map(formatProvenance);
  const rows = set === 'fomc' ? r.rows.map((x) => ({ ...x, short: fedLabel(x.label, x.eventDate) })) : r.rows;
  const draw = (width: number) =>
    setChart(rows, event, {
      title: `Every ${US_SETS[set]?.replace(/s$/, '') ?? set}: ${bare(names.small)} minus ${bare(names.large)}, first ${n === 1 ? 'session' : `${n} sessions`}`,
      width,
      source: `Source: ${sources.join(' · ')}. Days 0 to ${end} after each event, NYSE calendar; data through ${r.history.to}.${r.skipped.length ? ` Not shown (outside the data): ${r.skipped.length}.` : ''} Chart: capgap.`,
    });
  const query = {
    url: `/api/event-set?${q}`,
    range: `days 0 to ${end} after each event, through ${r.history.to}`,
  };
  return { draw, sources, skipped: r.skipped.length, query };
}

/**
 * Every event of a set on a region's SMB over days [0, to] of the region's own trading days, ranked
 * (/api/event-set?region=R), the chosen one highlighted: "did the US election move European small caps?".
 * @example (await regionSetChart('uk-elections', 'UK general elections', '2017-06-08', 2, { id: 'europe', label: 'Europe' })).draw(720)
 */
export async function regionSetChart(
  set: string,
  setLabel: string,
  event: string,
  to: number,
  region: { id: string; label: string },
): Promise<{ draw: (width: number) => ChartOut; query: QueryRef }> {
  const end = Math.max(0, Math.min(250, to));
  const q = new URLSearchParams({ set, region: region.id, from: '0', to: String(end) });
  const r = await getJson<{
    rows: SetRow[];
    skipped: { label: string; reason: string }[];
    provenance: Provenance[];
    history: { to: string };
  }>(`/api/event-set?${q}`);
  const n = end + 1;
  // '2017 UK general election (hung parliament; May)' → '2017 (hung parliament; May)': the title names the set.
  const rows = r.rows.map((x) => ({
    ...x,
    label: x.label.replace(
      / (UK general election|French presidential election, second round|German federal election)/,
      '',
    ),
    ...(set === 'fomc' ? { short: fedLabel(x.label, x.eventDate) } : {}),
  }));
  const draw = (width: number) =>
    setChart(rows, event, {
      title: `${setLabel}: ${region.label} small minus big (SMB, in US dollars), first ${n === 1 ? 'session' : `${n} sessions`}`,
      width,
      source: `Source: ${r.provenance.map(formatProvenance).join(' · ')}. Days 0 to ${end} after each event on ${region.label}'s trading days, in US dollars; data through ${r.history.to}.${r.skipped.length ? ` Not shown (outside the data): ${r.skipped.length}.` : ''} Chart: capgap.`,
    });
  return {
    draw,
    query: {
      url: `/api/event-set?${q}`,
      range: `days 0 to ${end} after each event, through ${r.history.to}`,
    },
  };
}
