/**
 * The web page: the answer first (the lead sentence for the chosen event and window), then the controls,
 * the figures and charts, more findings, comparisons, downloads and sources. Each panel loads and fails on
 * its own (update.ts); the URL holds the whole state (state.ts). Talks only to its own server (same origin),
 * so it works offline. This file starts the page: it loads what the API offers and wires the controls.
 */
import { cardHtml, showChart, status, wireCard } from './card.ts';
import { checkArticle } from './checker.ts';
import { parseDates } from './compare.ts';
import { adoptTyped, applyRegion, fillEvents, fillRegions, weightings, wireEventList } from './controls.ts';
import { $, getJson } from './dom.ts';
import { CARDS, type Preset, page, type RegionOffer, type Scheme, widthOf } from './page.ts';
import { applyUrl, urlCompare } from './restore.ts';
import { onRetry, showRetry, wireRetry } from './retry.ts';
import { wireShare } from './share.ts';
import { dateProblem } from './state.ts';
import { eventDate, invalid, readControls, update } from './update.ts';
import './style.css';
import './answer.css';
import './panels.css';
import './tables.css';
import './check.css';
import './print.css';

type Regions = { regions: RegionOffer[]; sets: Record<string, { name: string; events: Preset[] }> };

/** Loads the events, schemes and regions; false (with the reason on the page) when the events cannot be had. */
async function offered(): Promise<boolean> {
  // Without the list of regions the page still answers for the US (and says so).
  const regions = getJson<Regions>('/api/regions').catch((err: Error) => err);
  try {
    const [ev, sc] = await Promise.all([
      getJson<{ events: Preset[]; sets: Record<string, Preset[]> }>('/api/events'),
      getJson<{ schemes: Scheme[] }>('/api/schemes'),
    ]);
    page.presets = ev.events;
    page.sets = ev.sets ?? {};
    page.usSets = page.sets;
    page.schemes = sc.schemes;
  } catch (err) {
    const m = `the list of events could not be loaded (${(err as Error).message}); reload the page to try again`;
    $('form-error').hidden = false;
    $('form-error').textContent = `Not available: ${m}.`;
    invalid(m);
    showRetry((err as Error).message);
    document.body.dataset.ready = 'failed';
    document.body.dataset.requested = 'failed';
    return false;
  }
  const r = await regions;
  if (r instanceof Error) {
    $('region-note').hidden = false;
    $('region-note').textContent =
      `Only the US is offered: the list of regions could not be loaded (${r.message}).`;
  } else {
    page.regions = r.regions;
    page.regionSets = r.sets;
  }
  return true;
}

/** The compare and check forms. */
function wireForms(): void {
  const compareWith = (dates: string[]) => {
    page.state.compare = dates;
    void update();
  };
  $('compare-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const { dates, problem } = parseDates($<HTMLInputElement>('compare-dates').value);
    if (problem) status('compare-panel', { kind: 'error', text: problem });
    else compareWith(dates);
  });
  $('compare-presets').addEventListener('click', () => compareWith(page.presets.map((p) => p.date)));
  $('compare-elections').addEventListener('click', () =>
    compareWith((page.sets.elections ?? []).slice(-6).map((e) => e.date)),
  );
  $('check-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $<HTMLTextAreaElement>('claim').value.trim();
    const to = $<HTMLInputElement>('check-to').value.trim();
    const problem = to ? dateProblem(to) : null;
    $('check-to').setAttribute('aria-invalid', String(!!problem));
    if (problem) {
      status('check-panel', { kind: 'error', text: `the article date ${problem}` });
      return;
    }
    const event = $<HTMLInputElement>('check-event').checked ? eventDate() : undefined;
    void checkArticle(text, { event, to: to || undefined });
  });
}

async function init(): Promise<void> {
  wireRetry();
  wireShare();
  // The first chart stands beside the answer (above the fold); the others follow the controls.
  for (const [id, heading, testid] of CARDS)
    $(id === 'card-since' ? 'first-chart' : 'cards').insertAdjacentHTML(
      'beforeend',
      cardHtml(id, heading, testid),
    );
  for (const [id] of CARDS) wireCard(id, () => `capgap-${page.state?.event ?? 'event'}`);
  if (!(await offered())) return;
  fillEvents();
  for (const s of page.schemes) $<HTMLSelectElement>('scheme').add(new Option(s.label, s.id));
  fillRegions();
  applyUrl(location.search);
  page.state = { ...readControls(), compare: urlCompare(location.search) };

  onRetry(() => void update({ history: 'none' }));
  wireEventList();
  $('controls').addEventListener('change', (e) => {
    const id = (e.target as HTMLElement).id;
    if (id === 'event') return;
    if (id === 'custom-date') adoptTyped();
    if (id === 'scheme') weightings();
    if (id === 'region') applyRegion($<HTMLSelectElement>('region').value);
    void update();
  });
  $('controls').addEventListener('submit', (e) => {
    e.preventDefault();
    adoptTyped();
    void update();
  });
  wireForms();
  // Charts follow their container's width.
  const last = new Map<string, number>();
  const resized = new ResizeObserver(() => {
    for (const [card, f] of page.draws) {
      const w = widthOf(card);
      if (Math.abs(w - (last.get(card) ?? 0)) < 8) continue;
      last.set(card, w);
      showChart(card, f(w));
    }
  });
  resized.observe($('cards'));
  resized.observe($('first-chart'));
  // Back and forward restore the state their address holds.
  addEventListener('popstate', () => {
    applyUrl(location.search);
    page.state = { ...readControls(), compare: urlCompare(location.search) };
    void update({ history: 'none' });
  });
  await update({ history: 'replace' });
}

void init();
