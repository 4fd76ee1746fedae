/**
 * A read sentence's status from its claims and the problems met: claims (with the problems as the reason
 * when some numbers were not read), else not a quantitative claim (no subject capgap measures, or only
 * forecasts, non-returns, levels and non-flows), else unreadable with the reasons.
 */
import type { ClaimReadings, ReadSentence } from '../claim-read.ts';

const NQ = 'not a quantitative claim';

/**
 * The sentence `base` with its status, claims and reason.
 * @example finishSentence(base, [], ['a forecast ("5%")'], true).status // 'not a quantitative claim'
 */
export function finishSentence(
  base: Omit<ReadSentence, 'status' | 'claims'>,
  out: ClaimReadings[],
  problems: string[],
  hasSubjects: boolean,
): ReadSentence {
  if (out.length === 0) {
    if (!hasSubjects)
      return {
        ...base,
        status: NQ,
        claims: [],
        reason: `numbers, but nothing capgap measures: ${problems.join('; ')}`,
      };
    if (problems.every((p) => /^(a forecast|not a return|a level|not a flow)/.test(p)))
      return { ...base, status: NQ, claims: [], reason: problems.join('; ') };
    return { ...base, status: 'unreadable', claims: [], reason: problems.join('; ') };
  }
  return {
    ...base,
    status: 'claims',
    claims: out,
    ...(problems.length ? { reason: problems.join('; ') } : {}),
  };
}
