/**
 * A place among elections set before the clause it ranks: "Ranked against every election since 1988, this
 * week's small-cap gain was the largest", "Compared with every presidential election since 1980, the Russell
 * 2000's gain in the week after the vote was the second-biggest". The same record as "the largest of any
 * election since 1988" (./record-events.ts): a place among the elections from that year on, over the window
 * the clause gives. Its span is the superlative's, so the subject between stays the sentence's. So is "Not since
 * 2016 have small caps beaten large caps by this much": the biggest since 2016; and "have not outperformed by
 * this much since 2008", "The last time … by this much … was in 2008", "You have to go back to 2008 to find a
 * bigger monthly gap".
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

/** "by this much", "so wide a margin", "as badly": the words that compare with the claim's own move. */
const THIS_MUCH = String.raw`(?:this|that|so|as)\s+(?:much|wide(?:ly)?|far|hard|badly|strongly|big|sharply|steeply)\b`;
const YEAR = String.raw`(?:(?:early|mid|late)[- ]?)?(?:[a-z]+\.?\s+)?((?:19|20)\d\d)\b`;
/** A period's adjective or a session as the record's period. */
const ADJ: Record<string, string> = {
  session: 'day',
  daily: 'day',
  'one-day': 'day',
  'single-day': 'day',
  weekly: 'week',
  monthly: 'month',
};
/**
 * The same record told other ways, each with the words after the subjects (the record's span) as its first
 * group: "Small caps have not outperformed by this much since 2008" (from "this much"), "The last time small
 * caps beat large caps by this much in a month was in 2008" (from "was"), "You have to go back to 2008 to find
 * a bigger monthly gap" (all of it).
 */
const OTHER_WAYS: RegExp[] = [
  new RegExp(
    String.raw`\b(?:has|have|had)\s*(?:not|n['’]t)\s+(?:[\w-]+\s+){1,4}?(?:by\s+)?(${THIS_MUCH}(?!\s+(?:above|below|from|off|under|over|away)\b)[^.;]*?\bsince\s+${YEAR})`,
    'i',
  ),
  new RegExp(
    String.raw`\bthe\s+last\s+time\b[^.;]*?\b${THIS_MUCH}[^.;]*?(\bwas\s+(?:in\s+|back\s+in\s+)?${YEAR})`,
    'i',
  ),
  new RegExp(
    String.raw`((?:\b(?:you|one|investors|we)\s+)?\b(?:have|has|had|would\s+have|['’]d\s+have|need)\s+to\s+go\s+back\s+to\s+${YEAR}\s+to\s+(?:find|see)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:bigger|wider|larger|better|stronger|worse|weaker|steeper|deeper|sharper)\s+(?:(?:daily|weekly|monthly|one-day|single-day)\s+)?(?:gap|spread|margin|gain|rally|rise|advance|move|drop|fall|decline|loss|sell-?off|outperformance|underperformance|day|week|month)s?\b)`,
    'i',
  ),
];

/** The record one of OTHER_WAYS states, its span the words after the subjects. */
function otherWay(text: string): (TextSpan & { record: RecordPhrase })[] {
  for (const re of OTHER_WAYS) {
    const m = re.exec(text);
    if (!m) continue;
    const words = m[0].trim();
    const loss =
      /\b(?:worse|weaker|steeper|deeper|badly|fallen|fell|dropped|lagged|trailed|underperformed|drop|fall|decline|loss|sell-?off|underperformance)\b/i.test(
        words,
      );
    const kind = /\b(?:wide|wider|widely|gap|spread|margin)\b/i.test(words)
      ? 'widest-since'
      : 'biggest-since';
    const period =
      /\bin\s+(?:a|one)\s+(?:single\s+)?(day|session|week|month|year)\b|\b(daily|weekly|monthly|one-day|single-day)\b/i.exec(
        words,
      );
    const p = (period?.[1] ?? period?.[2])?.toLowerCase();
    const named = p && (ADJ[p] ?? p);
    const start = m.index + m[0].indexOf(m[1]);
    const record: RecordPhrase = {
      kind,
      sinceYear: Number(m[2]),
      direction: loss ? 'loss' : 'gain',
      words,
      ...(named ? { period: named as RecordPhrase['period'] } : {}),
    };
    return [{ start, end: start + m[1].length, record }];
  }
  return [];
}

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
  if (!m) return otherWay(text);
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

/**
 * True when a record's words compare the claim's own move with the past ("by this much", "so wide", "go back
 * to 2008 to find"): a relative verb's record is then the lead's (./record-claim.ts), not one side's return.
 * @example thisMuch('have not outperformed by this much since 2008') // true
 */
export function thisMuch(words: string): boolean {
  return new RegExp(String.raw`\b${THIS_MUCH}|\bgo\s+back\s+to\b`, 'i').test(words);
}
