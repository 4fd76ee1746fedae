/**
 * A question that names another election is answered by the sentence after it: "How did small caps do after
 * the 2016 election? The Russell 2000 rose about 11% in the month after the vote." reads the answer's "the
 * vote" (and its default window) as 2016's; "And after 2020?" as 2020's (./read.ts reads the next sentence
 * with that event). A yes/no question's statement gives its answer's subjects and period (`askedStatement`);
 * "And the FTSE 100?" asks the question before of another subject (`again`; ./question-answer.ts reads the
 * answers).
 */
import type { ReadOptions } from '../claim-read.ts';
import { allEvents } from './event-days.ts';
import { questionReason } from './modality.ts';
import { findSubjects } from './subjects.ts';
import { otherElection } from './windows.ts';

const ASKED =
  /\b(?:after|following|since|in|around|for)\s+(?:the\s+)?((?:19|20)\d\d)(?:\s+(?:(?:us|u\.s\.|presidential)\s+)?(midterms?|election|vote|elections))?\b[^?]{0,40}\?["”’]?\s*$/i;

/**
 * The election a question names for the sentence after it, or undefined (not a question, or the
 * article's own event).
 * @example questionEvent('And after 2020?', { event: '2024-11-05' }) // '2020-11-03'
 */
export function questionEvent(text: string, o: ReadOptions): string | undefined {
  const m = ASKED.exec(text);
  // "And after 2020?" names an election only in a story about one ("What happened in 2008?" in a Fed story
  // does not).
  const election = (e: string | undefined) =>
    !!e && allEvents().some((x) => x.date === e && x.tags.includes('election'));
  if (!m || (!m[2] && !election(o.event))) return undefined;
  return (
    otherElection(`${m[1]} ${/midterm/i.test(m[2] ?? '') ? 'midterm' : 'election'}`, o.event) ?? undefined
  );
}

/**
 * The statement a yes/no question puts to the reader, for what its answer refers to ("Did small caps beat large
 * caps by 6 points in November? Not quite: the gap was 4.5 points." — the gap is small caps' over large caps'
 * in November); undefined for other sentences and for questions about the future ("Will …?", "Could …?").
 * @example askedStatement('Did small caps beat large caps by 6 points in November?') // 'small caps beat large caps by 6 points in November.'
 */
export function askedStatement(t: string): string | undefined {
  if (!questionReason(t)) return undefined;
  const m = /^\s*(?:did|does|do|is|are|was|were|has|have|had)\s+(?=\S)/i.exec(t);
  return m ? t.slice(m[0].length).replace(/\?\s*$/, '.') : undefined;
}

/** A transcript's speaker before the words: "JANE SMITH: …", "BOB JONES: …". */
export const SPEAKER = /^\s*[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}:\s+/;

/** "And the FTSE 100?", "What about IWM?": the question before it, asked of another subject. */
const AND_X = /^\s*(?:q\s*[:.]\s*)?(?:and|what\s+about|how\s+about)\s+(?:the\s+)?(.+?)\s*\?["”’]?\s*$/i;

/**
 * The question `question` asks: itself, or, for "And the FTSE 100?", the last question a short answer was read
 * with (`asked`) with its first subject's name replaced ("How far has the FTSE 250 fallen since the referendum?"
 * → "How far has the FTSE 100 fallen since the referendum?"), or with none, how it did.
 * @example again('And the FTSE 100?', 'How far has the FTSE 250 fallen?') // 'How far has the FTSE 100 fallen?'
 */
export function again(question: string, asked: string | undefined): string {
  const m = AND_X.exec(question.replace(SPEAKER, ''));
  if (!m || !findSubjects(m[1]).length) return question;
  const first = asked ? findSubjects(asked)[0] : undefined;
  // With no question before ("Small caps are up 10.6% since the election." — "And large caps?"): how it did.
  if (!asked || !first) return `How did ${m[1]} do?`;
  return `${asked.slice(0, first.start)}${m[1]}${asked.slice(first.end)}`;
}
