/**
 * Size groups as written: "the smallest 10 per cent" (or "ten percent", spoken), "the bottom decile", "the largest fifth of US stocks by
 * market value", and, after one of them, an elliptical "the largest" ("the smallest decile gained 3.3%, the
 * largest 1.2%": the group of the same size at the other end), French's labels ("Lo 10", "Hi 20"), and "the
 * decile spread" (the smallest decile and the largest).
 */
import type { ClaimSubject, SizeGroup, TextSpan } from '../claim-read.ts';

/** A size group's words and whole percents as fractions of the market: "decile" 0.1, "tercile" 1/3, "30" 0.3. */
export const FRACTIONS: Record<string, number> = {
  '10': 0.1,
  tenth: 0.1,
  decile: 0.1,
  '20': 0.2,
  fifth: 0.2,
  quintile: 0.2,
  '25': 0.25,
  quarter: 0.25,
  quartile: 0.25,
  '30': 0.3,
  '33': 1 / 3,
  third: 1 / 3,
  tercile: 1 / 3,
  '50': 0.5,
  half: 0.5,
  ten: 0.1,
  twenty: 0.2,
  'twenty-five': 0.25,
  thirty: 0.3,
  fifty: 0.5,
};

// Followed by punctuation, the sentence's end, a verb, a number or a preposition ("beat the largest by 5.3
// points", "than the largest over the week"); never by a noun ("the largest fund").
const ELLIPTIC =
  /\bthe\s+(smallest|largest|biggest|bottom|top)\b(?=\s*[,;:().!?]|\s*$|\s+(?:gained|rose|fell|lost|added|returned|was|were|had|did|by|over|in|during|since|and|while|[+-]?\d))/gi;

const GROUP = new RegExp(
  '\\b(?:the\\s+|a\\s+|stocks\\s+in\\s+the\\s+)?(smallest|largest|biggest|bottom|top|lowest|highest)\\s+' +
    '(?:market[- ]cap(?:itali[sz]ation)?\\s+|size\\s+)?(?:([1-4]?[05]|33|50|tenth|decile|fifth|quintile|quarter|quartile|third|tercile|half)(?![.,]\\d)' +
    '(?:\\s?%|\\s?per\\s?cent|\\s?percent)?|(twenty[- ]five|ten|twenty|thirty|fifty)\\s?(?:per\\s?cent|percent))' +
    '(?:\\s+of\\s+(?:all\\s+)?(?:listed\\s+)?(?:us\\s+|u\\.s\\.\\s+|american\\s+)?(?:listed\\s+)?(?:stocks|companies|shares|equities|firms)|\\s+of\\s+the\\s+(?:us\\s+|u\\.s\\.\\s+)?(?:stock\\s+)?market\\b)?' +
    '(?:\\s+(?:by|ranked by|in terms of)\\s+(?:their\\s+)?(?:market\\s+(?:capitali[sz]ation|value|cap)|size|market\\s+value))?',
  'gi',
);

/**
 * Several groups at one end, and the other end's with its noun left out: "the bottom three deciles" (the
 * smallest 30%), "the top two quintiles" (40%); "…, the top three 6.52%".
 */
const SEVERAL =
  /\b(?:the\s+)?(smallest|largest|bottom|top|lowest|highest)\s+(two|three|four|[234])\s+(deciles|quintiles)\b|\bthe\s+(smallest|largest|bottom|top|lowest|highest)\s+(two|three|four|[234])\b(?=\s+(?:[+-]?\d|gained|rose|fell|lost|added|returned|was|were|did)\b)/gi;
const HOW_MANY: Record<string, number> = { two: 2, three: 3, four: 4 };

/** "the decile spread", "the quintile gap": the smallest group less the largest of that size. */
const SPREAD = /\b(?:size[- ])?(decile|quintile|quartile|tercile)\s+(?:spread|gap)\b/gi;

/** Kenneth French's labels for the size portfolios at either end: Lo 10, Hi 20, Lo 30. */
const LABEL = /\b(Lo|Hi)\s?(10|20|30)\b(?!\s*(?:%|per\s?cent|percent|points|pp))/g;

/**
 * Numbered ends, smallest first as French numbers them: "decile 1" and "decile 10", "quintile 5", "size
 * decile 1", "the first decile", "the 10th decile", "the tenth decile", "D1" and "D10" (a middle group is none
 * of capgap's).
 */
const NUMBERED =
  /\b(?:size\s+)?(decile|quintile|quartile|tercile)\s+(10|[1-5])\b(?!\s*(?:%|per\s?cent|percent|points|pp|\.\d))|\bthe\s+(first|1st|tenth|10th|fifth|5th)\s+(?:size\s+)?(decile|quintile)\b/gi;
/** A research note's short labels: "D1" and "D10" for the end deciles; "Q1" and "Q5" beside the word "quintile". */
const SHORT = /\b(D|Q)(10|1|5)\b(?![\d,%]|\.\d|\s+(?:19|20)\d\d\b|\s*(?:per\s?cent|percent|points|pp)\b)/g;
const LAST: Record<string, number> = { decile: 10, quintile: 5, quartile: 4, tercile: 3 };
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, tenth: 10, '10th': 10, fifth: 5, '5th': 5 };

