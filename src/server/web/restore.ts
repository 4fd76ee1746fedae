/**
 * Puts a page address's state into the controls (on load, and on back/forward), and says in plain words
 * what in the address the page could not use: a parameter it does not read, a region, scheme, weighting or
 * news timing it does not offer, a date that is not a date, a window that is not whole days. The message
 * stands at the top of the page (#url-note), so a bad link never gives a blank page.
 */
import { applyRegion, chooseEvent, weightings } from './controls.ts';
import { $ } from './dom.ts';
import { allEvents, page } from './page.ts';
import { DEFAULTS, dateProblem, readUrl, windowProblem } from './state.ts';

/** The events to compare that the address names as dates (the others are said by applyUrl). */
export const urlCompare = (search: string): string[] =>
  readUrl(search).compare.filter((d) => !dateProblem(d));

/** The parameters the page's address may hold. */
export const URL_KEYS = ['event', 'region', 'timing', 'scheme', 'weighting', 'from', 'to', 'compare'];
const TIMINGS = ['after-close', 'before-open', 'intraday'];

/**
 * Sets the controls from `search` (the address's query) and returns what could not be used, one sentence
 * each; empty when the address is fine.
 * @example applyUrl('?event=2016-11-08&scheme=bogus') // ['the scheme "bogus" is not offered (…); showing …']
 */
export function applyUrl(search: string): string[] {
  const url = readUrl(search);
  const notes: string[] = [];
  const q = (s: string) => JSON.stringify(s);
  for (const k of new URLSearchParams(search).keys())
    if (!URL_KEYS.includes(k))
      notes.push(`the parameter ${q(k)} is not one the page reads (${URL_KEYS.join(', ')}); it was ignored`);
  const held = page.regions.some((r) => r.id === url.region);
  if (!held)
    notes.push(
      `the region ${q(url.region)} is not in these data (${page.regions.map((r) => r.id).join(', ')}); showing the US`,
    );
  $<HTMLSelectElement>('region').value = held ? url.region : 'us';
  page.state = { ...url, region: held ? url.region : 'us' };
  applyRegion($<HTMLSelectElement>('region').value);
  chooseEvent(url.event);
  const problem = dateProblem(url.event);
  if (problem) notes.push(`the event ${problem}`);
  const schemes = page.schemes.map((s) => s.id);
  if (schemes.includes(url.scheme)) $<HTMLSelectElement>('scheme').value = url.scheme;
  else if (schemes.length)
    notes.push(
      `the scheme ${q(url.scheme)} is not offered (${schemes.join(', ')}); showing ${$<HTMLSelectElement>('scheme').value}`,
    );
  weightings(url.weighting);
  const offered = [...$<HTMLSelectElement>('weighting').options].map((o) => o.value);
  // a weighting not offered is said beside its control (weightings() writes the note)
  if (offered.includes(url.weighting)) $<HTMLSelectElement>('weighting').value = url.weighting;
  const preset = allEvents().find((p) => p.date === url.event);
  const timing = TIMINGS.includes(url.timing) ? url.timing : preset?.timing || 'after-close';
  if (url.timing && !TIMINGS.includes(url.timing))
    notes.push(`the news timing ${q(url.timing)} is not one of ${TIMINGS.join(', ')}; showing ${timing}`);
  $<HTMLSelectElement>('timing').value = timing;
  // A day that is not a whole number is said and replaced by the default (a number box cannot hold it).
  for (const [k, d] of [
    ['from', DEFAULTS.from],
    ['to', DEFAULTS.to],
  ] as const) {
    const raw = url.raw[k];
    const whole = /^-?\d{1,4}$/.test(raw);
    if (!whole) notes.push(`${k} day ${q(raw)} is not a whole number of sessions; showing ${d}`);
    $<HTMLInputElement>(k).value = whole ? raw : String(d);
  }
  const win = windowProblem(
    Number($<HTMLInputElement>('from').value),
    Number($<HTMLInputElement>('to').value),
  );
  if (win) notes.push(`the window: ${win}`);
  const bad = url.compare.filter((d) => dateProblem(d));
  if (bad.length)
    notes.push(`the events to compare ${bad.map(q).join(', ')} are not dates (YYYY-MM-DD); left out`);
  const el = $('url-note');
  el.hidden = !notes.length;
  el.textContent = notes.length
    ? `This link asked for something the page cannot show: ${notes.join('; ')}. Change the controls below, or open the page without them.`
    : '';
  return notes;
}
