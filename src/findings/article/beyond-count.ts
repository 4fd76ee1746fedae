/**
 * Counts of moves beyond a size within a stretch: "The Russell 2000 rose more than 2% five times in December",
 * "has risen more than 2% on three days this month", and a "by the numbers" line, "3: the number of sessions in
 * December in which the index rose more than 2%". A tally (../../findings/record-tally.ts) with `beyond` and no
 * `of`: the stretch is the window's every session (`sharedOf`), the count the moves past the size. The record's
 * span covers the size, so it is no return of its own; the stretch ("in December") stays a window phrase.
 */
import type { RecordPhrase } from '../claim-read.ts';
import { LINE_START } from './lead-line.ts';
import type { RecordHit } from './records.ts';
import { CARD, count, DOWN } from './streak-words.ts';

/** A move past a size: "rose more than 2%", "fell by at least 1.5%", "gained over 3 per cent". */
const MOVE = String.raw`\b(rose|risen|gained|climbed|jumped|advanced|rallied|fell|fallen|dropped|declined|lost|slid|tumbled)\s+(?:by\s+)?(more\s+than|over|at\s+least)\s+(\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)`;

/**
 * "rose more than 2% five times", "has risen more than 2% on three days", "on four separate sessions"; not "in
 * four sessions" nor "three days after the vote" (a move over the stretch: a return).
 */
const TIMES = new RegExp(
  String.raw`${MOVE}\s+(on\s+)?${CARD}\s+(separate\s+)?(times|occasions|days|sessions|trading\s+days)\b(?!\s+(?:in\s+a\s+row|straight|running|after|since|following|later|before|ago)\b)`,
  'i',
);

/** "3: the number of sessions in December in which the index rose more than 2%" (after the line's number). */
const COUNT_LINE = new RegExp(
  String.raw`^(\d{1,2})\s*(?::|[—–]|\s-)\s+the\s+number\s+of\s+(?:trading\s+)?(?:sessions|days)\b[^:;]{0,80}?\b(?:in\s+which|on\s+which|when|that)\s+[^:;]{0,40}?${MOVE}`,
  'i',
);

const TAIL = new RegExp(`${MOVE}$`, 'i');

function phrase(hits: number, verb: string, bound: string, pct: string, words: string): RecordPhrase {
  return {
    kind: 'streak',
    streak: 0,
    tally: { hits, beyond: { pct: Number(pct), inclusive: /least/i.test(bound) } },
    period: 'day',
    direction: DOWN.test(verb) ? 'loss' : 'gain',
    words,
  };
}

/**
 * The count of moves past a size the sentence states, or null.
 * @example beyondCount('The Russell 2000 rose more than 2% five times in December.')?.record.tally // { hits: 5, beyond: { pct: 2, inclusive: false } }
 */
export function beyondCount(text: string): RecordHit | null {
  const at = text.search(/\d/);
  const line = at >= 0 && LINE_START.test(text.slice(0, at)) ? COUNT_LINE.exec(text.slice(at)) : null;
  if (line) {
    const end = at + line[0].length;
    const start = end - (TAIL.exec(line[0])?.[0].length ?? 0); // the move and its size, not the stretch
    return { start, end, record: phrase(Number(line[1]), line[2], line[3], line[4], line[0]) };
  }
  const m = TIMES.exec(text);
  // Days or sessions are counted only "on" them or "separate" ones ("rose more than 2% on three days").
  if (!m || (/days|sessions/i.test(m[7]) && !m[4] && !m[6])) return null;
  const hits = count(m[5]);
  if (!(hits >= 0)) return null;
  return { start: m.index, end: m.index + m[0].length, record: phrase(hits, m[1], m[2], m[3], m[0]) };
}
