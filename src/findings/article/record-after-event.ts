/**
 * A record since a year said of the stretch after the news: "Small caps beat large caps by the widest margin
 * since 2020 in the month after the election". The phrase compares elections, not calendar periods: the
 * claim's own sessions after the news (to the article's date while the month runs) after each earlier
 * election, ranked (../event-rank.ts), so "since 2020" says no election after 2020's went as far.
 */

import type { RecordHit } from './records.ts';
import { CARD } from './streak-words.ts';

/** "in the month after the election", "over the three days following the vote", "in the week after Election Day". */
const AFTER_THE_EVENT = new RegExp(
  `^\\s*,?\\s*(?:in|over|during|for)\\s+the\\s+(?:${CARD}[- ])?(?:trading\\s+)?(?:day|session|week|month|year)s?\\s+(?:after|following)\\s+(?:the\\s+)?(?:(?:us|u\\.s\\.)\\s+)?(?:presidential\\s+)?(?:election|vote|election\\s+day)\\b`,
  'i',
);

/**
 * The record phrases of `text` with those said of the window after an election ranked among elections.
 * @example amongElections('… by the widest margin since 2020 in the month after the election', hits)[0].record.amongEvents // true
 */
export function amongElections(text: string, hits: RecordHit[]): RecordHit[] {
  return hits.map((h) => {
    const r = h.record;
    if (r.sinceYear === undefined || r.period || r.streak !== undefined || r.level || r.tally) return h;
    const m = AFTER_THE_EVENT.exec(text.slice(h.end));
    if (!m) return h;
    return { ...h, record: { ...r, amongEvents: true } };
  });
}
