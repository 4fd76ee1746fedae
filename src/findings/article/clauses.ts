/**
 * The clauses of a sentence: where one claim ends and the next begins ("…, whereas the S&P 500 has
 * delivered 1.6 per cent", "… with the bulk of that, $5.5bn, coming after the election", "…; the Dow …",
 * "…, against 1.9 per cent for the S&P 500"), and the masking of quotations (words inside quotation
 * marks are attributed opinion: not read) with same-length replacements, so offsets stay the article's.
 */
import type { TextSpan } from '../claim-read.ts';
import { HEDGE } from './hedges.ts';
import type { Quantity } from './numbers.ts';

/**
 * Clause boundaries; a colon before a number is a label's ("Russell 2000: +3.1%", "IWM: +$1.2bn", "Russell 2000:
 * (1.8%)"), not one, nor is the "and" of "one and a half", nor that of "the 1992 and 1996 elections" or of
 * "between 2000 and 2004" or "between the 2004 election and the end of the year" (up to five words from "between");
 * ", leaving it up 6% for the week" is one (a running total of its own); so is an
 * "as" after a per cent ("rose 2.1% on Tuesday as the S&P 500 was flat"), an
 * "and" after a bracket of numbers ("(+5.8% vs +2.5%) and by ~270bps for the week"), and an "and" before a
 * verb of its own after a per cent ("jumped 6.1% the day after the vote and is up 6.5% through Tuesday's
 * close"); so is a slash after a number ("RTY +2.1% / SPX +1.7%").
 */
const BOUNDARY =
  /(?:;|:(?=\s)(?!\s+\(?(?:up\s+|down\s+)?[-+]?[$£€]?\d)|,?\s+whereas\b|,?\s+while\b|(?<=\d\s?%[^,;:%]{0,30}),?\s+as\s+(?=(?:the|its|their)\s)|,\s+but\b|,\s+so\b|,\s+when\b|,\s+where\b|,\s+and\b|,?\s+compared\s+(?:with|to)\b|\s+compares\s+with\b|,?\s+against\b|,?\s+versus\b|,?\s+vs\.?(?=\s)|\s*\((?=\s*(?:vs\.?|versus|against|compared\s+(?:with|to))\s)|,\s+with\b|,\s+(?:leaving|putting|taking|lifting|pushing)\s+(?:it|them)\s+(?=(?:up|down)\s)|,\s+(?:which|who)\b(?=\s+(?:(?:is|was|are|were|has|have|had)\s+(?:up|down|risen|fallen|gained|lost|returned|climbed|added|slipped|dropped|jumped)|rose|fell|gained|lost|returned|climbed|added|slipped|dropped|jumped)\b)|\s+with\s+the\s+bulk\b|\s+and\s+(?=(?:is|are|was|were|has|have|had)\s+(?:now\s+|since\s+)?(?:up|down|risen|fallen|gained|lost|climbed|added|returned|rallied|slipped|dropped|jumped)\s)(?<=%[^;]*\s+and\s+)|(?<!\bbetween\s+(?:[^\s,;]+\s+){0,4}[^\s,;]+)\s+and\s+(?!a\s+half\b)(?!(?:19|20)\d\d\s+(?:(?:us|u\.s\.|presidential|midterm|general)\s+)*(?:elections|midterms|votes)\b)(?=(?:the|a|its|their)\s|[$£€\d])|(?<=\d\s?(?:%|bps?|pp|pts?)?\))\s+and\b|(?<=\d\s?(?:%|bps?|pp|pts?))\s*\/\s+(?=[A-Za-z]))/gi;

/**
 * The clause spans of a (normalised) sentence: [start, end) pieces covering it.
 * @example clauses('A rose 7.2%, whereas B rose 1.6%') // [{ start: 0, end: 11 }, { start: 11, end: 32 }]
 */
export function clauses(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let s = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    if (m.index <= s) continue;
    out.push({ start: s, end: m.index });
    s = m.index;
  }
  out.push({ start: s, end: text.length });
  return out;
}

/**
 * After a subject, its number with no verb between: " up about 5%", " was 3%", " YTD: +25.1%", and past a gloss
 * in brackets, " (largest) +3.4%"; spoken, " one point four".
 */
const NUMBER_NEXT = new RegExp(
  String.raw`^(?:\s*\([^()\d]{1,30}\))?\s+(?:(?:was|were|is|are)\s+)?(?:at\s+)?(?:(?:ytd|mtd|qtd|w\/w|m\/m|y\/y|d\/d|today)\s*:?\s+)?(?:(?:up|down)\s+)?${HEDGE}(?:[-+$£€]?\d|(?:zero|one|two|three|four|five|six|seven|eight|nine)\s+point\s)`,
  'i',
);

