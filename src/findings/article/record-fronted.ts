/**
 * A place among elections set before the clause it ranks: "Ranked against every election since 1988, this
 * week's small-cap gain was the largest", "Compared with every presidential election since 1980, the Russell
 * 2000's gain in the week after the vote was the second-biggest". The same record as "the largest of any
 * election since 1988" (./record-events.ts): a place among the elections from that year on, over the window
 * the clause gives. Its span is the superlative's, so the subject between stays the sentence's.
 */
import type { RecordPhrase, TextSpan } from '../claim-read.ts';
import { ORDINALS } from './number-words.ts';

const FRONTED = new RegExp(
  String.raw`^\s*((?:ranked\s+(?:against|among)|(?:when\s+)?compared\s+(?:with|to)|set\s+against|measured\s+against|among|of)\s+(?:every|all|each|any)\s+(?:of\s+the\s+)?(?:other\s+)?(?:(?:us|u\.s\.)\s+)?(?:presidential\s+|midterm\s+)?elections?\s+since\s+((?:18|19|20)\d\d))\s*,[^.;]*?\b(?:was|is|ranks?(?:\s+as)?|came\s+in\s+as)\s+(the\s+(?:(\d+(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})[\s-]+)?(largest|biggest|best|strongest|widest|worst|weakest|smallest|narrowest))\b`,
  'i',
);

/**
 * The fronted place of `text` (above), or none.
 * @example frontedRecords('Ranked against every election since 1988, this week's gain was the largest.') // [{ record: { kind: 'rank', rank: 1, sinceYear: 1988 } }]
 */
export function frontedRecords(text: string): (TextSpan & { record: RecordPhrase })[] {
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
