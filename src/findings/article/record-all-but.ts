/**
 * A tally of every session but a few since the news: "In all but two sessions since the election, the
 * small-cap index has closed lower". Of the N sessions from the event's first reacting one to the article's
 * day, N − 2 went that way; ../record-tally.ts counts them over the "since" window the sentence names.
 */
import type { RecordPhrase } from '../claim-read.ts';
import { nextSession } from './dates.ts';
import type { RecordHit } from './records.ts';
import { CARD, count, sideOf } from './streak-words.ts';
import { dayZero } from './window-event-days.ts';

const ALL_BUT = new RegExp(
  String.raw`\b(?:in|on)\s+all\s+but\s+${CARD}\s+(?:of\s+the\s+)?(?:trading\s+)?(?:sessions?|days?)\s+(?=since\s+(?:the\s+)?(?:election|vote|referendum|decision|result|cut)\b)`,
  'i',
);

/**
 * The tally "in all but K sessions since the election" states, counted through `to` (the article's day), or
 * null.
 * @example allButTally('In all but two sessions since the election, the index has closed lower.', '2012-11-06', '2012-11-16')?.record.tally // { hits: 6, of: 8 }
 */
export function allButTally(text: string, event?: string, to?: string): RecordHit | null {
  const m = ALL_BUT.exec(text);
  if (!m || !event || !to) return null;
  let of = 0;
  for (let day = dayZero(event); day <= to && of < 1000; day = nextSession(day)) of++;
  const k = count(m[1]);
  const direction = sideOf(text, m.index, m.index + m[0].length);
  if (!direction || !(k < of)) return null;
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: { hits: of - k, of },
    period: 'day',
    direction,
    words: m[0].trim(),
  };
  return { start: m.index, end: m.index + m[0].length, record };
}
