/**
 * A sentence about another election than the article's: "Small caps also led after the 2016 vote, when the
 * Russell 2000 climbed 11% in November", "After the 2012 election, by contrast, the index fell 0.5% that
 * month". A month it names without a year (or carries from the sentence before) is that election's year's,
 * not the article's.
 */
import type { ReadOptions, ReadSentence } from '../claim-read.ts';

const OTHER =
  /\bthe\s+((?:19|20)\d\d)\s+(?:(?:us|u\.s\.|presidential|general|midterm|uk|eu)\s+)?(?:election|vote|referendum|midterms|polls)\b/gi;

/** A year the sentence gives a period itself ("in November 2016", "since 2008"): it stands. */
const DATED = /\b(?:in|of|since|for|during|to)\s+(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\b/;

/**
 * The sentence with its month windows moved to the year of the one other election it names, if it names one.
 * @example inOtherYear(sentence, { to: '2020-11-30' }) // "… after the 2016 vote … in November": 2016-11
 */
export function inOtherYear(s: ReadSentence, o: ReadOptions): ReadSentence {
  const ref = o.event ?? o.to;
  const years = new Set([...s.text.matchAll(OTHER)].map((m) => m[1]));
  const [y] = years;
  if (years.size !== 1 || !ref || y >= ref.slice(0, 4) || s.status !== 'claims') return s;
  for (const c of s.claims)
    for (const r of c.readings) {
      const w = r.window;
      if ((w.kind === 'month' || w.kind === 'month-to-date') && !DATED.test(s.text))
        r.window = { kind: 'month', month: `${y}${w.month.slice(4)}` };
    }
  return s;
}
