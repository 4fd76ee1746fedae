/**
 * The page's controls: the event list (presets, then each set, then "Another date…"), which commits on a
 * mouse choice or on Enter/blur after arrow keys (not on every arrow key), and the weighting list, which
 * offers only what the scheme's data have and says what it leaves out.
 */
import { $ } from './dom.ts';
import { allEvents, CUSTOM, page } from './page.ts';
import { eventOption } from './state.ts';
import { update } from './update.ts';

/** Fills the weighting list with what the scheme's data have, and says what is not offered. */
export function weightings(asked?: string): void {
  const scheme = page.schemes.find((s) => s.id === $<HTMLSelectElement>('scheme').value);
  const sel = $<HTMLSelectElement>('weighting');
  const have = scheme?.weightings ?? ['value'];
  // A store without size portfolios offers no weighting: the list says so, and the page's check
  // (coverage.ts) says what to add.
  if (!have.length) {
    sel.replaceChildren(new Option('none in the data', 'value'));
    sel.disabled = true;
    $('form-note').textContent = '';
    return;
  }
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

/** Fills the event list: presets, each set's other events (latest first), the 2026 midterms once in the data. */
export function fillEvents(): void {
  const evSel = $<HTMLSelectElement>('event');
  evSel.replaceChildren();
  const presetGroup = Object.assign(document.createElement('optgroup'), { label: 'Presets' });
  for (const p of page.presets) presetGroup.append(new Option(eventOption(p.label, p.date), p.date));
  evSel.append(presetGroup);
  for (const [name, events] of Object.entries(page.sets)) {
    const group = Object.assign(document.createElement('optgroup'), {
      label: `All ${page.setLabels[name] ?? name}`,
    });
    for (const e of [...events].reverse())
      if (!page.presets.some((p) => p.date === e.date))
        group.append(new Option(eventOption(e.label, e.date), e.date));
    if (group.children.length) evSel.append(group);
  }
  // The 2026 midterms, once the data reach past them (weightings() says where the data stop otherwise).
  const reach =
    page.schemes
      .map((x) => x.through ?? '')
      .sort()
      .at(-1) ?? '';
  if (reach > '2026-11-04' && !allEvents().some((p) => p.date === '2026-11-03'))
    evSel.add(new Option('2026 midterm elections (2026-11-03)', '2026-11-03'));
  evSel.add(new Option('Another date…', CUSTOM));
}

/** Shows `date` in the event list, or in the date box under "Another date…" when the list lacks it. */
export function chooseEvent(date: string): void {
  const evSel = $<HTMLSelectElement>('event');
  if (allEvents().some((p) => p.date === date)) evSel.value = date;
  else evSel.value = CUSTOM;
  $('custom-wrap').hidden = evSel.value !== CUSTOM;
  // What the user typed stays in the box, right or wrong.
  $<HTMLInputElement>('custom-date').value = evSel.value === CUSTOM ? date : '';
}

/**
 * A date typed in the box that is a built-in event (a Fed decision, an election) becomes that event: its
 * entry in the list and its news timing, as picking it from the list does and as the CLI and the API read
 * such a date ("2024-12-18 is the 2024 Fed rate cut (25 bp): news intraday"). Other dates stay as typed.
 * @example adoptTyped() // after '2024-12-18' was typed: the list shows the Fed decision, News 'during the session'
 */
export function adoptTyped(): void {
  const box = $<HTMLInputElement>('custom-date');
  const p = allEvents().find((x) => x.date === box.value.trim());
  if (!p) return;
  const typing = document.activeElement === box;
  chooseEvent(p.date);
  $<HTMLSelectElement>('timing').value = p.timing;
  // the box is hidden now: the keyboard stays on the event, in the list
  if (typing) $<HTMLSelectElement>('event').focus();
}

/** The event list commits on change by mouse, or on Enter/blur after arrow keys (not on every arrow key). */
export function wireEventList(): void {
  const evSel = $<HTMLSelectElement>('event');
  let keyed = false;
  let pending = false;
  const commitEvent = () => {
    pending = false;
    $('custom-wrap').hidden = evSel.value !== CUSTOM;
    const p = allEvents().find((x) => x.date === evSel.value);
    if (p) $<HTMLSelectElement>('timing').value = p.timing;
    if (evSel.value === CUSTOM) $<HTMLInputElement>('custom-date').focus();
    else void update();
  };
  evSel.addEventListener('keydown', (e) => {
    if (/^(Arrow|Page|Home|End)/.test(e.key)) keyed = true;
    if (e.key === 'Enter' && (pending || evSel.value !== page.state.event)) {
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
    if (pending || (evSel.value !== page.state.event && evSel.value !== CUSTOM)) commitEvent();
  });
}

/** Fills the market list with the regions the store holds (the US first). */
export function fillRegions(): void {
  const sel = $<HTMLSelectElement>('region');
  sel.replaceChildren(
    ...page.regions.map((r) => new Option(r.id === 'us' ? 'US' : `${r.label} (in US dollars)`, r.id)),
  );
}

/**
 * Shows a region's choices: its event sets (a region other than the US offers the regional sets and the US
 * ones, for "did a US event move small caps abroad?"), the size scheme and weighting only for the US, and a
 * note saying what the regional figures are. Keeps the chosen event.
 */
export function applyRegion(id: string): void {
  const us = id === 'us';
  const event = page.state?.event ?? $<HTMLSelectElement>('event').value;
  page.sets = { ...page.usSets };
  page.setLabels = { fomc: 'Fed rate changes' };
  if (!us)
    for (const [key, set] of Object.entries(page.regionSets)) {
      page.sets[key] = set.events;
      page.setLabels[key] = set.name;
    }
  fillEvents();
  chooseEvent(event);
  for (const c of ['scheme', 'weighting']) $<HTMLSelectElement>(c).disabled = !us;
  const r = page.regions.find((x) => x.id === id);
  $('region-note').textContent = us
    ? ''
    : `${r?.label ?? id}: SMB (small minus big, French regional breakpoints: big = the top 90% of the region's market cap) and the market (Mkt-RF + RF), in US dollars, on ${r?.label ?? id}'s own trading days; French's ${r?.dataset ?? 'regional file'}${r?.vintage ? `, ${r.vintage}` : ''}, through ${r?.through ?? 'its last date'}. The size scheme and weighting are the US's.`;
  $('region-note').hidden = us;
  // The weighting and midterm notes are about the US size portfolios.
  $('form-note').hidden = !us;
}