/**
 * Splits clauses where a gapped clause begins: "IWM returned 11.1% and SPY 3.7%", "small caps are up 10.6%
 * and large caps 2.8%": an "and" followed by a subject and, with no verb between, its number. The verb is
 * the earlier clause's (carried); the subject is the gapped clause's own. So does "and" a subject with its
 * own verb after a clause that stated a number (a clause of its own).
 * @example gapped('IWM returned 11.1% and SPY 3.7%', spans, [{ start: 23, end: 26 }]) // splits at 18
 */
export function gapped(
  text: string,
  spans: TextSpan[],
  subjects: readonly TextSpan[],
  verbs: readonly TextSpan[] = [],
): TextSpan[] {
  let out = spans;
  for (const h of subjects) {
    // "…, those in the top decile 1.2%": the group's own clause too; so "…, the SPX +1.5%", "… — the S&P 500 1.4%".
    const and =
      /(?:,?\s+and|,|\s-{1,2})\s+(?:the\s+)?(?:(?:those|stocks|shares|companies|firms)\s+in\s+)?$/i.exec(
        text.slice(Math.max(0, h.start - 30), h.start),
      );
    const after = text.slice(h.end);
    const afterNumber = /\d/.test(text.slice(out[spanOf(out, h.start)].start, h.start));
    // ("…, SPX YTD +25.1%": a period's abbreviation may come between.)
    // "…, the S&P 500 by 0.3% and the Russell 2000 by 0.2%": "by" before the number keeps the earlier verb,
    // after a comma or a number ("outperformed large caps and mid caps by 3 points" is one object list).
    const numberNext =
      NUMBER_NEXT.test(after) ||
      (!!and && (and[0].startsWith(',') || afterNumber) && /^\s+by\s+[-+$£€]?\d/i.test(after));
    // "IWM took in $1.1B this week and European equity funds attracted €1.2bn": after a number, "and" a
    // subject and its own verb is a clause of its own.
    const ownVerb = !!and && afterNumber && verbs.some((v) => v.start >= h.end && v.start - h.end <= 12);
    if (!and || !(numberNext || ownVerb)) continue;
    const at = h.start - and[0].length;
    const i = spanOf(out, at);
    if (at <= out[i].start) continue;
    out = [
      ...out.slice(0, i),
      { start: out[i].start, end: at },
      { start: at, end: out[i].end },
      ...out.slice(i + 1),
    ];
  }
  return out;
}

/** A word broken at a line's end by a hyphen, its rest in small letters on the next line. */
const BROKEN_WORD = /\b([A-Za-z]+)-[ \t]*\r?\n[ \t]*([a-z]+)/g;
/** First parts of compounds whose hyphen stays when the line break goes ("small-cap", "post-election"). */
export const COMPOUND =
  /^(?:small|mid|large|mega|micro|post|pre|non|year|month|week|day|one|two|three|four|five|six|seven|eight|nine|ten|all|multi|record|half|quarter|well|high|low|top|best|worst|equal|value|market|blue|self|anti|broad|rate|short|long|first|second|third|last|single|double)$/i;

/**
 * "elec-\ntion" as "election" and "small-\ncap" as "small-cap", padded with spaces to the same length (the
 * offsets of the words after it stay the article's).
 */
function joinBroken(m: string, a: string, b: string): string {
  const w = COMPOUND.test(a) ? `${a}-${b}` : `${a}${b}`;
  return w + ' '.repeat(m.length - w.length);
}

/** A number's unit on the next, indented line of a hard-wrapped bullet: "by roughly 1.5\n  percentage points". */
const UNIT_ON_NEXT_LINE =
  /(\d)[ \t]*\r?\n[ \t]+(per\s?cent\b|percent(?:age\s+points?)?\b|pp\b|points?\b|pts\b|bps\b|basis\s+points?\b)/gi;

/** A whole number and an ASCII fraction ("5 3/4", "1-1/2"): an old wire's quote, read as its vulgar fraction. */
const MIXED_FRACTION = /(?<![\d/.,])(\d{1,3})[\s-](1\/2|1\/4|3\/4|1\/3|2\/3|1\/8)(?![\d/])/g;
const VULGAR_OF: Record<string, string> = {
  '1/2': '\u00bd',
  '1/4': '\u00bc',
  '3/4': '\u00be',
  '1/3': '\u2153',
  '2/3': '\u2154',
  '1/8': '\u215b',
};

/** A speaker's aside between dashes (already plain hyphens): "since - what was it - mid-November". */
const ASIDE =
  /(?<=\s)-\s+(?:what\s+was\s+it|I\s+think|I\s+believe|you\s+know|if\s+I\s+recall|if\s+memory\s+serves)\s+-(?=\s)/gi;
/** A transcript's marker of what it could not write down: "[inaudible]", "[crosstalk]", "(laughter)". */
const MARKER =
  /[[(](?:inaudible|crosstalk|cross-talk|unintelligible|indiscernible|laughter|laughs|pause)[\])]/gi;

