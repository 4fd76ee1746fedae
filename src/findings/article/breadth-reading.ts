/**
 * One count of sectors as a claim (metric 'breadth', a count, exact to the unit): what ./breadth-claim.ts
 * makes of "Nine of the 11 sectors rose", "Only energy fell".
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ReadClaim, TextSpan } from '../claim-read.ts';

/**
 * The claim that `own.stated` sectors moved `own.side` over `window` (of `of` as written).
 * @example breadthClaim(piece, at, { stated: 9, side: 'up' }, 11, window, 'sentence', 's2-1') // { readings: [{ metric: 'breadth', stated: 9 }] }
 */
export function breadthClaim(
  piece: { text: string; start: number },
  at: TextSpan,
  own: { stated: number; side: 'up' | 'down' },
  of: number | undefined,
  window: ClaimWindow,
  windowSource: ReadClaim['windowSource'],
  id: string,
): ClaimReadings {
  const claim: ReadClaim = {
    id,
    text: piece.text,
    metric: 'breadth',
    subjects: ['sectors'],
    parsedSubjects: [{ kind: 'unheld', id: 'sectors' }],
    window,
    windowSource,
    stated: own.stated,
    unit: 'count',
    tolerance: 0.5,
    conventions: {},
    comparator: { kind: 'eq', lo: own.stated - 0.5, hi: own.stated + 0.5 },
    precision: { written: String(own.stated), decimals: 0, halfUnit: 0.5 },
    signSource: 'none',
    breadth: { side: own.side, ...(of !== undefined ? { of } : {}) },
    span: { start: piece.start + at.start, end: piece.start + at.end },
    numberSpans: [],
  };
  return { id, readings: [claim] };
}
