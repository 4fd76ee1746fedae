/**
 * A story dated the day after the session it reports ("NEW YORK, July 17 - The Russell 2000 jumped 3.5% on
 * Tuesday, …" in Wednesday's paper): the first weekday its text names is the session before its date, named with
 * the first move of its sentence ("jumped 3.5% on Tuesday", "On Tuesday, the index rose 3.5%"), and it never names
 * its own day ("Wednesday", "today"), so "now", "for the year" and a bare close speak of that session's close, as a
 * morning note's do (./prepare.ts). So is a post that speaks of yesterday's close or move and never of its own
 * day ("The Russell 2000 is up 11.5% over the last five sessions … (it closed at 2,263.67 yesterday)"). A day's
 * wrap that names the day before only for an earlier move ("rose 2% in the session, after falling 1% on Tuesday",
 * "… after a 2% jump yesterday") stays its own day's.
 */
import { toDay, weekday } from '../../calendar/dates.ts';
import { CLOSE_WORD_RE } from './close-words.ts';
import { previousSession, WEEKDAY_RE, WEEKDAYS } from './dates.ts';

/** A weekday's name as the text writes it: "Tuesday", "Tuesday's" (not "Tuesdays"). */
const WEEKDAY = new RegExp(String.raw`\b(?:last\s+|next\s+|this\s+)?(${WEEKDAY_RE})\b`, 'i');
/** A move's number: "3.5%", "+0.6 per cent", "1.2 points". */
const MOVE = /[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|per\s?cent|percent|points?)/i;

/**
 * "yesterday" said of a close ("(it closed at 2,263.67 yesterday)", "through yesterday's close") or before its
 * sentence's first move ("Yesterday, the Russell 2000 rose 3.5%"); not after a move of the day ("rose 1.5%, after
 * a 2% jump yesterday") nor as its base ("up almost six percent since yesterday's close").
 */
function yesterdaysClose(text: string): boolean {
  // "up almost six percent since yesterday's close" is a move of the day: its base, not its end.
  for (const m of text.matchAll(/(?<!\b(?:since|from|over|above|below|versus|vs\.?)\s+)\byesterday\b/gi)) {
    const start = Math.max(
      text.lastIndexOf('\n', m.index),
      text.slice(0, m.index).search(/[.!?]\s+[^.!?]*$/),
    );
    const end = text.slice(m.index).search(/[.!?](?:\s|$)|\n/);
    const after = text.slice(m.index, end < 0 ? undefined : m.index + end);
    const near = text.slice(Math.max(start + 1, m.index - 40), m.index + 40);
    if (CLOSE_WORD_RE.test(near) || (MOVE.test(after) && !MOVE.test(text.slice(start + 1, m.index))))
      return true;
  }
  return false;
}

/**
 * The session before `date` when `text` reports it as a next-day story, else undefined.
 * @example newsDayOf('July 17, 2024\n\nThe Russell 2000 jumped 3.5% on Tuesday.', '2024-07-17') // '2024-07-16'
 */
export function newsDayOf(text: string, date: string): string | undefined {
  const own = weekday(toDay(date));
  if (own === 0 || own === 6) return undefined; // a weekend's story: its close is already the Friday's
  const before = previousSession(date);
  if (toDay(date) - toDay(before) > 4) return undefined;
  if (new RegExp(String.raw`\b(?:${WEEKDAYS[own]}|today)\b`, 'i').test(text)) return undefined;
  if (yesterdaysClose(text)) return before;
  const first = WEEKDAY.exec(text);
  if (!first || /^(?:last|next|this)\s/i.test(first[0])) return undefined;
  if (first[1].toLowerCase() !== WEEKDAYS[weekday(toDay(before))]) return undefined;
  // The weekday's sentence: its first move is the day's, the weekday right after it or before it.
  const start = Math.max(
    text.lastIndexOf('\n', first.index),
    text.slice(0, first.index).search(/[.!?]\s+[^.!?]*$/),
  );
  const sentence = text.slice(start + 1);
  const move = MOVE.exec(sentence);
  const at = first.index - start - 1;
  if (
    move &&
    move.index < at &&
    !/^\s*(?:on\s+|late\s+|early\s+)?$/i.test(sentence.slice(move.index + move[0].length, at))
  )
    return undefined;
  return before;
}
