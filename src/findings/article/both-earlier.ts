/**
 * "Both indexes", "each of them", "the two indexes" with no subject named in the sentence: the two subjects
 * of the returns the sentence before stated. "The Russell 2000 fell 2.5% and the S&P 500 dropped 2.4%. It was
 * the worst day for both indexes since June." is a record of each; "Both indexes fell more than 2%." a fall of
 * each. The clause reads the number (or the record) as the first of the two (./clause-subject.ts, "both
 * indexes" is a pronoun there); each such claim gets a twin of the other.
 */
import type { ClaimReadings } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { isMeasurable } from './bound-subject.ts';
import type { SubjectHit } from './subjects.ts';

const NOUNS = '(?:indexes|indices|gauges|benchmarks|funds|ETFs|measures)';
/** The words that name the two subjects of the sentence before. */
export const BOTH_EARLIER = new RegExp(
  `\\b(?:both\\s+(?:of\\s+them|of\\s+the\\s+${NOUNS}|${NOUNS})|each\\s+of\\s+them|the\\s+two\\s+${NOUNS}|(?:for|of)\\s+both(?=\\s*[,.;:]|\\s+since\\b))\\b|^\\s*both\\s+(?=(?:have\\s+|had\\s+|were\\s+|are\\s+)?(?:[a-z]+ed|rose|fell|lost|gained|rallied|slid|sank|shed|added|climbed|dropped|ended|closed|finished|posted|hit)\\b)`,
  'i',
);

/**
 * `out` with a twin of each claim of one of the two subjects the sentence before stated returns of, when the
 * sentence speaks of both and names no subject of its own.
 * @example bothEarlier('It was the worst day for both indexes since June.', out, [], ctx) // the record of ^RUT and of ^GSPC
 */
export function bothEarlier(
  t: string,
  out: ClaimReadings[],
  subjects: readonly SubjectHit[],
  ctx: ArticleContext,
): ClaimReadings[] {
  if (!BOTH_EARLIER.test(t) || subjects.some((h) => isMeasurable(h.subject))) return out;
  const two = [...new Map((ctx.returns ?? []).map((r) => [r.subjects[0], r.parsedSubjects[0]])).entries()];
  if (two.length !== 2 || two.some(([id, s]) => !id || !s)) return out;
  for (const c of [...out]) {
    const x = c.readings[0];
    const i = two.findIndex(([id]) => id === x.subjects[0]);
    if (c.readings.length !== 1 || x.subjects.length !== 1 || i < 0) continue;
    const [id, parsed] = two[1 - i];
    const twin = c.id.replace(/\d+$/, () => String(out.length + 1));
    out.push({ id: twin, readings: [{ ...x, id: twin, subjects: [id], parsedSubjects: [parsed] }] });
  }
  return out;
}
