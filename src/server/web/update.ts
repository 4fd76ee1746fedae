/**
 * One answer of the page: reads the controls, checks them, puts the state in the URL, then runs every panel
 * (lead, figures and charts, the set, the comparison, more findings) on its own; a panel's failure is its own.
 */
import { status } from './card.ts';
import { sinceChart, spreadChart } from './charts.ts';
import { loadCompare } from './compare.ts';
import { $, getJson, list } from './dom.ts';
import { studySentence, studySeries } from './extras.ts';
import { CARDS, CUSTOM, draw, labelOf, page } from './page.ts';
import {
  clearFigures,
  clearLead,
  type Lead,
  links,
  plainNames,
  type Since,
  showFigures,
  showLead,
  sources,
} from './panels.ts';
import { eventSetChart, setOf } from './set-chart.ts';
import { dateProblem, type PageState, toQuery, windowProblem } from './state.ts';

/** The event date chosen (from the list or typed). */
export function eventDate(): string {
  const v = $<HTMLSelectElement>('event').value;
  return v === CUSTOM ? $<HTMLInputElement>('custom-date').value.trim() : v;
}

/** The state the controls show. */
export function readControls(): PageState {
  return {
    event: eventDate(),
    timing: $<HTMLSelectElement>('timing').value,
    scheme: $<HTMLSelectElement>('scheme').value,
    weighting: $<HTMLSelectElement>('weighting').value,
    from: Number($<HTMLInputElement>('from').value),
    to: Number($<HTMLInputElement>('to').value),
    compare: page.state?.compare ?? [],
  };
}

/** Marks every panel stale (or, before any answer, unavailable) with the reason. */
export function invalid(reason: string): void {
  const kind = page.loaded ? 'stale' : 'error';
  clearLead(reason, kind);
  clearFigures(reason, kind);
  for (const [card] of CARDS) status(card, { kind, text: reason });
  status('compare-panel', { kind, text: reason });
}

/** Title and share tags name the event and window. */
function describe(s: PageState, name: string): void {
  const t = `${name}: small vs large caps, days ${s.from} to ${s.to} · capgap`;
  document.title = t;
  document.querySelector('meta[property="og:title"]')?.setAttribute('content', t);
  document.querySelector('meta[property="og:url"]')?.setAttribute('content', location.href);
}

/** Runs one panel; its failure is its own (the others still show their answers). */
async function panel(run: () => Promise<void>, fail: (msg: string) => void, mine: number): Promise<void> {
  try {
    await run();
  } catch (err) {
    if (mine === page.seq) fail((err as Error).message);
  }
}

/** Runs every panel for the controls' state (or marks them out of date when the state is not valid). */
export async function update(): Promise<void> {
  const mine = ++page.seq;
  document.body.dataset.requested = String(mine);
  const s = readControls();
  const problem = dateProblem(s.event) ?? windowProblem(s.from, s.to);
  $('custom-date').setAttribute('aria-invalid', String(!!dateProblem(s.event)));
  $('form-error').hidden = !problem;
  $('form-error').textContent = problem ? `Not updated: ${problem}.` : '';
  if (problem) {
    invalid(problem);
    document.body.dataset.ready = String(mine);
    return;
  }
  page.state = s;
  const q = toQuery(s);
  history.replaceState(null, '', `?${q}`);
  describe(s, labelOf(s.event));
  links(q, null);
  const scheme = page.schemes.find((x) => x.id === s.scheme) ?? page.schemes[0];
  const names = plainNames(scheme);
  const used: { dataset: string; vintage: string | null; through?: string }[] = [];
  const conventions: Record<string, string> = {};
  document.body.classList.add('busy');
  const lq = new URLSearchParams(q);
  lq.delete('from');
  lq.delete('compare');
  lq.set('to', String(Math.max(0, s.to)));
  const setName = setOf(s.event, page.sets);
  $('card-set').hidden = !setName;
  await Promise.all([
    panel(
      async () => {
        if (s.to < 0)
          throw new Error(`the window ends on day ${s.to}, before the news: the lead covers days 0 to "to"`);
        const l = await getJson<Lead>(`/api/lead?${lq}`);
        if (mine !== page.seq) return;
        showLead(l);
        describe(s, l.event.name);
        used.push(...l.series.map((x) => ({ dataset: x.dataset, vintage: x.vintage, through: x.through })));
        Object.assign(conventions, l.conventions);
      },
      (m) => clearLead(m),
      mine,
    ),
    panel(
      async () => {
        const r = await getJson<Since>(`/api/returns-since?${q}`);
        if (mine !== page.seq) return;
        showFigures(r);
        links(q, r.window.lastDate);
        const src = `Source: ${r.sources.map((x) => `${x.dataset}${x.vintage ? ` (${x.vintage})` : ''}`).join('; ')}; days ${r.window.from} to ${r.window.to} = ${r.window.firstDate} to ${r.window.lastDate}${r.window.cut ? ' (cut at the data’s end)' : ''}; data through ${r.window.dataThrough ?? r.window.lastDate}. Chart: capgap.`;
        draw('card-since', (w) => sinceChart(r.series, names, w, src));
        draw('card-spread', (w) => spreadChart(r.series, names, w, src));
        for (const c of ['card-since', 'card-spread'])
          status(c, r.window.cut ? { kind: 'info', text: r.window.cut } : null);
        used.push(...r.sources);
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
        status(
          'card-set',
          s.to > 250 ? { kind: 'info', text: 'The set is compared over days 0 to 250 at most.' } : null,
        );
        draw('card-set', r.draw);
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
        const r = await loadCompare(dates, q, labelOf);
        if (mine !== page.seq) return;
        draw('card-compare', r.draw);
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
        const lines = await Promise.all([
          studySentence({
            event: s.event,
            timing: s.timing,
            series: studySeries(scheme),
            name: names.small,
            to: Math.max(0, s.to),
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
        if (mine === page.seq) list('more', lines);
      },
      (m) => status('more-panel', { kind: 'error', text: m }),
      mine,
    ),
  ]);
  if (mine !== page.seq) return;
  sources(used, conventions);
  page.loaded = true;
  document.body.classList.remove('busy');
  document.body.dataset.ready = String(mine);
}
