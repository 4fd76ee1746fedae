/**
 * A record not bettered since, said with no number: "The Russell 2000 has yet to top its November 2021
 * record", "The index hasn't closed at a record since November 2021". The claim is that every close after that
 * period stayed below the period's highest close: a distance whose close is the highest since (`at: 'peak'`,
 * ../evaluate-distance.ts), below zero. A record with no period ("has yet to top its record") names none, and is
 * not read; "It last set a record in November 2021" is read here only when no record phrase of ./records.ts took
 * the sentence first (today one does: that month's record is checked, not the closes since).
 */
import type { ClaimReadings, ReadOptions } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { MONTH_RE } from './dates.ts';
import { range } from './extreme-range.ts';
import { expandSubjects, readingsOf, readingsWhy } from './readings.ts';
import type { Piece } from './split.ts';
import { spokenSubjects } from './spoken-subject.ts';
import type { SubjectHit } from './subjects.ts';
import { zeroSide } from './zero-side.ts';

const NOT = String.raw`(?:yet\s+to|still\s+(?:has\s+)?(?:to|not)|not\s+yet|never|(?:has|have|had|did|does)n['’]t(?:\s+yet)?|not)`;
const RECORD = String.raw`(?:record|all-time\s+high|record\s+(?:high|close)|(?:new|fresh)\s+(?:record|high))`;
const PERIOD = String.raw`(?:(?:${MONTH_RE})\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d|(?:${MONTH_RE})|(?:19|20)\d\d)`;
/** "has yet to top its November 2021 record", "has not regained the record high it set in November 2021". */
const UNBEATEN = new RegExp(
  String.raw`\b${NOT}\s+(?:top(?:ped)?|surpass(?:ed)?|exceed(?:ed)?|beat(?:en)?|better(?:ed)?|eclipsed?|reclaim(?:ed)?|regain(?:ed)?|retake|retaken)\s+(?:its|their|the)\s+((?:[\w.,'’-]+\s+){0,3}?)(?:record|peak|high|top)s?(?:\s+(?:high|close|closing\s+high))?(?:\s+(?:(?:it|they)\s+)?(?:set|hit|reached|notched)\s+(?:in|on)\s+(${PERIOD}))?`,
  'i',
);
/** "hasn't closed at a record since November 2021", "last set a record in November 2021". */
const SINCE = new RegExp(
  String.raw`\b(?:${NOT}\s+(?:set|hit|notched|posted|made|reached|touched|(?:closed|finished|ended)\s+at)\s+(?:an?\s+)?${RECORD}\s+since|last\s+(?:set|hit|notched|posted|made|reached|touched|(?:closed|finished|ended)\s+at)\s+(?:an?\s+)?${RECORD}\s+(?:in|on))\s+(${PERIOD})\b`,
  'i',
);

/**
 * The claim that no close since the period named topped its highest, or undefined.
 * @example untoppedRecord(piece, 'The Russell 2000 has yet to top its November 2021 record.', 's2-1', hits, { to: '2024-11-29' }, ctx)
 * // { readings: [{ metric: 'distance', at: 'peak', extreme: { side: 'high', from: '2021-11-01', to: '2021-11-30' }, comparator: below 0 }] }
 */
export function untoppedRecord(
  piece: Piece,
  t: string,
  id: string,
  subjects: readonly SubjectHit[],
  o: ReadOptions,
  ctx: ArticleContext,
): ClaimReadings | undefined {
  const m = UNBEATEN.exec(t) ?? SINCE.exec(t);
  if (!m || !o.to) return undefined;
  const when = range(m.length > 2 ? `${m[1]} ${m[2] ?? ''}` : m[1], o.to);
  if (!when.from || !when.to || when.to >= o.to) return undefined;
  // "It has yet to top …", "The index hasn't …": the article's subject.
  const list = spokenSubjects(t, m.index, subjects, ctx.subject);
  if (!list.length) return undefined;
  const words = m[0].trim();
  const span = { start: piece.start + m.index, end: piece.start + m.index + m[0].length };
  const readings = readingsOf(id, piece.text, expandSubjects(list, t), {
    window: { kind: 'dates', from: when.to, to: o.to },
    windowSource: 'sentence',
    conventions: {},
    signSource: 'verb',
    metric: 'distance',
    extreme: { side: 'high', words, from: when.from, to: when.to },
    at: 'peak',
    unit: 'percent',
    ...zeroSide(false, `${words}: every close since below it`),
    span,
  });
  const why = readingsWhy(list, t);
  return { id, readings, ...(why ? { why } : {}) };
}
