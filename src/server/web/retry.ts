/**
 * The page's one "Try again" bar: shown when a panel failed for a reason a second try may cure (the server
 * did not answer, answered late, was busy or failed: an ApiFailure with `retry`), hidden when a new answer
 * starts. A question the server refused (a 4xx) is not offered again: its panel says why.
 */
import { $ } from './dom.ts';

let again: () => void = () => location.reload();

/** What "Try again" does (the page re-asks its current state; before the lists are loaded, it reloads). */
export function onRetry(f: () => void): void {
  again = f;
}

/** True when `err` is a failure worth a second try. */
export const retryable = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && (err as { retry?: unknown }).retry === true;

/** Shows the bar with the first reason given since it was last hidden. */
export function showRetry(reason: string): void {
  const bar = $('retry');
  if (!bar.hidden) return;
  $('retry-text').textContent = `Some answers could not be loaded: ${reason}.`;
  bar.hidden = false;
}

/** Hides the bar (a new answer is on its way). */
export function hideRetry(): void {
  $('retry').hidden = true;
}

/** Wires the bar's button (once, at start). */
export function wireRetry(): void {
  $('retry-button').addEventListener('click', () => {
    hideRetry();
    again();
  });
}
