/**
 * Records that make a claim of their own in a sentence that states numbers: one ranking a difference no
 * number states (`relativeRecord`), and one said of the claim before ("That was their best week on record,
 * up from $1.8bn the previous week": the numbers after it are the comparison's, the record the last claim's);
 * and a record said of each subject listed ("The S&P 500 and the Dow both closed at record highs", `eachListed`).
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ClaimSubject, RecordPhrase } from '../claim-read.ts';
import { findQuantities } from './numbers.ts';
import { THEN_OPEN } from './record-then.ts';
import type { RecordHit } from './records.ts';
import type { SubjectHit } from './subjects.ts';
import { findVerbs } from './verbs.ts';
import type { WindowHit } from './windows.ts';

/** A relative verb and its object just before a run ("outpacing the S&P 500 (-0.2%) "). */
const RUN_VERB =
  /\b(?:outperform|outpac|outran|outrun|outstrip|beat|beating|trail|lagg?|underperform)\w*\s+(?:the\s+)?(?:[^,;:.]|\.\d){2,50}$/i;

/**
 * A record of one thing relative to another ("their best month relative to large caps since 2020", "the
 * Russell 2000 outperformed the S&P 500 by the most since 2020") in a sentence that states returns but no
 * difference: it ranks the difference, not the first return, so it is read as a claim of its own
 * (./record-claim.ts); so is a record said of the claim before (`backRecord`); undefined otherwise.
 */
export function relativeRecord(
  records: readonly RecordHit[],
  claims: readonly ClaimReadings[],
  t: string,
): RecordHit | undefined {
  // A tally over elections ranks no number the sentence states ("…, with an average outperformance of 2.1 points").
  // Nor does the time since a record close ("has gone 750 trading days without a record close").
  const events = records.find((r) => r.record.tally?.events || r.record.drought);
  if (events) return events;
  // "… haven't had a day like this since Nov 2022 (the CPI day, +6.1%)": the bracket's number is the earlier day's.
  const then = claims.length ? undefined : records.find((r) => THEN_OPEN.test(t.slice(r.end)));
  if (then) return then;
  const metrics = claims.map((c) => c.readings[0]?.metric);
  if (metrics.includes('spread') || metrics.includes('excess-return')) return undefined;
  const byVerb = (r: RecordHit) =>
    /\bby\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, r.start - 8), r.start)) &&
    /\b(?:outperform|beat|outpac|outran|outrun|trail|lagg?|underperform)\w*\s+[^,;]{0,60}$/i.test(
      t.slice(0, r.start),
    );
  // "… on pace for the biggest gap in favour of small stocks since 2008": a gap no number states.
  const gap = (r: RecordHit) =>
    /\b(?:gap|spread|margin|outperformance|underperformance)\b/i.test(r.record.words);
  // "with the Russell 2000 (+0.8%) outpacing the S&P 500 (-0.2%) for a 10th straight session": a run of
  // sessions ahead of the one the verb names, not of the first return's own gains.
  const runVs = (r: RecordHit) =>
    r.record.streak !== undefined &&
    !r.record.tally &&
    RUN_VERB.test(t.slice(Math.max(0, r.start - 80), r.start));
  // "closed the week at a record 1,749.84, having rallied for six of the past eight sessions": a tally of
  // moves when the sentence states closes only; or distances ("It has fallen in 11 of the past 13 sessions, and is
  // 8.6% below its late-November high").
  const tallyOfMoves = (r: RecordHit) =>
    !!r.record.tally && metrics.every((m) => m === 'level' || m === 'points' || m === 'distance');
  // "The index rose in eight of 12 months in 2024 and fell five percent in December": a tally before another
  // verb's number is a claim of its own.
  // The first number after a record (the sentence's numbers found once, when a test first needs them).
  let numbers: ReturnType<typeof findQuantities> | undefined;
  const nextNumber = (r: RecordHit) => {
    numbers ??= findQuantities(t);
    return numbers.find((q) => q.start >= r.end)?.start;
  };
  const tallyBefore = (r: RecordHit) => {
    const upTo = nextNumber(r) ?? r.end;
    const and = /\b(?:and|but|while|yet)\s/i.exec(t.slice(r.end, upTo));
    const from = r.end + (and?.index ?? upTo);
    return (
      !!r.record.tally && findVerbs(t).some((v) => v.kind === 'move' && v.start >= from && v.end <= upTo)
    );
  };
  // "…, while the Dow climbed 512 points to a record close": the close no number states, not the points.
  const ofPoints = (r: RecordHit) =>
    !metrics.includes('level') && POINTS_TO.test(t.slice(0, r.start)) && !!r.record.level;
  // "… its worst post-election day since 2008, when it tumbled 5.3 percent …": the number is the earlier
  // record's (2008's), and the record ranks the move the sentence speaks of.
  const earlierWhen = (r: RecordHit) =>
    r.record.kind === 'biggest-since' &&
    EARLIER_WHEN.test(t.slice(r.end)) &&
    !/\d\s*%/.test(t.slice(0, r.start));
  return records.find(
    (r) =>
      earlierWhen(r) ||
      backRecord(r, t) ||
      ofPoints(r) ||
      /\b(?:relative\s+to|against|versus|vs\.?|compared\s+(?:with|to))\s/i.test(r.record.words) ||
      byVerb(r) ||
      gap(r) ||
      runVs(r) ||
      tallyOfMoves(r) ||
      tallyBefore(r) ||
      ownClause(r, t, nextNumber(r)),
  );
}

