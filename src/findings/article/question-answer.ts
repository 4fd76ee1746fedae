/**
 * A short answer to the question before it ("How much have small caps gained since the election? About
 * 10.6%, measured by the Russell 2000."; "Did they beat large caps? Yes, by about 8 points."): its number has
 * no subject or period of its own, the question gives them. `answerStatement` writes the statement the two
 * make ("small caps gained About 10.6%, measured by the Russell 2000 since the election."), keeping the
 * answer's words where they are, so every number's place in the article stays true (./read.ts reads it when
 * the answer alone names no subject).
 */
import type { ClaimReadings, ReadOptions, ReadSentence } from '../claim-read.ts';
import { normalise } from './clauses.ts';
import { HEDGE } from './hedges.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { findQuantities } from './numbers.ts';
import type { ArticleContext } from './pick-window.ts';
import { again, askedStatement, SPEAKER } from './question-event.ts';
import { readSentence } from './read-sentence.ts';
import { NO_SUBJECT, readRestated } from './restated-read.ts';
import type { Piece } from './split.ts';
import { findVerbs } from './verbs.ts';
import { findWindows } from './windows.ts';

/**
 * An answer that opens with a number: "About 10.6%", "Roughly $5bn.", "Just 2.8%, …", "-3.1%.", and as a
 * transcript says it, "Around one percent", "Two and a half, yes".
 */
const NUMBER_FIRST = new RegExp(
  String.raw`^\s*${HEDGE}(?:[-+−]?[$£€]?\d|(?:${Object.keys(NUMBER_WORDS).join('|')})\b(?:[\s-]+(?:point|and\s+a\s+half|percent|per\s?cent|percentage|points?)\b|\s*[,.]))`,
  'i',
);
/** The words that answer yes: "Yes", "Indeed", "Easily", "They did", "It has". */
const AFFIRM = String.raw`^\s*(?:yes|yep|yeah|indeed|easily|comfortably|handily|absolutely|sure|(?:they|it)\s+(?:did|have|has|had|were|was))\b[\s,.:;—–-]*`;
/** "Yes, by about 8 points", "They did — by 8 points", "Easily: by 8 points" (the asked statement, by how much). */
const YES_BY = new RegExp(String.raw`${AFFIRM}(?=(?:by|to|at|of)\s)`, 'i');
const YES = new RegExp(AFFIRM, 'i');
/** "How much has/did …?", "How far has …?", "By how much did …?": the rest is the asked statement. */
const HOW_MUCH = /^\s*(by\s+)?how\s+(?:much|far)\s+(has|have|had|did|does|do|is|are|was|were)\s+(?=\S)/i;
/** "How did the Russell 2000 do in November?", "How have small caps fared since the vote?": its subject, the rest. */
const HOW_DID =
  /^\s*how\s+(?:did|has|have|does|do)\s+(.+?)\s+(?:do|done|fare|fared|perform|performed)\b(.*)$/i;
/** Where a form of "be" puts its place: "the index is | below its record", "small caps are | up 10%". */
const PLACE = /\b(?:up|down|off|below|above|higher|lower|ahead|behind)\b/i;
/** "How big was the gap …?", "What was the Russell 2000's return in November?": a noun and its size. */
const HOW_BIG =
  /^\s*(?:how\s+(?:big|large|wide|strong|steep|deep)|what)\s+(is|was|were|are|has\s+been|have\s+been)\s+(?=\S)/i;

/**
 * The answer's words with its final stop taken off, and an aside after its number with no number of its own
 * (", as of Wednesday's close") blanked in place, to follow the question's words ("the index is About 1.8%
 * … below its record, as of Wednesday's close"): every character keeps its place.
 */
function core(answer: string): { words: string; aside: string } {
  const words = answer.replace(/[\s.!]+$/, '');
  const comma = words.search(/,\s/);
  if (comma < 0 || /\d/.test(words.slice(comma))) return { words, aside: '' };
  return { words: words.slice(0, comma) + ' '.repeat(words.length - comma), aside: words.slice(comma) };
}

