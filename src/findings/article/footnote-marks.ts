/**
 * Footnote marks: the superscript digits a pasted page, a fund letter or the Markdown and HTML readers
 * (./markdown-text.ts, ./html-text.ts) put after a word or a sentence ("The Russell 2000¹ returned 11.3% …,
 * which gained 16.4%.³"), and the daggers. A mark after a sentence's stop still ends the sentence.
 */

/** The superscript digits, indexed by digit. */
export const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** One footnote mark, for a character class: the superscript digits and the daggers (not '*': Markdown's). */
export const MARK = '⁰¹²³⁴⁵⁶⁷⁸⁹†‡';

/** A sentence's end: a stop, a closing quote or bracket ("[Chart: … Nov. 6.]"), then any footnote marks ("… since 2008.⁴"). */
export const SENTENCE_END = new RegExp(`[.!?]["”'’)\\]]?[${MARK}]*$`);

/** A number's digits as superscripts: "12" → "¹²". */
export const superscript = (n: string): string =>
  [...n].map((d) => (/\d/.test(d) ? SUPERSCRIPT[Number(d)] : d)).join('');
