/**
 * Why an alternative convention that reproduces a number is not support, in words: a stack of more changes
 * than count as evidence, or a change to what the sentence states (./check-judge.ts).
 */

/**
 * A stack of conventions that reproduces a number only together, in words (./check-judge.ts, MAX_CHANGES).
 * @example stackWords(3) // 'reproduced only by stacking 3 changes of convention (weak evidence: at most 2 count as support)'
 */
export function stackWords(n: number): string {
  return `reproduced only by stacking ${n} changes of convention (weak evidence: at most 2 count as support)`;
}

/** What a stated convention is, in words, for a match that had to change it. */
const STATED_WORDS: Record<string, string> = {
  base: 'moving the close the sentence names as the base',
  returnType: 'changing the return type the sentence states (price or total)',
};

/**
 * A match that reproduces a number only by changing what the sentence states (./check-judge.ts, pinned).
 * @example overrideWords(['base']) // 'reproduced only by moving the close the sentence names as the base'
 * @example overrideWords(['returnType']) // 'reproduced only by changing the return type the sentence states (price or total)'
 */
export function overrideWords(keys: readonly string[]): string {
  // A base and its timing name one close together.
  const named = keys.includes('base') ? ['base'] : keys;
  return `reproduced only by ${named.map((k) => STATED_WORDS[k] ?? `moving the ${k} the sentence states`).join(' and ')}`;
}