/**
 * A sentence with typographic characters replaced one for one (curly quotes and apostrophes, minus
 * signs, dashes, no-break spaces, and the line breaks of hard-wrapped text: "up 10.2% year to\ndate"; a thin
 * space between thousands is a comma, a European decimal comma before a per cent a point: "5,8 %"), and
 * a Q&A's "A:" or a thread's "2/" before a sentence, a cashtag's "$" and bold's "**" blanked, a transcript's
 * "[inaudible]" a comma and an aside between dashes ("— what was it —") blank, so regexes see plain text at the
 * article's offsets.
 * @example normalise('Trump’s −2%') // "Trump's -2%"
 */
export function normalise(text: string): string {
  return text
    .replace(BROKEN_WORD, joinBroken) // a PDF's "elec-\ntion", "per-\ncent" (and "small-\ncap" kept whole)
    .replace(UNIT_ON_NEXT_LINE, (m, n, u) => `${n} ${u}`.padEnd(m.length)) // "by 1.5\n  percentage points"
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2212\u2013\u2014]/g, '-')
    .replace(/(?<=\d)[\u00a0\u202f\u2009](?=\d{3}(?![\d,]))/g, ',') // a thin space between thousands: "2 392.92"
    .replace(/(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s?(?:%|per\s?cent|percent)(?!\w))/gi, '$1.$2') // a decimal comma: "5,8 %"
    .replace(MIXED_FRACTION, (m, w, f) => `${w}${VULGAR_OF[f]}`.padStart(m.length)) // an old wire's "5 3/4 percent"
    .replace(/[\u00a0\n\r\t]/g, ' ')
    .replace(/[\u25b2\u25b4\u2191\u2b06]\ufe0f?\s?(?=\d)/g, (m) => `${' '.repeat(m.length - 1)}+`) // "▲ 5.8%", "⬆️ 5.8%"
    .replace(/[\u25bc\u25be\u2193\u2b07]\ufe0f?\s?(?=\d)/g, (m) => `${' '.repeat(m.length - 1)}-`) // "▼ 0.2%", "↓0.2%"
    .replace(/\(\$(?=[A-Z]{1,5}\))/g, ' (') // "Small caps ($IWM)": the ticker in brackets right after
    .replace(/(?<![\w$])\$(?=[A-Z]{1,5}\b(?![.,]?\d))/g, ' ') // a cashtag's "$": "$IWM +5.9%, $SPY +3.1%"
    .replace(/(\*\*|__)(?=\S)([^*_\n]{0,80}?\S)\1/g, (_m, _d, w) => `  ${w}  `) // "**8%**", "**3**": bold in a post
    .replace(MARKER, (m) => `,${' '.repeat(m.length - 1)}`) // a transcript's "[inaudible]": a pause, as a comma
    .replace(ASIDE, (m) => ' '.repeat(m.length)) // "since — what was it — mid-November": a speaker's aside
    .replace(/^(\s*)(?:[QA]:|\d{1,2}\/)(?=\s)/, (m) => ' '.repeat(m.length)); // "A: It was …", a thread's "2/ …"
}

/**
 * The text with quotations blanked (same length), and the share of the text they took.
 * @example unquote('He said "small caps are cheap" today') // { text: 'He said                        today', quoted: 0.63 }
 */
export function unquote(text: string): { text: string; quoted: number } {
  let quoted = 0;
  const out = text.replace(/"[^"]*"?/g, (q) => {
    quoted += q.length;
    return ' '.repeat(q.length);
  });
  const len = text.replace(/\s/g, '').length || 1;
  return { text: out, quoted: quoted / len };
}

/** The index of the span holding offset `at`. */
export function spanOf(spans: readonly TextSpan[], at: number): number {
  for (let i = 0; i < spans.length; i++) if (at >= spans[i].start && at < spans[i].end) return i;
  return spans.length - 1;
}

/** ", which gained 3.8% in the week, by about": a relative clause, then the comparison's "by". */
const RELATIVE_THEN_BY = /^,\s+(?:which|who)\b[^;]*?(,\s+by\s+(?:[\w-]+\s+){0,3})$/i;

/**
 * The clause a number is read in: "The index outpaced the S&P 500, which gained 3.8% in the week, by about
 * 6 points": the "by" continues the clause before the relative one, whose words (`skip`) are left out.
 * @example pastRelative(t, q, { start: 30, end: 88 }) // { seg: { start: 0, end: 88 }, skip: { start: 30, end: 61 } }
 */
export function pastRelative(t: string, q: Quantity, seg: TextSpan): { seg: TextSpan; skip?: TextSpan } {
  const m = RELATIVE_THEN_BY.exec(t.slice(seg.start, q.start));
  if (!m) return { seg };
  const start = t.lastIndexOf(';', seg.start) + 1;
  return { seg: { start, end: seg.end }, skip: { start: seg.start, end: q.start - m[1].length } };
}
