/**
 * Where a point does or does not end a sentence, for ./split.ts: abbreviations (U.S., Nov., Mr., Gov., Inc.,
 * single initials) end none; in a chat's or a forum's lower-case text ("so RUT +6.1% from the 5th vs +3.7% for
 * SPX. for the week RUT +8.6%"), a stop before a small letter ends one.
 */

/** Abbreviations whose point does not end a sentence (lower case, no final point; titles: "Texas Gov. George W. Bush"). */
export const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st inc co corp ltd plc llc jr sr no nos vs etc approx est dept gov sen rep gen lt col capt ' +
    'adm sgt rev hon jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'u.s u.k u.n e.u e.g i.e a.m p.m u.s.a n.y d.c'
  ).split(' '),
);

/**
 * Whether the point at `dot` ends an abbreviation rather than a sentence.
 * @example isAbbreviation('in the U.S. market', 9) // true
 */
export function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i])) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return false;
  // "… the S&P 500's.", "The record that wasn't." end a sentence: a possessive's or contraction's end is no initial.
  if (/['’]/.test(text[i] ?? '')) return false;
  // "No. 1" is a number's abbreviation; "No. The gap was 4.5 points." answers a question.
  if ((word === 'no' || word === 'nos') && !/^\s*\d/.test(text.slice(dot + 1, dot + 5))) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("J. Smith") and dotted acronyms ("U.S.", "N.Y."); a unit after a number ("$400m.") is none.
  return !/\d/.test(text[i] ?? '') && (/^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word));
}

/** A chat's line or sentence opening on a plain lower-case word ("so RUT …", "for the week"). */
export const LOWER_OPEN = /^[a-z]+[\s,]/;

/**
 * A chat's sentence end before a small letter (`next`, the letter's offset): the block opens in lower case
 * ("so RUT …", "nice. and the election day itself?"), the word after is a plain lower-case word, not a
 * unit or a brand ("iShares").
 */
export function chatStop(text: string, start: number, next: number): boolean {
  return LOWER_OPEN.test(text.slice(start, start + 30)) && LOWER_OPEN.test(text.slice(next, next + 30));
}
