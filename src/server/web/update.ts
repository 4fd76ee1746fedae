/**
 * One answer of the page: reads the controls, checks them, puts the state in the URL, then runs every panel
 * (the lead, then the US or the regional panels) on its own; a panel's failure is its own.
 */

import { status } from './card.ts';
import { clearAnswers } from './clear-answers.ts';
import { coverageProblem } from './coverage.ts';
import { $ } from './dom.ts';
import { links } from './downloads.ts';
import { clearFigures, nameLegs, plainNames } from './figures-panel.ts';
import { describe, leadPanel } from './lead-answer.ts';
import { clearLead } from './lead-panel.ts';
import { CARDS, CUSTOM, labelOf, page } from './page.ts';
import { regionPanels } from './region-panels.ts';
import { hideRetry } from './retry.ts';
import { current, leadSignal, type Run } from './run.ts';
import { describePage } from './share.ts';
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
 * Marks every panel stale (or, before any answer or with `kind` 'error', unavailable and cleared) with the
 * reason; the panels under the lead give `others` instead when set (a long reason said once at the top).
 */
export function invalid(
  reason: string,
  others = reason,
  kind: 'stale' | 'error' = page.loaded ? 'stale' : 'error',
): void {
  clearLead(reason, kind);
  if (kind === 'error') clearAnswers();
  // the figures sit inside the lead, which already says why
  clearFigures(others, kind, true);
  for (const [card] of CARDS) status(card, { kind, text: others });
  for (const p of ['compare-panel', 'regions-panel', 'more-panel']) status(p, { kind, text: others });
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
 * Puts the state in the address: a new entry in the browser's history for a choice (`push`, the default),
 * the same entry on load (`replace`), none on back/forward (`none`: the address is already the state's).
 */
function address(s: PageState, o: UpdateOptions): URLSearchParams {
  const q = toQuery(s);
  const next = `?${q}`;
  const how = o.history ?? 'push';
  if (how === 'replace' || (how === 'push' && next === location.search)) history.replaceState(null, '', next);
  else if (how === 'push') history.pushState(null, '', next);
  // A choice made on the page answers the link's note.
  if (how === 'push') $('url-note').hidden = true;
  return q;
}

/**
 * One answer, numbered `mine`: runs every panel for the controls' state (or marks them out of date when the
 * state is not valid). The address follows (`address`), for an event outside the data too.
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
    // A date or window being typed keeps the last answer, dimmed; a choice the data cannot answer (an event
    // before or after them) clears it: the old event's answer is no answer to this one.
    if (typed) invalid(problem);
    else {
      // A date the data do not hold is still a choice: it gets its address (Back returns to the answer
      // before it, a reload or a shared link says the same), and the form keeps it as typed.
      page.state = s;
      address(s, o);
      invalid(problem, SEE_ABOVE, 'error');
      // The empty figures still name the legs chosen, as they do with numbers ("Smallest 10% …", not "Small").
      const scheme = page.schemes.find((x) => x.id === s.scheme);
      if (s.region === 'us' && scheme) nameLegs(plainNames(scheme));
    }
    const named = labelOf(s.event);
    describePage(
      dateProblem(s.event)
        ? 'capgap: no answer for this choice'
        : `${named === s.event ? `Event of ${s.event}` : named}: no answer · capgap`,
      `Not updated: ${problem}.`,
    );
    document.body.dataset.ready = String(mine);
    return;
  }
  page.state = s;
  $('check-event-date').textContent = s.event;
  const q = address(s, o);
  describe(s, labelOf(s.event));
  links(q, null);
  $('download-panel').hidden = false;
  const run: Run = { s, q, mine, used: [], conventions: {}, ...leadSignal() };
  document.body.classList.add('busy');
  await Promise.all([
    leadPanel(run).finally(() => run.settleLead(null)),
    ...(s.region === 'us' ? usPanels(run) : regionPanels(run)),
    sideBySidePanel(run),
  ]);
  if (!current(run)) return;
  // The figures sit inside the lead: the same reason is not said twice there (no server, a busy one).
  if ($('figures-status').textContent === $('lead-status').textContent) $('figures-status').hidden = true;
  sources(run.used, run.conventions);
  page.loaded = true;
  document.body.classList.remove('busy');
  document.body.dataset.ready = String(mine);
}
