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
import { hideRetry } from './retry.ts';
import { current, panel, type Run } from './run.ts';
import { answerTitle, describePage } from './share.ts';
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

/** ' (Europe)' for a region, '' for the US. */
const whereOf = (s: PageState) =>
  s.region === 'us' ? '' : ` (${page.regions.find((r) => r.id === s.region)?.label ?? s.region})`;

/** Title and share tags name the event and window until the answer comes (then they state it too). */
function describe(s: PageState, name: string): void {
  const t = `${name}${whereOf(s)}: small vs large caps, days ${s.from} to ${s.to} · capgap`;
  describePage(
    t,
    `How small caps did against large caps around ${name}${whereOf(s)}, days ${s.from} to ${s.to}.`,
  );
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
      // A slow answer says it is on its way (the earlier one stays, dimmed by body.busy).
      const slow = setTimeout(() => {
        if (current(run))
          status('lead', { kind: 'info', text: `Loading the answer for ${labelOf(s.event)}…` });
      }, 500);
      const l = await getJson<Lead & { flags?: PageFlag[] }>(`/api/lead?${lq}`).finally(() =>
        clearTimeout(slow),
      );
      if (!current(run)) return;
      showLead(l);
      showFlags(l.flags);
      // The flows line fills in beside the rest; the page is ready once it has (tests read it then).
      const flows =
        s.region === 'us'
          ? showFlowsLine({ event: s.event, timing: s.timing, to: l.endDate }, () => current(run))
          : undefined;
      if (!flows) $('lead-flows').hidden = true;
      const gap = l.finding?.value;
      describePage(
        typeof gap === 'number' && Number.isFinite(gap)
          ? answerTitle(l.event.name, gap, l.sessions, whereOf(s))
          : `${l.event.name}${whereOf(s)}: small vs large caps · capgap`,
        l.sentence,
      );
      used.push(...l.series.map((x) => ({ dataset: x.dataset, vintage: x.vintage, through: x.through })));
      Object.assign(conventions, l.conventions);
      await flows;
    },
    (m) => clearLead(m),
    run.mine,
  );
}

/** How an update treats the browser's history. */
type UpdateOptions = { history?: 'push' | 'replace' | 'none' };

/** The update whose requests are in flight, and the latest choice made meanwhile (null: none). */
let inFlight: Promise<void> | null = null;
let waiting: UpdateOptions | null = null;

/**
 * Answers the latest choice, one set of requests at a time: a choice made while an answer is on its way
 * waits for it (whose panels then drop their now stale answers) and runs next; choices made in between are
 * skipped. So requests never overlap and the last choice wins. `body[data-requested]` is the latest choice's
 * number at once; `body[data-ready]` becomes it when its answer is shown (tests and scripts wait on both).
 */
export function update(o: UpdateOptions = {}): Promise<void> {
  const mine = ++page.seq;
  document.body.dataset.requested = String(mine);
  if (inFlight) {
    waiting = o;
    return inFlight;
  }
  const loop = async () => {
    let next: UpdateOptions | null = o;
    while (next) {
      await answer(page.seq, next);
      next = waiting;
      waiting = null;
    }
  };
  inFlight = loop().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/**
 * One answer, numbered `mine`: runs every panel for the controls' state (or marks them out of date when the
 * state is not valid). The address follows: a new entry in the browser's history for a choice (`push`, the
 * default), the same entry on load (`replace`), none on back/forward (`none`: the address is already the
 * state's).
 */
async function answer(mine: number, o: UpdateOptions): Promise<void> {
  hideRetry();
  const s = readControls();
  const typed = dateProblem(s.event) ?? windowProblem(s.from, s.to);
  const problem = typed ?? coverageProblem(s, page);
  $('custom-date').setAttribute('aria-invalid', String(!!dateProblem(s.event)));
  $('form-error').hidden = !problem;
  $('form-error').textContent = problem ? `Not updated: ${problem}.` : '';
  if (problem) {
    invalid(problem, typed ? problem : SEE_ABOVE);
    describePage(
      `${dateProblem(s.event) ? s.event : labelOf(s.event)}: no answer · capgap`,
      `Not updated: ${problem}.`,
    );
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
