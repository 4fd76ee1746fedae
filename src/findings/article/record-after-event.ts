/**
 * A record since a year said of the stretch after the news: "Small caps beat large caps by the widest margin
 * since 2020 in the month after the election", "the widest margin on an election day since 2016". The phrase
 * compares elections, not calendar periods: the
 * claim's own sessions after the news (to the article's date while the month runs) after each earlier
 * election, ranked (../event-rank.ts), so "since 2020" says no election after 2020's went as far.
 */

import { POST_EVENT } from './record-words.ts';
import type { RecordHit } from './records.ts';
import { CARD } from './streak-words.ts';

/** "in the month after the election", "over the three days following the vote", "in the week after Election Day". */
const AFTER_THE_EVENT = new RegExp(
  `^\\s*,?\\s*(?:in|over|during|for)\\s+the\\s+(?:${CARD}[- ])?(?:trading\\s+)?(?:day|session|week|month|year)s?\\s+(?:after|following)\\s+(?:the\\s+)?(?:(?:us|u\\.s\\.)\\s+)?(?:presidential\\s+)?(?:election|vote|election\\s+day)\\b`,
  'i',
);

/**
 * "on an election day", "its best election-week performance", "after an election", "its worst post-election month":
 * the record's own words.
 */
const ON_AN_ELECTION =
  /\bon\s+an?\s+(?:post-)?election\s+day\b|\belection[- ]week\b|\bpost-?election\s+(?:day|session|week|month|year)\b|\b(?:after|following)\s+(?:an?|any)\s+(?:(?:us|u\.s\.)\s+)?(?:presidential\s+)?election\b/i;

/** A move after the news named as the subject of a record with no year: "Small caps' post-election gain is …". */
const POST_NOUN = new RegExp(
  `\\b${POST_EVENT}\\s+(?:gains?|rall(?:y|ies)|rises?|advances?|surges?|jumps?|moves?|performance|runs?|returns?|drops?|falls?|declines?|slides?|loss(?:es)?|sell-?offs?)\\b[^.;]*$`,
  'i',
);

/**
 * The record phrases of `text` with those said of the window after an election ranked among elections.
 * @example amongElections('… by the widest margin since 2020 in the month after the election', hits)[0].record.amongEvents // true
 */
export function amongElections(text: string, hits: RecordHit[]): RecordHit[] {
  return hits.map((h) => {
    const r = h.record;
    if (r.streak !== undefined || r.level || r.tally) return h;
    // "Small caps' post-election gain is the third-largest on record", "The best month after an election came in
    // 2016": ranked among the elections.
    if (r.sinceYear === undefined)
      return POST_NOUN.test(text.slice(0, h.start)) || ON_AN_ELECTION.test(r.words)
        ? { ...h, record: { ...r, amongEvents: true } }
        : h;
    // "the widest margin on an election day since 2016": the words name the event themselves.
    const own = ON_AN_ELECTION.test(r.words);
    if (r.period && !own) return h;
    const m = own || AFTER_THE_EVENT.exec(text.slice(h.end));
    if (!m) return h;
    return { ...h, record: { ...r, amongEvents: true } };
  });
}