/**
 * The statement a question and its short answer make, and how far the answer's words moved in it (an answer's
 * character at k is the statement's at k + shift); undefined when the answer is no short answer to it.
 * @example answerStatement('How much did the Russell 2000 gain in November?', 'About 11%.')
 * // { text: 'the Russell 2000 gain About 11% in November.', shift: 22 }
 * @example answerStatement('Did they beat large caps?', 'Yes, by about 8 points.')
 * // { text: 'they beat large caps by about 8 points.', shift: 16 }
 */
export function answerStatement(question: string, said: string): { text: string; shift: number } | undefined {
  const q = question
    .replace(SPEAKER, '')
    .replace(/^\s*(?:q|question)\s*[:.]\s*/i, '')
    .trim();
  // "A. About 10.6%", "Answer: Roughly $1.6 billion", a transcript's "JANE SMITH: About 2.8%": the mark is
  // blanked, so the words keep their place.
  const answer = said
    .replace(SPEAKER, (m) => ' '.repeat(m.length))
    .replace(/^\s*(?:a|answer)\s*[:.]\s+/i, (m) => ' '.repeat(m.length));
  if (!/\?["”’]?$/.test(q)) return undefined;
  // "How much did small caps beat large caps by?" is "By how much …?".
  const asked = q.replace(/\?["”’]?$/, '').replace(/^(\s*)(how\s+much\s.*)\s+by$/i, '$1by $2');
  const yes = YES_BY.exec(answer);
  if (yes) {
    const stmt = askedStatement(q)?.replace(/\.$/, '');
    if (!stmt || findQuantities(stmt).length) return undefined; // "Did it rise 10%? Yes, by …": two numbers
    const lead = `${stmt} `;
    return { text: lead + answer.slice(yes[0].length), shift: lead.length - yes[0].length };
  }
  // "Did small caps rise after the election? Yes, about 10.6%.": the number after the asked statement's verb.
  const yesNum = YES.exec(answer);
  if (yesNum && NUMBER_FIRST.test(answer.slice(yesNum[0].length))) {
    const stmt = askedStatement(q)?.replace(/\.$/, '');
    const verb = stmt ? findVerbs(stmt)[0] : undefined;
    if (!stmt || !verb || findQuantities(stmt).length) return undefined;
    const before = `${stmt.slice(0, verb.end)} `;
    const { words, aside } = core(answer.slice(yesNum[0].length));
    const rest = stmt.slice(verb.end).trim();
    return {
      text: `${before}${words}${rest ? ` ${rest}` : ''}${aside}.`,
      shift: before.length - yesNum[0].length,
    };
  }
  if (!NUMBER_FIRST.test(answer)) return undefined;
  // "How did the Russell 2000 do in November? +11%.": what it returned.
  const did = HOW_DID.exec(asked);
  if (did) {
    const before = `${did[1]} returned `;
    const { words, aside } = core(answer);
    return { text: `${before}${words}${did[2] ? ` ${did[2].trim()}` : ''}${aside}.`, shift: before.length };
  }
  const much = HOW_MUCH.exec(asked);
  if (much) {
    const stmt = asked.slice(much[0].length);
    // "How far is the index below its record?": the answer goes between "is" and the place word.
    const place = /^(?:is|are|was|were)$/i.test(much[2]) ? stmt.search(PLACE) : -1;
    // "How much have small caps gained since the election?": after the verb ("gained | About 10.6% | since …");
    // "By how much did small caps beat large caps?": after the whole statement, with "by".
    const cut = much[1] ? stmt.length : place > 0 ? place : (findVerbs(stmt)[0]?.end ?? stmt.length);
    const head = place > 0 ? `${stmt.slice(0, place)}${much[2]}` : stmt.slice(0, cut).trimEnd();
    const before = `${head} ${much[1] ? 'by ' : ''}`;
    const { words, aside } = core(answer);
    const rest = stmt.slice(cut).trim();
    return {
      text: `${before}${words}${rest ? ` ${rest}` : ''}${aside}.`,
      shift: before.length,
    };
  }
  const big = HOW_BIG.exec(asked);
  if (!big) return undefined;
  const before = `${asked.slice(big[0].length)} ${big[1]} `;
  const { words, aside } = core(answer);
  return { text: `${before}${words.trimEnd()}${aside}.`, shift: before.length };
}

/**
 * The answer sentence `s` read with the question before it, when alone it names no subject and together they
 * make claims (`read` reads a piece with a context; `before` is the article's context before the answer was
 * read, which the answer's reading with the question replaces in `ctx`). Claims in the question's words are
 * left out: the question states nothing.
 */
export function answered(
  s: ReadSentence,
  question: string,
  piece: Piece,
  read: (p: Piece, c: ArticleContext) => ReadSentence,
  ctx: ArticleContext,
  before: ArticleContext,
): ReadSentence {
  if (s.status !== 'unreadable' && !NO_SUBJECT.test(s.reason ?? '')) return s;
  const st = answerStatement(normalise(question), normalise(piece.text));
  if (!st) return s;
  // (the question's own words state nothing: only claims in the answer's words)
  const inAnswer = (c: ClaimReadings) => c.readings.every((x) => x.span.start >= piece.start);
  return readRestated(s, piece, st, read, { ctx, before }, inAnswer);
}

/**
 * Sentence `s` (piece `piece`, the article's `index`th) read with the question before it: a yes/no question's
 * statement is read for the context it gives ("Did small caps beat large caps by 6 points in November? Not
 * quite: the gap was 4.5 points." — small caps' over large caps' in November), a short answer is read with its
 * question (`answered`; `before`: the context before the question was read), and an answer's number with no
 * period of its own takes the question's.
 */
export function withQuestion(
  s: ReadSentence,
  piece: Piece,
  question: Piece | undefined,
  index: number,
  c: { ctx: ArticleContext; before: ArticleContext; o: ReadOptions },
): ReadSentence {
  const read = (p: Piece, x: ArticleContext) => readSentence(p, index, c.o, x);
  const asks = askedStatement(normalise(piece.text));
  try {
    if (asks) read({ ...piece, text: asks }, c.ctx);
  } catch {
    // the statement a question puts is context only: a failure to read it loses nothing
  }
  if (!question || !/\?["”’]?\s*$/.test(question.text)) return s;
  const full = again(question.text, c.ctx.asked);
  const a = answered(s, full, piece, read, c.ctx, c.before);
  if (a !== s) c.ctx.asked = full;
  // "Did small caps beat large caps in 2024? No: they trailed by about 13 points.": the question's period;
  // "And large caps? About 2.8%.": the period of the return before.
  const asked =
    findWindows(full, c.o).find((h) => h.window && !h.fallback && !h.endOnly)?.window ??
    (full !== question.text ? c.before.returns?.at(-1)?.window : undefined);
  // "HOST: Friday alone was, what, two and a half percent? — GUEST: … and the S&P was basically flat": the
  // question's period, nearer than one carried from before it; not over the answer's own ("How did the Fund
  // perform last year? For the reporting period ended October 31, 2024, the Fund returned 34.01%").
  // Found again, not taken from `s`: the answer alone may read no claim ("the Fund" is named later), its period stands.
  const own = findWindows(normalise(piece.text), c.o).some((h) => h.window && !h.fallback && !h.endOnly);
  for (const r of asked && !own ? a.claims.flatMap((x) => x.readings) : [])
    if (r.windowSource === 'default' || r.windowSource === 'carried')
      Object.assign(r, { window: asked, windowSource: 'carried' });
  return a;
}
