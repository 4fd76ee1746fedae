/**
 * The size factor as a subject: "the Fama-French size factor", "the size factor (SMB)", "SMB", "small minus
 * big" are Kenneth French's SMB (the subject 'SMB': a long-short return, small minus big stocks on NYSE
 * breakpoints; ../evaluate-legs.ts factorLeg). "The size premium" stays a spread of small over large caps.
 */
import type { SubjectHit } from './subjects.ts';

const SIZE_FACTOR =
  /\b(?:the\s+)?(?:(?:fama[- ]french|french['’]?s?|us|u\.s\.)\s+)*size\s+factor(?:\s*\(\s*smb\s*\))?|\bsmb\b(?:\s+factor)?|\bsmall[- ]minus[- ]big\b(?:\s+factor)?/gi;

/**
 * The size factor's mentions in a sentence.
 * @example findFactors('The Fama-French size factor (SMB) returned 5.6%')[0].subject // { kind: 'security', id: 'SMB' }
 */
export function findFactors(text: string): SubjectHit[] {
  return [...text.matchAll(SIZE_FACTOR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    subject: { kind: 'security', id: 'SMB' },
  }));
}
