/**
 * Line ends inside a block of an article that end a piece though no stop does (./split.ts cuts there too).
 */

import { BYLINE } from './boilerplate.ts';
import { MARK } from './footnote-marks.ts';

/**
 * A list item's mark: '-', '*', '**' (a wire's BUZZ item), '•', '1.', a thread's post number ("2/ Russell 2000:
 * +10.2%", not a date: "11/9 …"), an emoji ("📈 Russell 2000: +10.6%"), or a recording's bracketed time
 * ("(03:12) Dec. 13: …", "[1:02:33]" in show notes and transcripts), a wiki's citation ("^ "Small caps …". Reuters.").
 */
export const BULLET =
  /^\s*(?:\*\*|[-*•^]|\p{Extended_Pictographic}(?:\uFE0F|\u200D|\p{Extended_Pictographic})*|[0-9#*]\uFE0F?\u20E3|\d{1,2}[.)/]|[([](?:\d{1,2}:)?\d{1,2}:\d\d[)\]])\s+/u;

/** A line's last character that ends a sentence or a line of prose, maybe an emoji after it ("… 1.6%. 📈"). */
export const STOP = new RegExp(
  `(?:[.!?:;"'\u201d\u2019)]|[.!?]\\])[${MARK}]*(?:\\s*\\p{Extended_Pictographic}[\\uFE0F\\u200D\\p{Extended_Pictographic}]*)*$`,
  'u',
);

/** A wire story's first line: "NEW YORK, Nov 9 (Reuters) - …" (a headline line above it ends there). */
const WIRE_START =
  /^[A-Z][A-Z .'-]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*(?:\([A-Za-z .]{2,20}\))?\s*[-–—]\s/;
/**
 * A heading: one to six words, no figure, not ending on a word that runs on ("Shares of", "The"); or a year
 * alone ("2016", a wiki's section).
 */
const HEADING =
  /^(?:19|20)\d\d$|^(?=\D*$)[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}$(?<!\b(?:of|the|and|or|to|in|a|an|for|by|with|on|at|as|from|than|The|A|An))/;

/**
 * Line ends inside a block that end a piece though no stop does: a short line of figures with no final stop
 * before a line that opens like a sentence ("IWM +4.2% MTD, SPY +1.1% MTD" over "The Russell 2000 hit …"; hard-
 * wrapped prose runs near the wrap width, so a line under 60% of the longest is no wrap), a headline over a wire's
 * first line, the lines around a byline ("By our markets desk, Dec. 1, 2016"), a section's heading over its
 * first sentence ("What happened"), and an alert's line of figures split by bars ("RTY … | -2.95% (1D) | …").
 */
export function shortLineEnds(text: string, start: number, end: number): number[] {
  const lines = [...text.slice(start, end).matchAll(/[^\n]*\n?/g)].filter((m) => m[0].length);
  const longest = lines.reduce((x, m) => Math.max(x, m[0].trim().length), 0);
  if (lines.length < 2 || longest < 40) return [];
  return lines.slice(0, -1).flatMap((m, i) => {
    const line = m[0].trim();
    const next = lines[i + 1][0].trimStart();
    // A figure line, not a live blog's stamp ("4:31 PM ET") or a dateline ("NEW YORK, Nov 10 (Reuters) -").
    const figures = /\d\s*%|[+-]\d/.test(line) && !/^\d{1,2}:\d{2}\b|[-–—]$/.test(line);
    const short = figures && line.length <= 0.6 * longest && /^[A-Z0-9$£€"“(]/.test(next);
    // A byline on its own line ends the headline above it and opens nothing after it.
    const byline = BYLINE.test(line) || BYLINE.test(next.trimEnd());
    // A section's heading over its first sentence: "What happened" over "Small caps had their best day …".
    const heading = i === 0 && HEADING.test(line) && line.length <= 0.6 * longest && /^[A-Z"“]/.test(next);
    // An alert's lines of figures split by bars ("RTY 1772.70 | -2.95% (1D) | -8.07% (1W)"): one record each.
    const barred = figures && /\s\|\s/.test(line) && /^[A-Z0-9$£€"“(]/.test(next);
    const cut = barred || (!STOP.test(line) && (short || byline || heading || WIRE_START.test(next)));
    return cut ? [start + m.index + m[0].trimEnd().length] : [];
  });
}
