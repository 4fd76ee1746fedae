/**
 * A gap stated before its legs, with no subject of its own: "Last year the gap was 5.1 percentage points: the
 * Russell 2000 rose 11.3%, the S&P 500 16.4%". The gap is the two legs' that follow it over their period, turned
 * the way the stated legs make it positive (16.4 less 11.3: the S&P 500 ahead), so no data decides its side.
 */
import type { ClaimReadings } from '../claim-read.ts';
import type { Quantity } from './numbers.ts';

export { roundedLegs } from './gap-rounding.ts'; // the legs' rounding, read after the gaps

/** The gap's noun before its number: "the gap was ", "a difference of ", "the spread stood at ". */
const GAP_BEFORE =
  /\b(?:gap|spread|difference|margin|gulf)\s+(?:was|is|of|stood\s+at|came\s+to|amounted\s+to|widened\s+to|narrowed\s+to)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+over|just\s+under)\s+)?$/i;

/**
 * Adds the spread of a gap stated before its legs to `out` (in the sentence's order, the claims' ids renumbered)
 * and drops the "no subject" problem it left; does nothing when the sentence has no such gap.
 * @example gapBeforeLegs(t, 's3', quantities, out, problems, piece.start) // out: [spread ^GSPC vs ^RUT 5.1, return ^RUT 11.3, …]
 */
export function gapBeforeLegs(
  t: string,
  prefix: string,
  quantities: readonly Quantity[],
  out: ClaimReadings[],
  problems: string[],
  offset: number,
): void {
  for (const q of quantities) {
    if (q.unit !== 'pp' || !GAP_BEFORE.test(t.slice(0, q.start)) || !/^\s*[:—–-]\s/.test(t.slice(q.end)))
      continue;
    const why = problems.findIndex((p) =>
      p.startsWith(`no subject for ${JSON.stringify(t.slice(q.start, q.end))}`),
    );
    if (why < 0) continue;
    const legs = out
      .map((c) => c.readings[0])
      .filter((r) => r.metric === 'return' && r.subjects.length === 1 && r.span.start >= q.end)
      .slice(0, 2);
    if (legs.length !== 2 || JSON.stringify(legs[0].window) !== JSON.stringify(legs[1].window)) continue;
    const [hi, lo] = legs[0].stated >= legs[1].stated ? legs : [legs[1], legs[0]];
    if (Math.abs(hi.stated - lo.stated - q.value) > q.halfUnit + 1e-9) continue;
    const span = { start: offset + q.start, end: offset + q.end };
    const gap: ClaimReadings = {
      id: '',
      readings: [
        {
          ...legs[0],
          metric: 'spread',
          subjects: [hi.subjects[0], lo.subjects[0]],
          parsedSubjects: [hi.parsedSubjects[0], lo.parsedSubjects[0]],
          ...(hi.parsedSubjects[0].kind === 'security' && lo.parsedSubjects[0].kind === 'security'
            ? { target: 'security' as const }
            : {}),
          stated: q.value,
          unit: 'pp',
          tolerance: q.halfUnit,
          comparator: { kind: 'eq', lo: q.value - q.halfUnit, hi: q.value + q.halfUnit },
          precision: { written: q.written, decimals: q.decimals, halfUnit: q.halfUnit },
          signSource: 'none',
          span,
          numberSpans: [span],
        },
      ],
    };
    problems.splice(why, 1);
    out.splice(
      out.findIndex((c) => c.readings[0] === legs[0]),
      0,
      gap,
    );
    out.forEach((c, k) => {
      c.id = `${prefix}-${k + 1}`;
      c.readings.forEach((r, j) => {
        r.id = c.readings.length > 1 ? `${c.id}${'abcdefgh'[j]}` : c.id;
      });
    });
  }
}
