/**
 * The lead panel: the answer first, then its facts, the data's end and the series behind it.
 */
import { articleDate } from '../../findings/format.ts';
import type { Lead } from './answers.ts';
import { status } from './card.ts';
import { $, list } from './dom.ts';

/** Fills the lead panel. */
export function showLead(l: Lead): void {
  status('lead', null);
  $('lead-trace').hidden = false;
  $('lead-kicker').textContent =
    `${l.event.name} · first ${l.sessions === 1 ? 'session' : `${l.sessions} sessions`} (days 0 to ${l.window.to}, through ${articleDate(l.endDate)})`;
  $('lead-sentence').textContent = l.sentence;
  const facts: string[] = [];
  if (l.rank) facts.push(l.rank.text);
  if (l.cut) facts.push(l.cut);
  if ('error' in l.month) facts.push(`Month record not available: ${l.month.error}`);
  else facts.push(l.month.text, l.month.rankText);
  list('lead-facts', facts);
  const months =
    'error' in l.month || !l.month.historyStart
      ? ''
      : `; the month's standing: monthly, ${l.month.historyStart} to ${l.month.historyEnd}`;
  $('lead-range').textContent = `; data: daily closes ${l.event.baseDate} to ${l.endDate}${months}`;
  $('lead-through').textContent =
    `Data through: ${l.series.map((s) => `${s.name}, ${articleDate(s.through)}`).join('; ')}.`;
  list('lead-series', [
    ...l.series.map(
      (s) => `${s.name}: ${s.detail}${s.vintage ? `, vintage ${s.vintage}` : ''}; through ${s.through}`,
    ),
    ...Object.entries(l.conventions).map(([k, v]) => `${k}: ${v}`),
    ...(l.rank?.skipped.length ? [`Not ranked (outside the data): ${l.rank.skipped.join('; ')}`] : []),
  ]);
}

/** Clears the lead and says why. */
export function clearLead(reason: string, kind: 'error' | 'stale' = 'error'): void {
  if (kind === 'error') {
    $('lead-sentence').textContent = 'No answer for this choice.';
    $('lead-kicker').textContent = '';
    list('lead-facts', []);
    $('lead-range').textContent = '';
    $('lead-trace').hidden = true;
    $('lead-flows').hidden = true;
    $('lead-through').textContent = '';
    list('lead-series', []);
  }
  status('lead', { kind, text: reason });
}
