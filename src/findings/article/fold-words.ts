/**
 * Multiples written as "-fold": "rose sixfold", "a six-fold rise", "has risen 10-fold since its 2009 low". An
 * N-fold rise is the subject's own move of (N − 1) × 100% (./number-words.ts `MULTIPLE` reads it beside
 * "doubled" and "tripled", approximate like them).
 */

/** The counts a "-fold" is written with in words (./number-words.ts imports this file: no import back). */
const COUNTS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "sixfold", "six-fold", "10-fold", "10 fold" (two to a hundred). */
export const FOLD = `(?:${COUNTS.join('|')}|[2-9]|[1-9]\\d)[- ]?fold`;

/**
 * The per cent an N-fold rise is, or undefined when `word` is no such multiple.
 * @example foldPercent('sixfold') // 500
 */
export function foldPercent(word: string): number | undefined {
  const m = /^(\w+?)[- ]?fold$/i.exec(word);
  const i = m ? COUNTS.indexOf(m[1].toLowerCase()) : -1;
  const n = i >= 0 ? i + 2 : Number(m?.[1]);
  return n >= 2 ? (n - 1) * 100 : undefined;
}
