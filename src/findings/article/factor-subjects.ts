/**
 * The size and value factors as subjects: "the Fama-French size factor", "the size factor (SMB)", "SMB", "small
 * minus big" are Kenneth French's SMB (the subject 'SMB': a long-short return, small minus big stocks on NYSE
 * breakpoints; ../evaluate-french.ts factorLeg). So are "the size premium", "the small-cap premium" and "the size
 * effect": the premium as Fama and French measure it (before the thirty-third round they were no subject). "HML",
 * "the value factor" are French's US HML (since the forty-seventh round).
 */
import type { ClaimSubject } from '../claim-read.ts';
import type { SubjectHit } from './subjects.ts';

const SIZE_FACTOR =
  /\b(?:the\s+)?(?:(?:fama[- ]french|french['’]?s?|us|u\.s\.)\s+)*size\s+factor(?:\s*\(\s*smb\s*\))?|\bsmb\b(?:\s+factor)?|\bsmall[- ]minus[- ]big\b(?:\s+factor)?|\b(?:the\s+)?(?:fama[- ]french\s+)?(?:size|small[- ](?:cap|firm|stock|company))\s+(?:premium|effect)\b/gi;

/**
 * The value factor, French's US HML (high minus low book-to-market): "HML", "the value factor (HML)", "high
 * minus low", "the value premium". Not in a sentence naming another region: French's regional files here hold
 * HML for none that capgap reads (its regional size factor is read by `regionalFactor`).
 */
const VALUE_FACTOR =
  /\bhml\b(?:\s+factor)?|\b(?:the\s+)?(?:(?:fama[- ]french|french['’]?s?|us|u\.s\.)\s+)*value\s+(?:factor|premium)(?:\s*\(\s*hml\s*\))?|\bhigh[- ]minus[- ]low\b(?:\s+factor)?/gi;
const ELSEWHERE =
  /\b(?:europe|european|euro\s?zone|japan|japanese|international|global|developed|emerging)\b/i;

/**
 * The size and value factors' mentions in a sentence.
 * @example findFactors('The Fama-French size factor (SMB) returned 5.6%')[0].subject // { kind: 'security', id: 'SMB' }
 */
export function findFactors(text: string): SubjectHit[] {
  const hit = (id: string) => (m: RegExpExecArray) => ({
    start: m.index,
    end: m.index + m[0].length,
    subject: { kind: 'security' as const, id },
  });
  const value = ELSEWHERE.test(text) ? [] : [...text.matchAll(VALUE_FACTOR)].map(hit('HML'));
  return [...[...text.matchAll(SIZE_FACTOR)].map(hit('SMB')), ...value];
}

/** A region the size factor is said of: "In Europe, the size factor …", "the European size factor", "SMB in Japan". */
const FACTOR_REGION =
  /\b(?:in|for|across)\s+(europe|japan|the\s+euro\s?zone)\b|\b(european|europe['’]s|japanese|japan['’]s|international|global)\s+(?:size\s+factor|smb)\b|\b(?:size\s+factor|smb)\s+(?:in|for)\s+(europe|japan)\b|\b(?:size\s+factor|smb)\s+(outside\s+the\s+u\.?s\.?)/i;
/** The size factor's words, once (SIZE_FACTOR is global, for matchAll). */
const SIZE_FACTOR_ONE = new RegExp(SIZE_FACTOR.source, 'i');
const REGION_OF: [RegExp, string][] = [
  [/europe|euro/i, 'europe'],
  [/japan/i, 'japan'],
  [/international|outside/i, 'developed-ex-us'],
  [/global/i, 'developed'],
];

/**
 * The size factor of a region ("In Europe, the size factor was flat"): French's regional SMB, the spread of
 * the region's small caps over its large caps (../../claim-regions.ts); else undefined.
 * @example regionalFactor('In Europe, the size factor was flat') // [europe:small, europe:large]
 */
export function regionalFactor(text: string): ClaimSubject[] | undefined {
  const m = FACTOR_REGION.exec(text);
  if (!m || !SIZE_FACTOR_ONE.test(text)) return undefined;
  const words = m[1] ?? m[2] ?? m[3] ?? m[4];
  const region = REGION_OF.find(([re]) => re.test(words))?.[1];
  if (!region) return undefined;
  return [
    { kind: 'region', region, leg: 'small' },
    { kind: 'region', region, leg: 'large' },
  ];
}
