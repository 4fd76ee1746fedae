/**
 * Empties every panel that holds numbers for the page's event, when the choice made has no answer (an event
 * before or after the data): the charts with their descriptions and tables, the data-quality flags, the
 * markets side by side, "More findings", the comparison, the sources list and the downloads (which would
 * fetch the event before it). A panel that says "Not available" shows no
 * number of the event before it (the rule the lead and the figures already follow).
 */
import { $, list } from './dom.ts';
import { showFlags } from './flags.ts';
import { CARDS, draw } from './page.ts';
import { queryLine } from './query-line.ts';
import { sources } from './sources-panel.ts';

/**
 * Clears the answers of the last choice (what the user typed, in the forms, stays).
 * @example clearAnswers() // after coverageProblem(...) found the event outside the data
 */
export function clearAnswers(): void {
  for (const [card] of CARDS) draw(card, null);
  showFlags([]);
  for (const table of ['regions-table', 'compare']) $(table).querySelector('tbody')?.replaceChildren();
  $('regions-note').textContent = '';
  queryLine('regions-query', null);
  list('more', []);
  queryLine('more-query', null);
  sources([], {});
  $('download-panel').hidden = true;
}
