/**
 * The web page: pick an event (a preset or any date), news timing, size scheme, weighting and window; read
 * the headline figures and findings; explore the charts; download CSV, JSON and the report. Talks only to
 * its own server (same origin), so it works offline.
 */
import { pp, signedPct } from '../../findings/format.ts';
import { type SinceSeries, sinceChart, spreadChart } from './charts.ts';
import { checkLines, recordSentence, studySentence, studySeries } from './extras.ts';
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
interface Since {
  event: { date: string; timing: string; t0: string; base: string };
  scheme: { id: string; small: string; large: string; weighting: string; label: string };
  window: { from: number; to: number; firstDate: string; lastDate: string };
  series: SinceSeries;
  summary: { small: number | null; large: number | null; spread: number | null };
  sources: { dataset: string; vintage: string | null }[];
  conventions: Record<string, string>;
  findings: string[];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const CUSTOM = 'custom';
let presets: Preset[] = [];
let seq = 0;

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

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

const fmt = (v: number | null) => (v === null ? 'n/a' : signedPct(v));
const fmtPp = (v: number | null) => (v === null ? 'n/a' : `${v >= 0 ? '+' : '−'}${pp(v, true)}`);

function list(id: string, items: string[]): void {
  $(id).replaceChildren(...items.map((t) => Object.assign(document.createElement('li'), { textContent: t })));
}

function render(r: Since): void {
  $('small-label').textContent = `Small: ${r.scheme.small}`;
  $('large-label').textContent = `Large: ${r.scheme.large}`;
  $('small-value').textContent = fmt(r.summary.small);
  $('large-value').textContent = fmt(r.summary.large);
  $('spread-value').textContent = fmtPp(r.summary.spread);
  $('period').textContent =
    `From the close of ${r.event.base} (base) to the close of ${r.window.lastDate} (day ${r.window.to}); t0 = ${r.event.t0}, news ${r.event.timing}.`;
  list('findings', r.findings);
  const width = Math.min(940, $('chart-since').clientWidth || 900);
  $('chart-since').replaceChildren(sinceChart(r.series, r.scheme.small, r.scheme.large, width));
  $('chart-spread').replaceChildren(spreadChart(r.series, width));
  list(
    'sources',
    r.sources.map((s) => `Source: ${s.dataset}${s.vintage ? ` (vintage ${s.vintage})` : ''}`),
  );
  list(
    'conventions',
    Object.entries(r.conventions).map(([k, v]) => `${k}: ${v}`),
  );
}

function links(q: URLSearchParams): void {
  const csv = new URLSearchParams(q);
  csv.set('format', 'csv');
  $<HTMLAnchorElement>('dl-csv').href = `/api/returns-since?${csv}`;
  $<HTMLAnchorElement>('dl-json').href = `/api/returns-since?${q}`;
  const rep = new URLSearchParams({ event: q.get('event') ?? '', timing: q.get('timing') ?? '' });
  for (const [id, format] of [
    ['dl-report', 'html'],
    ['dl-report-md', 'md'],
    ['dl-report-text', 'text'],
    ['dl-report-json', 'report-json'],
  ]) {
    $<HTMLAnchorElement>(id).href = `/api/report?${rep}&format=${format}`;
  }
}

async function compare(q: URLSearchParams, current: string): Promise<void> {
  const cq = new URLSearchParams({
    events: presets.map((p) => p.date).join(','),
    scheme: q.get('scheme') ?? '',
    weighting: q.get('weighting') ?? '',
    from: '0',
    to: String(Math.max(0, Number(q.get('to')))),
  });
  const r = await getJson<{
    events: {
      event: string;
      label: string | null;
      base: string | null;
      lastDate: string | null;
      small: number | null;
      large: number | null;
      spread: number | null;
      error: string | null;
    }[];
  }>(`/api/compare-events?${cq}`);
  const rows = r.events.map((e) => {
    const tr = document.createElement('tr');
    if (e.event === current) tr.className = 'current';
    const cells = [
      e.label ?? e.event,
      e.base ?? '',
      e.lastDate ?? '',
      fmt(e.small),
      fmt(e.large),
      fmtPp(e.spread),
    ];
    if (e.error) cells.splice(1, 5, '', '', '', '', 'no data');
    tr.replaceChildren(...cells.map((t) => Object.assign(document.createElement('td'), { textContent: t })));
    return tr;
  });
  document.querySelector('#compare tbody')?.replaceChildren(...rows);
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
    await Promise.all([compare(q, r.event.date), more]);
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
  $('controls').addEventListener('change', (e) => {
    if ((e.target as HTMLElement).id !== 'event') void update();
  });
  $('controls').addEventListener('submit', (e) => e.preventDefault());
  $('check-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const claim = $<HTMLInputElement>('claim').value.trim() || $<HTMLInputElement>('claim').placeholder;
    list('verdicts', ['checking…']);
    list('verdicts', await checkLines(claim, eventDate()));
  });
  await update();
}

void init();