/**
 * "The Russell 2000's gain was its biggest since November 2022, and the equal-weighted S&P 500 rose 3.6%": a
 * record that opens the sentence speaking back, in a clause with no number, before another clause's number.
 */
function ownClause(r: RecordHit, t: string, next: number | undefined): boolean {
  const before = t.slice(0, r.start);
  if (!BACK.test(before) || !/^(?:its|their|the)?$/i.test(before.replace(BACK, '').trim())) return false;
  return next !== undefined && /,\s+(?:and|but|while|whereas)\s/i.test(t.slice(r.end, next));
}

/** A "when" clause right after a record "since" a year: the earlier record's own time ("…, when it tumbled 5.3%"). */
export const EARLIER_WHEN = /^\s*,\s*when\s/i;

/**
 * A record's window among its own window phrases: the first, but for a tally over events the first after an
 * event ("This year broke the pattern: small caps had beaten large caps from Election Day to year-end in nine
 * of the last ten elections": each vote's span, not this year's).
 */
export function firstWindow(own: readonly WindowHit[], r: RecordPhrase): ClaimWindow | undefined {
  const event = r.tally?.events ? own.find((w) => w.window?.kind === 'since' && !w.endOnly) : undefined;
  return (event ?? own.find((w) => w.window && !w.endOnly) ?? own.find((w) => w.window))?.window;
}

/** "That was", "It marked", "This is": a demonstrative or pronoun and a copula opening a sentence, after an answer or
 * an adverb if any ("Close: it was", "Indeed, it was"); or a move named again by its owner before a record ("The
 * Russell 2000's gain was its biggest since November 2022"); or a likeness to the move just told ("haven't had a
 * day like this since": ./record-like-this.ts). */
