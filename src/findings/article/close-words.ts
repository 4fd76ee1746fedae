/**
 * A close's words, in every form the reader meets them: the verb ("closed", "ends", "finished", "settles",
 * "closing") and the noun ("yesterday's close"). One list, read by ./news-day.ts (a post that speaks of
 * yesterday's close) and ./number-first.ts ("1,882.74 — Where the Russell 2000 closed on Friday").
 */
export const CLOSE_WORD = 'clos(?:e|ed|es|ing)|end(?:ed|s)|finish(?:ed|es)|settl(?:e|ed|es)';

/** A close's word standing alone: not "ending", "endless" or "closet". */
export const CLOSE_WORD_RE = new RegExp(String.raw`\b(?:${CLOSE_WORD})\b`, 'i');
