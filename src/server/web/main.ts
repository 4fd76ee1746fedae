/**
 * The web page: pick an event (a preset or any date), news timing, size scheme, weighting and window; read
 * the headline figures and findings; explore the charts; download CSV, JSON and the report. Talks only to
 * its own server (same origin), so it works offline.
 */
import { $, getJson, list } from './dom.ts';
import { checkRows, recordSentence, studySentence, studySeries } from './extras.ts';
import { compare, links, render, type Since } from './panels.ts';
import { showEventSet } from './set-chart.ts';
import './style.css';

interface Preset {
  id: string;
  date: string;
  timing: string;
  label: string;
}
interface Scheme {
  id: string;
  label: string;
  weightings: string[];
}

const CUSTOM = 'custom';
let presets: Preset[] = [];
let elections: string[] = [];
let seq = 0;

function eventDate(): string {
  const v = $<HTMLSelectElement>('event').value;
  return v === CUSTOM ? $<HTMLInputElement>('custom-date').value : v;
}

function query(): URLSearchParams {
  return new URLSearchParams({
    event: eventDate(),
    timing: $<HTMLSelectElement>('timing').value,
    scheme: $<HTMLSelectElement>('scheme').value,
    weighting: $<HTMLSelectElement>('weighting').value,
    from: $<HTMLInputElement>('from').value,
    to: $<HTMLInputElement>('to').value,
  });
}

async function update(): Promise<void> {
  const mine = ++seq;
  const q = query();
  history.replaceState(null, '', `?${q}`);
  links(q);
  document.body.classList.add('busy');
  try {
    const r = await getJson<Since>(`/api/returns-since?${q}`);
    if (mine !== seq) return;
    $('error').hidden = true;
    render(r);
    const more = Promise.all([
      studySentence({
        event: r.event.date,
        timing: r.event.timing,
        series: studySeries(r.scheme),
        to: r.window.to,
      }),
      recordSentence(r.event.t0.slice(0, 7)),
    ]).then((lines) => {
      if (mine === seq) list('more', lines);
    });
    await Promise.all([
      compare(presets, q, r.event.date),
      more,
      showEventSet(r.event.date, r.window.to, elections, () => mine === seq),
    ]);
  } catch (err) {
    if (mine !== seq) return;
    $('error').textContent = (err as Error).message;
    $('error').hidden = false;
  } finally {
    if (mine === seq) {
      document.body.classList.remove('busy');
      document.body.dataset.ready = String(mine);
    }
  }
}

async function init(): Promise<void> {
  const [ev, sc] = await Promise.all([
    getJson<{ events: Preset[]; sets: Record<string, Preset[]> }>('/api/events'),
    getJson<{ schemes: Scheme[] }>('/api/schemes'),
  ]);
  presets = ev.events;
  elections = (ev.sets?.elections ?? []).map((e) => e.date);
  const evSel = $<HTMLSelectElement>('event');
  for (const p of presets) evSel.add(new Option(`${p.label} (${p.date})`, p.date));
  for (const [name, events] of Object.entries(ev.sets ?? {})) {
    const group = Object.assign(document.createElement('optgroup'), { label: `All ${name}` });
    for (const e of events) {
      if (!presets.some((p) => p.date === e.date)) group.append(new Option(`${e.label} (${e.date})`, e.date));
    }
    if (group.children.length) evSel.append(group);
  }
  const all = [...presets, ...Object.values(ev.sets ?? {}).flat()];
  evSel.add(new Option('Another date…', CUSTOM));
  for (const s of sc.schemes) $<HTMLSelectElement>('scheme').add(new Option(s.label, s.id));
  const url = new URLSearchParams(location.search);
  const want = url.get('event') ?? '2016-11-08';
  if (all.some((p) => p.date === want)) evSel.value = want;
  else {
    evSel.value = CUSTOM;
    $<HTMLInputElement>('custom-date').value = want;
    $('custom-wrap').hidden = false;
  }
  for (const k of ['timing', 'scheme', 'weighting', 'from', 'to']) {
    const v = url.get(k);
    if (v !== null) $<HTMLInputElement>(k).value = v;
  }
  evSel.addEventListener('change', () => {
    $('custom-wrap').hidden = evSel.value !== CUSTOM;
    const p = all.find((x) => x.date === evSel.value);
    if (p) $<HTMLSelectElement>('timing').value = p.timing;
    if (evSel.value !== CUSTOM || $<HTMLInputElement>('custom-date').value) void update();
  });
  // Offer only the weightings the chosen scheme has (the indexes are cap-weighted).
  const weightings = () => {
    const scheme = sc.schemes.find((s) => s.id === $<HTMLSelectElement>('scheme').value);
    const sel = $<HTMLSelectElement>('weighting');
    for (const o of sel.options) o.disabled = !scheme?.weightings.includes(o.value);
    if (sel.selectedOptions[0]?.disabled) sel.value = 'value';
  };
  weightings();
  $('controls').addEventListener('change', (e) => {
    const id = (e.target as HTMLElement).id;
    if (id === 'scheme') weightings();
    if (id !== 'event') void update();
  });
  $('controls').addEventListener('submit', (e) => e.preventDefault());
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
  await update();
}

void init();
