/**
 * One answer of the page: reads the controls, checks them, puts the state in the URL, then runs every panel
 * (the lead, then the US or the regional panels) on its own; a panel's failure is its own.
 */

import type { Lead } from './answers.ts';
import { status } from './card.ts';
import { coverageProblem } from './coverage.ts';
import { $, getJson } from './dom.ts';
import { links } from './downloads.ts';
import { clearFigures } from './figures-panel.ts';
import { type PageFlag, showFlags } from './flags.ts';
import { showFlowsLine } from './flows-line.ts';
import { clearLead, showLead } from './lead-panel.ts';
import { CARDS, CUSTOM, labelOf, page } from './page.ts';
import { regionPanels } from './region-panels.ts';
import { current, panel, type Run } from './run.ts';
import { sideBySidePanel } from './side-by-side.ts';
import { sources } from './sources-panel.ts';
import { dateProblem, type PageState, toQuery, windowProblem } from './state.ts';
import { usPanels } from './us-panels.ts';

/** The event date chosen (from the list or typed). */
export function eventDate(): string {
  const v = $<HTMLSelectElement>('event').value;
  return v === CUSTOM ? $<HTMLInputElement>('custom-date').value.trim() : v;
}

/** The state the controls show. */
export function readControls(): PageState {
  return {
    event: eventDate(),
    region: $<HTMLSelectElement>('region').value || 'us',
    timing: $<HTMLSelectElement>('timing').value,
    scheme: $<HTMLSelectElement>('scheme').value,
    weighting: $<HTMLSelectElement>('weighting').value,
    from: Number($<HTMLInputElement>('from').value),
    to: Number($<HTMLInputElement>('to').value),
    compare: page.state?.compare ?? [],
  };
}

/** The other panels' line when the lead and the form already say why at length. */
export const SEE_ABOVE = 'nothing to show for this choice: the note at the top says why';

/**
 * Marks every panel stale (or, before any answer, unavailable) with the reason; the panels under the
 * lead give `others` instead when set (a long reason said once at the top).
 */
export function invalid(reason: string, others = reason): void {
  const kind = page.loaded ? 'stale' : 'error';
  clearLead(reason, kind);
  // the figures sit inside the lead, which already says why
  clearFigures(others, kind, true);
  for (const [card] of CARDS) status(card, { kind, text: others });
  for (const p of ['compare-panel', 'regions-panel', 'more-panel']) status(p, { kind, text: others });
}

/** Title and share tags name the event and window. */
function describe(s: PageState, name: string): void {
  const where =
    s.region === 'us' ? '' : ` (${page.regions.find((r) => r.id === s.region)?.label ?? s.region})`;
  const t = `${name}${where}: small vs large caps, days ${s.from} to ${s.to} · capgap`;
  document.title = t;
  document.querySelector('meta[property="og:title"]')?.setAttribute('content', t);
  document.querySelector('meta[property="og:url"]')?.setAttribute('content', location.href);
}

/** The lead: the answer first, for the event and days [0, to]. */
function leadPanel(run: Run): Promise<void> {
  const { s, q, used, conventions } = run;
  const lq = new URLSearchParams(q);
  lq.delete('from');
  lq.delete('compare');
  lq.set('to', String(Math.max(0, s.to)));
  return panel(
    async () => {
      if (s.to < 0)
        throw new Error(`the window ends on day ${s.to}, before the news: the lead covers days 0 to "to"`);
      showFlags(undefined);
      const l = await getJson<Lead & { flags?: PageFlag[] }>(`/api/lead?${lq}`);
      if (!current(run)) return;
      showLead(l);
      showFlags(l.flags);
      // The flows line fills in beside the rest; the page is ready once it has (tests read it then).
      const flows =
        s.region === 'us'
          ? showFlowsLine({ event: s.event, timing: s.timing, to: l.endDate }, () => current(run))
          : undefined;
      if (!flows) $('lead-flows').hidden = true;
      describe(s, l.event.name);
      used.push(...l.series.map((x) => ({ dataset: x.dataset, vintage: x.vintage, through: x.through })));
      Object.assign(conventions, l.conventions);
      await flows;
    },
    (m) => clearLead(m),
    run.mine,
  );
}

/**
 * Runs every panel for the controls' state (or marks them out of date when the state is not valid). The
 * address follows: a new entry in the browser's history for a choice (`push`, the default), the same entry
 * on load (`replace`), none on back/forward (`none`: the address is already the state's).
 */
export async function update(o: { history?: 'push' | 'replace' | 'none' } = {}): Promise<void> {
  const mine = ++page.seq;
  document.body.dataset.requested = String(mine);
  const s = readControls();
  const typed = dateProblem(s.event) ?? windowProblem(s.from, s.to);
  const problem = typed ?? coverageProblem(s, page);
  $('custom-date').setAttribute('aria-invalid', String(!!dateProblem(s.event)));
  $('form-error').hidden = !problem;
  $('form-error').textContent = problem ? `Not updated: ${problem}.` : '';
  if (problem) {
    invalid(problem, typed ? problem : SEE_ABOVE);
    document.body.dataset.ready = String(mine);
    return;
  }
  page.state = s;
  $('check-event-date').textContent = s.event;
  const q = toQuery(s);
  const next = `?${q}`;
  const how = o.history ?? 'push';
  if (how === 'replace' || (how === 'push' && next === location.search)) history.replaceState(null, '', next);
  else if (how === 'push') history.pushState(null, '', next);
  // A choice made on the page answers the link's note.
  if (how === 'push') $('url-note').hidden = true;
  describe(s, labelOf(s.event));
  links(q, null);
  const run: Run = { s, q, mine, used: [], conventions: {} };
  document.body.classList.add('busy');
  await Promise.all([
    leadPanel(run),
    ...(s.region === 'us' ? usPanels(run) : regionPanels(run)),
    sideBySidePanel(run),
  ]);
  if (!current(run)) return;
  sources(run.used, run.conventions);
  page.loaded = true;
  document.body.classList.remove('busy');
  document.body.dataset.ready = String(mine);
}
