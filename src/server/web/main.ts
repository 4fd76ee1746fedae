/**
 * The web page: the answer first (the lead sentence for the chosen event and window), then the controls,
 * the figures and charts, more findings, comparisons, downloads and sources. Each panel loads and fails on
 * its own; the URL holds the whole state. Talks only to its own server (same origin), so it works offline.
 */
import { cardHtml, showChart, status, wireCard } from './card.ts';
import type { ChartOut } from './charts.ts';
import { sinceChart, spreadChart } from './charts.ts';
import { loadCompare, parseDates } from './compare.ts';
import { $, getJson, list } from './dom.ts';
import { checkRows, studySentence, studySeries } from './extras.ts';
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
import { dateProblem, type PageState, readUrl, toQuery, windowProblem } from './state.ts';
import './style.css';

interface Preset {
  date: string;
  timing: string;
  label: string;
}
interface Scheme {
  id: string;
  label: string;
  small: string;
  large: string;
  weightings: string[];
  through: string | null;
  unavailable: { weighting: string; reason: string }[];
}

const CUSTOM = 'custom';
const CARDS = [
  ['card-since', 'Since the event', 'chart-since'],
  ['card-spread', 'Gap by day', 'chart-spread'],
  ['card-set', 'Every election', 'set-chart'],
  ['card-compare', 'Events compared', 'compare-chart'],
] as const;
let presets: Preset[] = [];
let sets: Record<string, Preset[]> = {};
let schemes: Scheme[] = [];
let seq = 0;
let loaded = false;
let state: PageState;
/** How each card redraws at a new width (charts resize to their container). */
const draws = new Map<string, (w: number) => ChartOut>();

const all = () => [...presets, ...Object.values(sets).flat()];
const labelOf = (date: string) => all().find((p) => p.date === date)?.label ?? date;
const widthOf = (card: string) => Math.max(280, Math.min(940, Math.floor($(card).clientWidth || 900)));

function draw(card: string, f: ((w: number) => ChartOut) | null): void {
  if (f) draws.set(card, f);
  else draws.delete(card);
  showChart(card, f ? f(widthOf(card)) : null);
}

function eventDate(): string {
  const v = $<HTMLSelectElement>('event').value;
  return v === CUSTOM ? $<HTMLInputElement>('custom-date').value.trim() : v;
}

function readControls(): PageState {
  return {
    event: eventDate(),
    timing: $<HTMLSelectElement>('timing').value,
    scheme: $<HTMLSelectElement>('scheme').value,
    weighting: $<HTMLSelectElement>('weighting').value,
    from: Number($<HTMLInputElement>('from').value),
    to: Number($<HTMLInputElement>('to').value),
    compare: state?.compare ?? [],
  };
}

/** Marks every panel stale (or, before any answer, unavailable) with the reason. */
function invalid(reason: string): void {
  const kind = loaded ? 'stale' : 'error';
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
    if (mine === seq) fail((err as Error).message);
  }
}

async function update(): Promise<void> {
  const mine = ++seq;
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
  state = s;
  const q = toQuery(s);
  history.replaceState(null, '', `?${q}`);
  describe(s, labelOf(s.event));
  links(q, null);
  const scheme = schemes.find((x) => x.id === s.scheme) ?? schemes[0];
  const names = plainNames(scheme);
  const used: { dataset: string; vintage: string | null; through?: string }[] = [];
  const conventions: Record<string, string> = {};
  document.body.classList.add('busy');
  const lq = new URLSearchParams(q);
  lq.delete('from');
  lq.delete('compare');
  lq.set('to', String(Math.max(0, s.to)));
  const setName = setOf(s.event, sets);
  $('card-set').hidden = !setName;
  await Promise.all([
    panel(
      async () => {
        if (s.to < 0)
          throw new Error(`the window ends on day ${s.to}, before the news: the lead covers days 0 to "to"`);
        const l = await getJson<Lead>(`/api/lead?${lq}`);
        if (mine !== seq) return;
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
        if (mine !== seq) return;
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
        if (mine !== seq) return;
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
        const dates = s.compare.length ? s.compare : presets.map((p) => p.date);
        $<HTMLInputElement>('compare-dates').value = dates.join(', ');
        const r = await loadCompare(dates, q, labelOf);
        if (mine !== seq) return;
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
        if (mine === seq) list('more', lines);
      },
      (m) => status('more-panel', { kind: 'error', text: m }),
      mine,
    ),
  ]);
  if (mine !== seq) return;
  sources(used, conventions);
  loaded = true;
  document.body.classList.remove('busy');
  document.body.dataset.ready = String(mine);
}

