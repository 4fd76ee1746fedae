/**
 * What a comparison is against when its words name no target, or name it only by a pronoun: "the
 * benchmark" (the index the sentence before spoke of), a small-cap index's bare "outperformed by 5.5 points"
 * (the S&P 500, said so), and "That outpaced the S&P 500's 5.7% gain by …" (what the sentence before measured
 * against the index named).
 */
import type { ClaimSubject } from '../claim-read.ts';
import { isMeasurable } from './bound-subject.ts';
import { BLUE_CHIP, SMALL_INDEXES } from './index-names.ts';
import { type SubjectHit, subjectKey } from './subjects.ts';
import type { VerbHit } from './verbs.ts';

/** The large-cap index beside each small- or mid-cap one, "the blue-chip benchmark" beside it. */
const BLUE_CHIP_OF: Record<string, string> = { '^FTMC': '^FTSE', '^RUT': '^GSPC', IWM: '^GSPC' };
const BENCHMARK =
  /\bthe\s+(?:benchmark|broader\s+index|wider\s+index)\b(?!\s+(?:s&p|russell|ftse|dow|nasdaq))/i;

/**
 * "The small-cap gauge has beaten the benchmark …" (after "The S&P 500 edged up 0.4%."): "the benchmark" in
 * `words` (a comparison's target) is the index the previous sentence spoke of, when that is not the subject.
 * @example benchmarkTarget('beaten the benchmark', rut, spx) // spx
 */
export function benchmarkTarget(
  words: string,
  subject: ClaimSubject | undefined,
  previous: ClaimSubject | undefined,
): ClaimSubject | undefined {
  // "the domestically focused index gained 1.2%, outpacing the blue-chip benchmark by …": the FTSE 100 beside
  // the FTSE 250, the S&P 500 beside the Russell 2000.
  const id = subject?.kind === 'security' ? BLUE_CHIP_OF[subject.id] : undefined;
  if (id && BLUE_CHIP.test(words)) return { kind: 'security', id };
  if (!BENCHMARK.test(words) || previous?.kind !== 'security' || !previous.id.startsWith('^'))
    return undefined;
  return subject?.kind === 'security' && subject.id === previous.id ? undefined : previous;
}

/** "its previous record", "the prior record", "the old record": a record before this one, no benchmark. */
const EARLIER_RECORD = /\b(?:its|their|the)\s+(?:previous|prior|old|former|last)\s+(?:all-time\s+)?record\b/i;

/**
 * What a bare comparison means ("Small caps underperformed by 0.4 percentage points on the day"): a small-cap
 * index, fund or "small caps" against the S&P 500, "large caps" against the Russell 2000, saying so; else
 * undefined (nothing named to compare with).
 * "That beat its previous record, set in January 1985, by more than two percentage points" (`between`: the
 * words from the verb to the number) is a margin over an earlier record: why it is not read.
 * @example unnamedBenchmark({ kind: 'security', id: '^RUT' }, 'underperformed') // { target: ^GSPC, why: … }
 */
export function unnamedBenchmark(
  subject: ClaimSubject,
  words: string,
  between = '',
): { target: ClaimSubject; why: string } | string | undefined {
  const earlier = EARLIER_RECORD.exec(between);
  if (earlier)
    return `a margin over an earlier record (${JSON.stringify(earlier[0])}): capgap checks a record's standing, not how far it beat the one before; state the earlier record's value ("the previous record of 16.5% in February 2000") to check it`;
  const small =
    (subject.kind === 'security' && SMALL_INDEXES.has(subject.id)) ||
    (subject.kind === 'size-class' && subject.size === 'small' && !subject.style);
  // "So large caps won the year by around eight points": large caps against small caps, the Russell 2000.
  const large = subject.kind === 'size-class' && subject.size === 'large' && !subject.style;
  if (!small && !large) return undefined;
  return small
    ? {
        target: { kind: 'security', id: '^GSPC' },
        why: `"${words}" names no benchmark: read against the S&P 500`,
      }
    : {
        target: { kind: 'security', id: '^RUT' },
        why: `"${words}" names no benchmark: read against the Russell 2000`,
      };
}

/** A sentence whose subject is the last one's: "That outpaced", "This beat", "It trailed", "The gauge has outperformed". */
const THAT_OPENS =
  /^\s*(?:that|this|it|they|the\s+(?:[a-z-]+\s+){0,2}(?:index|gauge|benchmark|barometer))\s+(?:(?:has|had|have)\s+)?$/i;

/**
 * "That outpaced the S&P 500's 5.7% gain by more than five percentage points": a subject read as the target
 * itself is the sentence before's, when a pronoun opens the sentence; else `subject` as it was.
 * @example thatSubject(t, relative, spx, spxHit, rut) // rut
 */
export function thatSubject(
  t: string,
  relative: VerbHit | undefined,
  subject: ClaimSubject | undefined,
  targetHit: SubjectHit | undefined,
  previous: ClaimSubject | undefined,
): ClaimSubject | undefined {
  const aimed =
    targetHit && isMeasurable(targetHit.subject) ? (targetHit.subject as ClaimSubject) : undefined;
  if (!relative || !previous || !subject || !aimed || subjectKey(subject) !== subjectKey(aimed))
    return subject;
  return THAT_OPENS.test(t.slice(0, relative.start)) ? previous : subject;
}