export const BACK =
  /^(?=[^.]*\blike\s+(?:this|that|it)(?:\s+one)?\s+since\b)|^\s*(?:(?:indeed|in\s+fact|yes|no|close|not\s+quite|nearly|and|but|still|so|actually|notably|remarkably|in\s+all|all\s+told|for\s+context|by\s+one\s+measure)\s*[,:;—–]?\s+)?(?:(?:that|this|it|which)(?:['’]s\b|\s+(?:was|is|marked|marks|made|makes|would\s+be|has\s+been|had\s+been|ranks|ranked|puts|put|places|placed)\b)|(?:the\s+)?[\w&.'’ -]{2,40}?['’]s?\s+(?:(?:one|single|two|three)[- ]day\s+|daily\s+|weekly\s+)?(?:gain|rise|rally|advance|jump|surge|drop|fall|decline|loss|slide|slump|move)\s+(?:was|is|marked|ranks|ranked)\s+(?=(?:its|their|the)\s))/i;
/** The numbers after such a record compare ("up from $1.8bn", "more than triple the previous week's $1.8bn"). */
const COMPARED =
  /^[\s\S]*?\b(?:from|than|with|against|versus|vs\.?|double|triple|twice|thrice|times|previous|prior|last|a\s+week\s+earlier|earlier)\b/i;

/**
 * A record opening a sentence that speaks back ("That was their best week on record for inflows, and more
 * than triple the previous week's $1.8bn"): it ranks the claim before, not the numbers after it.
 */
function backRecord(r: RecordHit, t: string): boolean {
  const before = t.slice(0, r.start);
  if (!BACK.test(before) || before.replace(BACK, '').trim()) return false;
  const after = t.slice(r.end);
  return /\d/.test(after) && COMPARED.test(after.slice(0, after.search(/\d/)));
}

/** "climbed 512 points to a", "rose 39 points to an all-time": a move in points up to a record close. */
const POINTS_TO = /\b(?:points?|pts)\s+(?:to|at)\s+(?:a|an|another)\s+(?:new\s+|fresh\s+)?$/i;

/**
 * The subject of a record close reached by a move in points ("The S&P 500 rose 1.4%, while the Dow climbed
 * 512 points to a record close": the Dow's close, not the S&P 500's against it), or undefined.
 * @example closeOfPoints(t, hit, subjects) // { kind: 'security', id: '^DJI' }
 */
export function closeOfPoints(
  t: string,
  hit: RecordHit,
  subjects: readonly SubjectHit[],
): ClaimSubject | undefined {
  const near = subjects.filter((h) => h.end <= hit.start && h.subject.kind !== 'opposite').at(-1);
  if (!hit.record.level || !near || !POINTS_TO.test(t.slice(0, hit.start))) return undefined;
  return /[.;]/.test(t.slice(near.end, hit.start)) ? undefined : (near.subject as ClaimSubject);
}

/**
 * "The S&P 500 and the Dow both closed at record highs": a level or a streak of each subject listed, one
 * claim each, not one against the other ("Small caps have outperformed large caps for four straight
 * sessions" stays a streak of the difference).
 * @example eachListed(rc, 'The S&P 500 and the Dow both closed at record highs.', hits).length // 2
 */
export function eachListed(rc: ClaimReadings, t: string, subjects: readonly SubjectHit[]): ClaimReadings[] {
  const x = rc.readings[0];
  const r = x.record;
  if (!r || !(r.level || r.streak !== undefined) || rc.readings.length !== 1 || x.subjects.length !== 2)
    return [rc];
  const [a, b] = subjects;
  if (!a || !b || !/^\s*(?:,|and|&)\s*(?:the\s+)?$/i.test(t.slice(a.end, b.start))) return [rc];
  // "The spread between the bottom and top deciles has been positive on 11 of …": one difference, not a list.
  // "Relative to large caps, small caps remain near their weakest level": one against the other, no list.
  if (
    /\b(?:(?:spread|gap|difference|margin)\s+between|relative\s+to|against|versus|compared\s+(?:with|to))\s+(?:the\s+)?$/i.test(
      t.slice(0, a.start),
    )
  )
    return [rc];
  return x.subjects.map((s, i) => {
    const id = rc.id.replace(/\d+$/, (n) => String(Number(n) + i));
    return { id, readings: [{ ...x, id, subjects: [s], parsedSubjects: [x.parsedSubjects[i]] }] };
  });
}
