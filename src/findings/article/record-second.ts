/**
 * The records of a sentence beside its first that no number took: "It was the index's biggest one-day advance
 * since November 2022, and its best relative performance against the S&P 500 since January 2021". One that
 * names what it beat ("against the S&P 500", "relative to large caps") is a claim of its own, read as the
 * first (./record-claim.ts), and so is a run against a subject named ("lagged the S&P 500 for a fourth year in a
 * row"); any other is said, not dropped ("…: it finished at a record on 15 consecutive
 * sessions, the longest such streak since 1993": its day within the stretch is not read).
 */
import type { ClaimReadings, ReadOptions } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { recordClaim } from './record-claim.ts';
import { clauseOpen } from './record-subjects.ts';
import type { RecordHit } from './records.ts';
import type { Piece } from './split.ts';
import type { SubjectHit } from './subjects.ts';
import type { WindowHit } from './windows.ts';

/**
 * Where the clause of a tally that names its own subject opens: "…, and the Russell 2000 has risen in nine of
 * the past ten weeks", "…, and the index gained in each of the three days since the vote" (not "…, and in nine
 * of the past ten weeks", which counts the first clause's subject).
 */
function ownTally(t: string, h: RecordHit, subjects: readonly SubjectHit[]): number | undefined {
  const from = clauseOpen(t, h.start);
  const named = (x: SubjectHit) =>
    x.start >= (from ?? 0) && x.end <= h.start && x.subject.kind !== 'opposite';
  // "…, and the index gained in each of the three days since the vote": the article's index, in its own clause.
  return from !== undefined && (subjects.some(named) || BACK_NOUN.test(t.slice(from, h.start)))
    ? from
    : undefined;
}

/** A clause led by the index the article spoke of: "the index gained", "the gauge has risen", "the index itself rose". */
const BACK_NOUN =
  /^(?:the\s+(?:index|gauge|benchmark|small-cap\s+(?:index|gauge|benchmark)))\s+(?:(?:itself|also|too)\s+)?(?:has\s+|have\s+)?(?:[a-z]+(?:ed|en)|rose|fell|beat|slid|sank|lost|won)\b/i;

/** A record's words that name what it beat. */
const AGAINST = /\b(?:against|relative\s+to|versus|vs\.?|compared\s+(?:with|to))\s+\S/i;

/**
 * The second records' claims (pushed to `out`) and what is said of the rest (pushed to `problems`).
 * @example secondRecords(piece, t, 's2', out, placed, true, subjects, windows, o, ctx, problems)
 */
export function secondRecords(
  piece: Piece,
  t: string,
  prefix: string,
  out: ClaimReadings[],
  placed: readonly RecordHit[],
  alone: boolean,
  subjects: readonly SubjectHit[],
  windows: readonly WindowHit[],
  o: ReadOptions,
  ctx: ArticleContext,
  problems: string[],
): void {
  const kept = (h: RecordHit) => out.some((c) => c.readings.some((x) => x.record?.words === h.record.words));
  const other = alone || placed.some(kept);
  for (const h of other ? placed.filter((h) => !kept(h)) : []) {
    const against = AGAINST.test(h.record.words) && !h.record.tally && h.record.streak === undefined;
    // "…, its second straight annual gain, but it lagged the S&P 500 for a fourth year in a row": a run against
    // another subject the clause names is a claim of its own too.
    const run = h.record.streak !== undefined && !h.record.tally;
    // "…, and the Russell 2000 has risen in nine of the past ten weeks": a tally its own clause reads alone.
    const from = h.record.tally ? ownTally(t, h, subjects) : undefined;
    const rc =
      from !== undefined
        ? recordClaim(
            piece,
            ' '.repeat(from) + t.slice(from),
            `${prefix}-${out.length + 1}`,
            subjects.filter((x) => x.start >= from),
            windows.filter((w) => w.start >= from),
            h,
            o,
            ctx,
          )
        : against || run
          ? recordClaim(piece, t, `${prefix}-${out.length + 1}`, subjects, windows, h, o, ctx)
          : '';
    const pair =
      typeof rc === 'string'
        ? undefined
        : against
          ? againstFirst(rc, out)
          : rc.readings[0].parsedSubjects.length === 2 || from !== undefined
            ? rc
            : undefined;
    if (pair) out.push(pair);
    else
      problems.push(
        `a second record (${JSON.stringify(h.record.words)}) with no number of its own: capgap checks the sentence's first; to check this one, give it its own sentence with its number, or a line in a claims file`,
      );
  }
}

/**
 * The second record as the first's subject against the one its words name, over the first's window and period
 * ("the index's biggest one-day advance …, and its best relative performance against the S&P 500 since January
 * 2021": the Russell 2000 against the S&P 500 that day); undefined when the first names no subject, or the same.
 */
function againstFirst(rc: ClaimReadings, out: readonly ClaimReadings[]): ClaimReadings | undefined {
  const r = rc.readings[0];
  const first = out.find((c) => c.readings[0].record)?.readings[0];
  if (r.parsedSubjects.length === 2) return rc;
  const [own, named] = [first?.parsedSubjects[0], r.parsedSubjects[0]];
  if (!first?.record || !r.record || !own || !named || JSON.stringify(own) === JSON.stringify(named))
    return undefined;
  const record = { ...r.record, period: r.record.period ?? first.record.period };
  const reading = {
    ...r,
    subjects: [first.subjects[0], r.subjects[0]],
    parsedSubjects: [own, named],
    window: first.window,
    windowSource: first.windowSource,
    record,
  };
  return { ...rc, readings: [reading] };
}
