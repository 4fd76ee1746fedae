/**
 * A place among elections set before the clause it ranks: "Ranked against every election since 1988, this
 * week's small-cap gain was the largest", "Compared with every presidential election since 1980, the Russell
 * 2000's gain in the week after the vote was the second-biggest". The same record as "the largest of any
 * election since 1988" (./record-events.ts): a place among the elections from that year on, over the window
 * the clause gives. Its span is the superlative's, so the subject between stays the sentence's. So is "Not since
 * 2016 have small caps beaten large caps by this much": the biggest since 2016.
 */
import type { RecordPhrase, TextSpan } from '../claim-read.ts';
import { ORDINALS } from './number-words.ts';

const FRONTED = new RegExp(
  String.raw`^\s*((?:ranked\s+(?:against|among)|(?:when\s+)?compared\s+(?:with|to)|set\s+against|measured\s+against|among|of)\s+(?:every|all|each|any)\s+(?:of\s+the\s+)?(?:other\s+)?(?:(?:us|u\.s\.)\s+)?(?:presidential\s+|midterm\s+)?elections?\s+since\s+((?:18|19|20)\d\d))\s*,[^.;]*?\b(?:was|is|ranks?(?:\s+as)?|came\s+in\s+as)\s+(the\s+(?:(\d+(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})[\s-]+)?(largest|biggest|best|strongest|widest|worst|weakest|smallest|narrowest))\b`,
  'i',
);

/**
 * "Not since 2016 have small caps beaten large caps by this much after a vote", "Not since March 2020 has the
 * Russell 2000 fallen so hard in a week": the biggest (widest, worst) since that year.
 */
const NOT_SINCE =
  /^\s*not\s+since\s+(?:(?:early|mid|late)[- ]?)?(?:[a-z]+\.?\s+)?((?:18|19|20)\d\d)\s*,?\s+(?:has|have|had|did|was|were|is|are)\b[^.;]*/i;

/**
 * The fronted place of `text` (above), or none.
 * @example frontedRecords('Ranked against every election since 1988, this week's gain was the largest.') // [{ record: { kind: 'rank', rank: 1, sinceYear: 1988 } }]
 */
export function frontedRecords(text: string): (TextSpan & { record: RecordPhrase })[] {
  const not = NOT_SINCE.exec(text);
  if (not) {
    const words = not[0].trim();
    const loss = /\b(?:worse|weaker|fallen|fell|dropped|lagged|trailed|underperformed|hard|steep)\b/i.test(
      words,
    );
    const kind = /\b(?:wide|wider|gap|spread|margin)\b/i.test(words) ? 'widest-since' : 'biggest-since';
    const period = /\bin\s+(?:a|one)\s+(?:single\s+)?(day|session|week|month|year)\b/i
      .exec(words)?.[1]
      .toLowerCase();
    const record: RecordPhrase = {
      kind,
      sinceYear: Number(not[1]),
      direction: loss ? 'loss' : 'gain',
      words,
      ...(period ? { period: (period === 'session' ? 'day' : period) as RecordPhrase['period'] } : {}),
      // "… after a vote": among the elections since that year, the same window after each.
      ...(/\b(?:after|following)\s+(?:a|an|the)\s+(?:vote|election)\b|post-election/i.test(words)
        ? { amongEvents: true }
        : {}),
    };
    // (its span the opening words only: the subjects after it are the sentence's)
    const end = not.index + not[0].indexOf(not[1]) + not[1].length;
    return [{ start: not.index, end, record }];
  }
  const m = FRONTED.exec(text);
  if (!m) return [];
  const start = m.index + m[0].length - m[3].length;
  const rank = m[4] ? (ORDINALS[m[4].toLowerCase()] ?? Number.parseInt(m[4], 10)) : 1;
  const loss = /worst|weakest|smallest|narrowest/i.test(m[5]);
  const record: RecordPhrase = {
    kind: 'rank',
    rank,
    sinceYear: Number(m[2]),
    direction: loss ? 'loss' : 'gain',
    words: `${m[1]} … ${m[3]}`,
    amongEvents: true,
  };
  return [{ start, end: m.index + m[0].length, record }];
}