/** The size group a phrase names, e.g. 'bottom decile' → { side: 'small', fraction: 0.1 }. */
export function sizeGroupOf(side: string, size: string): SizeGroup {
  const small = /smallest|bottom|lowest/i.test(side);
  const fraction = FRACTIONS[size.toLowerCase()] ?? Number(size) / 100;
  return { kind: 'size-group', side: small ? 'small' : 'large', fraction };
}

/**
 * The size groups of a sentence, in order, elliptical ones after the first group.
 * @example findSizeGroups('the smallest decile gained 3.3%, the largest 1.2%') // [Lo 10 at 0, Hi 10 at 33]
 */
export function findSizeGroups(text: string): (TextSpan & { subject: SizeGroup })[] {
  const out: (TextSpan & { subject: SizeGroup })[] = [];
  for (const m of text.matchAll(GROUP)) {
    // "The smallest decile returned 14.9%, the largest 10%.": the other end's return, its noun left out.
    const after =
      out.length > 0 &&
      /^\d/.test(m[2] ?? '') &&
      /%$/.test(m[0]) &&
      /^\s*(?:[.;]|$)/.test(text.slice(m.index + m[0].length));
    if (after && /,\s*(?:and\s+|while\s+)?$|\band\s+$/.test(text.slice(0, m.index))) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      subject: sizeGroupOf(m[1], (m[2] ?? m[3]).replace(' ', '-')),
    });
  }
  // French's column names: "Lo 10 outperformed Hi 10", not when they gloss a group just named ("the smallest
  // decile (Lo 10)").
  for (const m of text.matchAll(LABEL)) {
    const glossed = out.some((h) => /^\s*\(\s*$/.test(text.slice(h.end, m.index)));
    if (!glossed)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        subject: sizeGroupOf(m[1] === 'Lo' ? 'smallest' : 'largest', m[2]),
      });
  }
  for (const m of text.matchAll(NUMBERED)) {
    const unit = (m[1] ?? m[4]).toLowerCase();
    const n = m[2] ? Number(m[2]) : ORDINAL[m[3].toLowerCase()];
    if (n === 1 || n === LAST[unit])
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        subject: sizeGroupOf(n === 1 ? 'smallest' : 'largest', unit),
      });
  }
  for (const m of text.matchAll(SHORT)) {
    const unit = m[1] === 'D' ? 'decile' : 'quintile';
    const n = Number(m[2]);
    if ((n === 1 || n === LAST[unit]) && (unit === 'decile' || /\bquintiles?\b/i.test(text)))
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        subject: sizeGroupOf(n === 1 ? 'smallest' : 'largest', unit),
      });
  }
  let several: string | undefined; // "deciles": the noun a later "the top three" leaves out
  for (const m of text.matchAll(SEVERAL)) {
    several = m[3]?.toLowerCase() ?? several;
    const n = HOW_MANY[(m[2] ?? m[5]).toLowerCase()] ?? Number(m[2] ?? m[5]);
    const side = m[1] ?? m[4];
    if (several)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        subject: { ...sizeGroupOf(side, '10'), fraction: (n * (several === 'deciles' ? 10 : 20)) / 100 },
      });
  }
  for (const m of text.matchAll(SPREAD)) {
    const mid = m.index + m[0].length - (/\S+$/.exec(m[0])?.[0].length ?? 0);
    out.push({ start: m.index, end: mid, subject: sizeGroupOf('smallest', m[1]) });
    out.push({ start: mid, end: m.index + m[0].length, subject: sizeGroupOf('largest', m[1]) });
  }
  const first = out[0]?.subject;
  if (first)
    for (const m of text.matchAll(ELLIPTIC))
      if (!out.some((h) => m.index < h.end && m.index + m[0].length > h.start))
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          subject: { ...first, side: /smallest|bottom/i.test(m[1]) ? 'small' : 'large' },
        });
  return out.sort((x, y) => x.start - y.start);
}

/** After a size group: "of value stocks", "among growth shares", "within the value universe". */
const IN_STYLE =
  /^\s+(?:of|among|within|in)\s+(?:the\s+)?(?:us\s+|u\.s\.\s+)?(?:value|growth)\s+(?:stocks|shares|names|universe|index|companies)\b/i;

/**
 * Size groups inside a style ("the smallest quintile of value stocks"): capgap holds size groups of all stocks
 * only, so each is an unheld subject (../claim-regions.ts 'size-in-style') over the group and its style words.
 * @example styleGroups('the smallest quintile of value stocks gained 4%') // [{ start: 0, end: 37, subject: { kind: 'unheld', id: 'size-in-style' } }]
 */
export function styleGroups(text: string): (TextSpan & { subject: ClaimSubject })[] {
  return findSizeGroups(text).flatMap((h) => {
    const style = IN_STYLE.exec(text.slice(h.end));
    return style
      ? [{ start: h.start, end: h.end + style[0].length, subject: { kind: 'unheld', id: 'size-in-style' } }]
      : [];
  });
}
