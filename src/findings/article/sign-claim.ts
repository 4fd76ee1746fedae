/**
 * A side with no number: "The Russell 2000 turned positive for the year on Wednesday", "The index is now up for
 * the year", "small caps are in the black for 2016", "The S&P 500 is still down for the month". The claim is
 * that the return over the period the words name is above zero (below, for "down", "negative", "in the red"):
 * a return with the comparator `{kind: gt, lo: 0}` (`lt`, `hi: 0`), checked as any return is. A side with no
 * period ("is up", "turned positive") names none and is not read.
 */
import type { ClaimReadings, ReadOptions } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { isOneDay } from './pick-window.ts';
import { expandSubjects, readingsOf, readingsWhy } from './readings.ts';
import type { Piece } from './split.ts';
import { spokenSubjects } from './spoken-subject.ts';
import type { SubjectHit } from './subjects.ts';
import { findWindows } from './windows.ts';
import { zeroSide } from './zero-side.ts';

/** The side and the words up to the period: "is now up for the year", "turned positive for 2016". */
const SIDE =
  /\b(?:is|are|was|were|turned|turns|ended|closed|finished|stays?|stayed|remains?|remained|swung|went)\s+(?:now\s+|still\s+|firmly\s+|solidly\s+|back\s+|barely\s+)?(up|higher|positive|in\s+positive\s+territory|in\s+the\s+black|down|lower|negative|in\s+negative\s+territory|in\s+the\s+red)\s+(?=(?:for|on|since|so\s+far|year[- ]to[- ]date|this|in)\b)/i;

/** The index's members as the subject: "Russell 2000 members", "stocks in the index", "four in five …". */
const MEMBERS =
  /\b(?:members|constituents|components|stocks\s+in\s+the|companies\s+in\s+the)\b|\b(?:\w+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|ten|\d+)\b/i;

/**
 * The claim that a subject's return over the period named is above (below) zero, or undefined.
 * @example signClaim(piece, 'The index is now up for the year.', 's3-1', hits, o, ctx)
 * // { readings: [{ metric: 'return', stated: 0, comparator: { kind: 'gt', lo: 0 }, window: the year to date }] }
 */
export function signClaim(
  piece: Piece,
  t: string,
  id: string,
  subjects: readonly SubjectHit[],
  o: ReadOptions,
  ctx: ArticleContext,
): ClaimReadings | undefined {
  const m = SIDE.exec(t);
  // "Roughly four in five Russell 2000 members are higher since the vote": how many rose, not the index.
  if (!m || MEMBERS.test(t.slice(0, m.index))) return undefined;
  // No name: "it", "they", "the index" are the article's subject; "Stocks ended higher" names none capgap has.
  const list = spokenSubjects(t, m.index, subjects, ctx.subject);
  const hits = findWindows(t.slice(m.index + m[0].length), o).filter((h) => h.window && !h.fallback);
  const hit = hits.find((h) => !h.endOnly);
  if (!list.length || !hit?.window) return undefined;
  // "turned positive for the year on Tuesday": the year to that day.
  const day = hits.find((h) => h !== hit && h.window?.kind === 'dates' && isOneDay(h.window))?.window;
  const window =
    day?.kind === 'dates' && 'to' in hit.window && hit.window.to ? { ...hit.window, to: day.to } : hit.window;
  const down = /down|lower|negative|red/i.test(m[1]);
  const words = `${m[0].trim()} ${t
    .slice(m.index + m[0].length)
    .slice(0, hit.end)
    .trim()}`;
  const span = { start: piece.start + m.index, end: piece.start + m.index + m[0].length + hit.end };
  const every = expandSubjects(list, t);
  const readings = readingsOf(id, piece.text, every, {
    window,
    windowSource: 'sentence',
    conventions: {},
    signSource: 'verb',
    metric: 'return',
    unit: 'percent',
    ...zeroSide(!down, `${words}: ${down ? 'below' : 'above'}`),
    span,
  });
  const why = readingsWhy(list, t);
  return { id, readings, ...(why ? { why } : {}) };
}
