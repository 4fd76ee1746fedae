/**
 * The panels of one update when a region other than the US is chosen: the figures of the window (the
 * region's market and SMB since the base close, on its own trading days, in US dollars) with their two
 * charts, and "more findings": the regional report's sentences over 1, 3, 5 and 20 sessions (the findings'
 * own words, from /api/report?region=R), and every event of the event's set on the region's SMB (a regional
 * set, else a US one). The compare card (US size portfolios) is hidden; the side-by-side panel compares
 * markets.
 */

import { vintageText } from '../../provenance.ts';
import { type Provenance, sourceNames } from './answers.ts';
import { status } from './card.ts';
import { $, fmt, fmtPp, getJson, list } from './dom.ts';
import { links } from './downloads.ts';
import { clearFigures } from './figures-panel.ts';
import { draw, page } from './page.ts';
import { periodText } from './period.ts';
import { queryLine } from './query-line.ts';
import { current, panel, type Run, sinceQuery } from './run.ts';
import { regionSetChart, setNote, US_SETS } from './set-chart.ts';
import { sinceChart, spreadChart } from './since-charts.ts';

/** A regional /api/returns-since answer as the page reads it. */
interface RegionSince {
  region: { id: string; label: string };
  event: { eventDate: string; timing: string; t0: string; baseDate: string };
  /** Days relative to t0 on the region's trading days, the sessions of the first and last, the cut. */
  window: { from: number; to: number };
  startDate: string;
  endDate: string;
  cut: string | null;
  dataThrough: string;
  series: { day: number[]; date: string[]; smb: (number | null)[]; market: (number | null)[] };
  summary: { smb: number | null; market: number | null };
  provenance: Provenance[];
  conventions: Record<string, string>;
}

function showFigures(r: RegionSince): void {
  const label = r.region.label;
  status('figures', r.cut ? { kind: 'info', text: `Cut at the data's end: ${r.cut}.` } : null);
  $('small-label').textContent = `${label} market (in US dollars)`;
  $('small-value').textContent = fmt(r.summary.market);
  ($('large-label').parentElement as HTMLElement).hidden = true;
  $('spread-label').textContent = `Gap, small minus big (SMB, ${label}, in US dollars)`;
  $('spread-value').textContent = fmtPp(r.summary.smb);
  $('period').textContent = periodText({
    base: r.event.baseDate,
    t0: r.event.t0,
    lastDate: r.endDate,
    to: r.window.to,
    timing: r.event.timing,
    days: `${label}'s trading days`,
  });
}

/** Starts the regional panels. */
export function regionPanels(run: Run): Promise<void>[] {
  const { s, q, used, conventions } = run;
  $('card-compare').hidden = true;
  $('compare-panel').hidden = true;
  const label = page.regions.find((r) => r.id === s.region)?.label ?? s.region;
  // The event's set read on the region: a regional set first, else a US one (not Brexit, a set of one):
  // "did a US election, or a Fed decision, move small caps abroad?".
  const setId =
    Object.keys(page.regionSets).find(
      (k) => k !== 'brexit' && page.regionSets[k].events.some((e) => e.date === s.event),
    ) ?? Object.keys(US_SETS).find((k) => page.usSets[k]?.some((e) => e.date === s.event));
  $('card-set').hidden = !setId;
  const setLabel = setId ? (page.regionSets[setId]?.name ?? US_SETS[setId]) : '';
  return [
    panel(
      async () => {
        if (!setId) return;
        status('card-set', { kind: 'info', text: 'Loading every event of the set…' });
        const r = await regionSetChart(setId, setLabel, s.event, s.to, { id: s.region, label });
        if (!current(run)) return;
        const own = (page.regionSets[setId]?.events ?? page.usSets[setId] ?? []).find(
          (e) => e.date === s.event,
        )?.timing;
        status('card-set', setNote(s, own));
        draw('card-set', r.draw, r.query);
      },
      (m) => {
        draw('card-set', null);
        status('card-set', { kind: 'error', text: m });
      },
      run.mine,
    ),
    panel(
      async () => {
        const r = await getJson<RegionSince>(`/api/returns-since?${sinceQuery(q)}`);
        if (!current(run)) return;
        showFigures(r);
        links(q, r.endDate);
        const src = `Source: ${sourceNames(r.provenance).join('; ')}, in US dollars; days ${r.window.from} to ${r.window.to} = ${r.startDate} to ${r.endDate} on ${label}'s trading days${r.cut ? ' (cut at the data’s end)' : ''}; data through ${r.dataThrough}. Chart: capgap.`;
        const legs = {
          day: r.series.day,
          date: r.series.date,
          small: r.series.smb,
          large: r.series.market,
          spread: r.series.smb,
        };
        const query = { url: `/api/returns-since?${sinceQuery(q)}`, range: `${r.startDate} to ${r.endDate}` };
        queryLine('figures-query', query);
        draw(
          'card-since',
          (w) =>
            sinceChart(legs, { small: `${label} SMB (small minus big)`, large: `${label} market` }, w, src),
          query,
        );
        draw(
          'card-spread',
          (w) => spreadChart(legs, { small: `${label} small caps`, large: 'large caps (SMB)' }, w, src),
          query,
        );
        for (const c of ['card-since', 'card-spread'])
          status(c, r.cut ? { kind: 'info', text: r.cut } : null);
        used.push(
          ...r.provenance.map((x) => ({
            dataset: x.dataset,
            vintage: vintageText(x),
            through: r.dataThrough,
          })),
        );
        Object.assign(conventions, r.conventions);
      },
      (m) => {
        clearFigures(m);
        for (const c of ['card-since', 'card-spread']) {
          draw(c, null);
          status(c, { kind: 'error', text: m });
        }
      },
      run.mine,
    ),
    panel(
      async () => {
        const rq = new URLSearchParams({
          event: s.event,
          region: s.region,
          timing: s.timing,
          format: 'report-json',
        });
        const r = await getJson<{ sentences: { text: string }[] }>(`/api/report?${rq}`);
        if (!current(run)) return;
        list(
          'more',
          r.sentences.map((x) => x.text),
        );
        queryLine('more-query', { url: `/api/report?${rq}`, range: 'each sentence names its own dates' });
        status('more-panel', null);
      },
      (m) => status('more-panel', { kind: 'error', text: m }),
      run.mine,
    ),
  ];
}
