/**
 * The US panels of one update: the figures of the window and their two charts (size legs, /api/returns-since),
 * every event of the set ranked (/api/event-set), several events compared, and the event study.
 */

import { vintageText } from '../../provenance.ts';
import { type Since, sourceNames } from './answers.ts';
import { status } from './card.ts';
import { loadCompare } from './compare.ts';
import { coverageProblem } from './coverage.ts';
import { $, getJson, list } from './dom.ts';
import { links } from './downloads.ts';
import { studyGap, studySentence, studySeries } from './extras.ts';
import { clearFigures, plainNames, showFigures } from './figures-panel.ts';
import { draw, labelOf, page } from './page.ts';
import { queryLine } from './query-line.ts';
import { panel, type Run, sinceQuery } from './run.ts';
import { eventSetChart, setNote, setOf } from './set-chart.ts';
import { sinceChart, spreadChart } from './since-charts.ts';

/** Starts the US panels; resolves when all have answered or failed. */
export function usPanels(run: Run): Promise<void>[] {
  const { s, q, mine, used, conventions } = run;
  const scheme = page.schemes.find((x) => x.id === s.scheme) ?? page.schemes[0];
  const names = plainNames(scheme);
  const setName = setOf(s.event, page.sets);
  $('card-set').hidden = !setName;
  // What a regional answer changed (region-panels.ts) is put back.
  $('card-compare').hidden = false;
  $('compare-panel').hidden = false;
  ($('large-label').parentElement as HTMLElement).hidden = false;
  $('spread-label').textContent = 'Gap, small minus large';
  return [
    panel(
      async () => {
        const r = await getJson<Since>(`/api/returns-since?${sinceQuery(q)}`);
        if (mine !== page.seq) return;
        showFigures(r);
        links(q, r.endDate);
        const src = `Source: ${sourceNames(r.provenance).join('; ')}; days ${r.window.from} to ${r.window.to} = ${r.startDate} to ${r.endDate}${r.cut ? ' (cut at the data’s end)' : ''}; data through ${r.dataThrough ?? r.endDate}. Chart: capgap.`;
        const query = { url: `/api/returns-since?${sinceQuery(q)}`, range: `${r.startDate} to ${r.endDate}` };
        queryLine('figures-query', query);
        draw('card-since', (w) => sinceChart(r.series, names, w, src), query);
        draw('card-spread', (w) => spreadChart(r.series, names, w, src), query);
        for (const c of ['card-since', 'card-spread'])
          status(c, r.cut ? { kind: 'info', text: r.cut } : null);
        used.push(...r.provenance.map((x) => ({ dataset: x.dataset, vintage: vintageText(x) })));
        Object.assign(conventions, r.conventions);
      },
      (m) => {
        clearFigures(m);
        for (const c of ['card-since', 'card-spread']) {
          draw(c, null);
          status(c, { kind: 'error', text: m });
        }
      },
      mine,
    ),
    panel(
      async () => {
        if (!setName) return;
        status('card-set', { kind: 'info', text: 'Loading every event of the set…' });
        const r = await eventSetChart(setName, s.event, s.to, scheme, names);
        if (mine !== page.seq) return;
        status('card-set', setNote(s, page.sets[setName].find((e) => e.date === s.event)?.timing));
        draw('card-set', r.draw, r.query);
      },
      (m) => {
        draw('card-set', null);
        status('card-set', { kind: 'error', text: m });
      },
      mine,
    ),
    panel(
      async () => {
        const dates = s.compare.length ? s.compare : page.presets.map((p) => p.date);
        $<HTMLInputElement>('compare-dates').value = dates.join(', ');
        const r = await loadCompare(dates, q, labelOf, (d) => coverageProblem({ ...s, event: d }, page));
        if (mine !== page.seq) return;
        $('compare-caption').textContent =
          `${names.small} and ${names.large} over days 0 to ${Math.max(0, s.to)} after each event, each from its own base close (${s.weighting}-weighted)`;
        draw('card-compare', r.draw, r.query);
        if (!r.draw)
          status('card-compare', { kind: 'error', text: 'none of the events has data for this window' });
        else status('card-compare', null);
      },
      (m) => {
        draw('card-compare', null);
        status('card-compare', { kind: 'error', text: m });
        status('compare-panel', { kind: 'error', text: m });
      },
      mine,
    ),
    panel(
      async () => {
        // The study is asked only when the data hold its window (the lead's last session) and estimation.
        const endDate = await run.leadEnd;
        if (mine !== page.seq) return;
        const french = page.schemes.find((x) => x.kind === 'french' && x.through);
        const gap = endDate
          ? studyGap({ event: s.event, endDate, seriesFrom: scheme.from, marketThrough: french?.through })
          : 'not computed: the answer above is not available for this choice';
        if (gap) {
          queryLine('more-query', null);
          list('more', [`Event study ${gap}.`]);
          status('more-panel', null);
          return;
        }
        const lines = await Promise.all([
          studySentence({
            event: s.event,
            timing: s.timing,
            series: studySeries(scheme),
            name: names.small,
            to: Math.max(0, s.to),
            query: (x) => queryLine('more-query', x),
            sources: (x) =>
              used.push(
                ...x.map((d) => {
                  // 'dataset daily, vintage' (src/queries/series.ts) → the same key as the other panels'.
                  const m = /^(.*?)(?: daily)?, (.+)$/.exec(d);
                  return { dataset: m ? m[1] : d, vintage: m ? m[2] : null };
                }),
              ),
          }),
        ]);
        if (mine === page.seq) {
          list('more', lines);
          status('more-panel', null);
        }
      },
      (m) => status('more-panel', { kind: 'error', text: m }),
      mine,
    ),
  ];
}