/** Fills the weighting list with what the scheme's data have, and says what is not offered. */
function weightings(asked?: string): void {
  const scheme = schemes.find((s) => s.id === $<HTMLSelectElement>('scheme').value);
  const sel = $<HTMLSelectElement>('weighting');
  const have = scheme?.weightings ?? ['value'];
  sel.replaceChildren(...have.map((w) => new Option(`${w}-weighted`, w)));
  const notes = (scheme?.unavailable ?? []).map(
    (u) => `${u.weighting[0].toUpperCase()}${u.weighting.slice(1)} weighting is not offered: ${u.reason}.`,
  );
  if (asked && !have.includes(asked))
    notes.unshift(
      `The link asked for ${asked} weighting, which these data do not have; showing ${have[0]}-weighted.`,
    );
  const through = scheme?.through;
  const mid = '2026-11-03';
  if (through && through <= mid)
    notes.push(`The 2026 midterms (Nov. 3, 2026) are not offered: these data stop on ${through}.`);
  $('form-note').textContent = notes.join(' ');
}

async function init(): Promise<void> {
  for (const [id, heading, testid] of CARDS)
    $('cards').insertAdjacentHTML('beforeend', cardHtml(id, heading, testid));
  for (const [id] of CARDS) wireCard(id, () => `capgap-${state?.event ?? 'event'}`);
  let ev: { events: Preset[]; sets: Record<string, Preset[]> };
  try {
    [ev, { schemes }] = await Promise.all([
      getJson<{ events: Preset[]; sets: Record<string, Preset[]> }>('/api/events'),
      getJson<{ schemes: Scheme[] }>('/api/schemes'),
    ]);
  } catch (err) {
    const m = `the list of events could not be loaded (${(err as Error).message}); reload the page to try again`;
    $('form-error').hidden = false;
    $('form-error').textContent = `Not available: ${m}.`;
    invalid(m);
    document.body.dataset.ready = 'failed';
    return;
  }
  presets = ev.events;
  sets = ev.sets ?? {};
  const evSel = $<HTMLSelectElement>('event');
  const presetGroup = Object.assign(document.createElement('optgroup'), { label: 'Presets' });
  for (const p of presets) presetGroup.append(new Option(`${p.label} (${p.date})`, p.date));
  evSel.append(presetGroup);
  for (const [name, events] of Object.entries(sets)) {
    const group = Object.assign(document.createElement('optgroup'), { label: `All ${name}` });
    for (const e of [...events].reverse())
      if (!presets.some((p) => p.date === e.date)) group.append(new Option(`${e.label} (${e.date})`, e.date));
    if (group.children.length) evSel.append(group);
  }
  // The 2026 midterms, once the data reach past them (weightings() says where the data stop otherwise).
  const reach =
    schemes
      .map((x) => x.through ?? '')
      .sort()
      .at(-1) ?? '';
  if (reach > '2026-11-04' && !all().some((p) => p.date === '2026-11-03'))
    evSel.add(new Option('2026 midterm elections (2026-11-03)', '2026-11-03'));
  evSel.add(new Option('Another date…', CUSTOM));
  for (const s of schemes) $<HTMLSelectElement>('scheme').add(new Option(s.label, s.id));
  const url = readUrl(location.search);
  if (all().some((p) => p.date === url.event)) evSel.value = url.event;
  else {
    evSel.value = CUSTOM;
    $('custom-wrap').hidden = false;
  }
  // What the user typed stays in the box, right or wrong.
  $<HTMLInputElement>('custom-date').value = evSel.value === CUSTOM ? url.event : '';
  if (schemes.some((s) => s.id === url.scheme)) $<HTMLSelectElement>('scheme').value = url.scheme;
  weightings(url.weighting);
  if ([...$<HTMLSelectElement>('weighting').options].some((o) => o.value === url.weighting))
    $<HTMLSelectElement>('weighting').value = url.weighting;
  const preset = all().find((p) => p.date === url.event);
  $<HTMLSelectElement>('timing').value = url.timing || preset?.timing || 'after-close';
  $<HTMLInputElement>('from').value = url.raw.from;
  $<HTMLInputElement>('to').value = url.raw.to;
  state = { ...readControls(), compare: url.compare };

  // The event list commits on change by mouse, or on Enter/blur after arrow keys (not on every arrow key).
  let keyed = false;
  let pending = false;
  const commitEvent = () => {
    pending = false;
    $('custom-wrap').hidden = evSel.value !== CUSTOM;
    const p = all().find((x) => x.date === evSel.value);
    if (p) $<HTMLSelectElement>('timing').value = p.timing;
    if (evSel.value === CUSTOM) $<HTMLInputElement>('custom-date').focus();
    else void update();
  };
  evSel.addEventListener('keydown', (e) => {
    if (/^(Arrow|Page|Home|End)/.test(e.key)) keyed = true;
    if (e.key === 'Enter' && (pending || evSel.value !== state.event)) {
      e.preventDefault();
      commitEvent();
    }
  });
  evSel.addEventListener('change', () => {
    if (keyed) {
      keyed = false;
      pending = true;
      return;
    }
    commitEvent();
  });
  evSel.addEventListener('blur', () => {
    if (pending || (evSel.value !== state.event && evSel.value !== CUSTOM)) commitEvent();
  });
  $('controls').addEventListener('change', (e) => {
    const id = (e.target as HTMLElement).id;
    if (id === 'event') return;
    if (id === 'scheme') weightings();
    void update();
  });
  $('controls').addEventListener('submit', (e) => {
    e.preventDefault();
    void update();
  });
  const compareWith = (dates: string[]) => {
    state.compare = dates;
    void update();
  };
  $('compare-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const { dates, problem } = parseDates($<HTMLInputElement>('compare-dates').value);
    if (problem) status('compare-panel', { kind: 'error', text: problem });
    else compareWith(dates);
  });
  $('compare-presets').addEventListener('click', () => compareWith(presets.map((p) => p.date)));
  $('compare-elections').addEventListener('click', () =>
    compareWith((sets.elections ?? []).slice(-6).map((e) => e.date)),
  );
  $('check-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const claim = $<HTMLTextAreaElement>('claim').value.trim() || $<HTMLTextAreaElement>('claim').placeholder;
    const body = $('verdicts').querySelector('tbody') as HTMLTableSectionElement;
    const tr = (cells: string[]) => {
      const row = document.createElement('tr');
      row.append(...cells.map((t) => Object.assign(document.createElement('td'), { textContent: t })));
      return row;
    };
    body.replaceChildren(tr(['', 'checking…', '', '']));
    const rows = await checkRows(claim, eventDate());
    body.replaceChildren(...rows.map((r) => tr([r.sentence, r.verdict, r.detail, r.command])));
  });
  // Charts follow their container's width.
  let last = 0;
  new ResizeObserver(() => {
    const w = widthOf('card-since');
    if (Math.abs(w - last) < 8) return;
    last = w;
    for (const [card, f] of draws) showChart(card, f(widthOf(card)));
  }).observe($('cards'));
  await update();
}

void init();
