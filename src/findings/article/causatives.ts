/**
 * Causative moves: "the rally lifted the Russell 2000 by 10.2%", "the vote sent small caps 4% higher",
 * "rate fears dragged the index down 2%". The verb's object, between it and the number, is what moved; the
 * particle or comparative (up, down, higher, lower, by) says the direction with the verb.
 */

import { NARROW_HEDGE } from './hedges.ts';
import type { VerbHit } from './verbs.ts';

/** Causative verbs and their sign when the particle is "by" or none says otherwise. */
const CAUSATIVE: Record<string, 1 | -1> = {
  lifted: 1,
  lifting: 1,
  lifts: 1,
  boosted: 1,
  boosting: 1,
  boosts: 1,
  propelled: 1,
  propelling: 1,
  pushed: 1,
  pushing: 1,
  sent: 1,
  sending: 1,
  drove: 1,
  driven: 1,
  driving: 1,
  dragged: -1,
  dragging: -1,
  knocked: -1,
  pulled: -1,
};

/**
 * Verb, object (no clause break, at most 60 characters), particle, then a number (digits or a sign); a hedge
 * before it never a preposition ("dragged the index down below 4,000" is a level).
 */
const RE = new RegExp(
  `\\b(${Object.keys(CAUSATIVE).join('|')})\\s+(?!(?:in|into|out|from|the\\s+market\\s+in)\\b)([^,;.]{2,60}?)\\s+(up|down|higher|lower|by)\\s+(?=(?:another\\s+)?${NARROW_HEDGE}[$£€+\\-−]?\\d)|\\b(${Object.keys(CAUSATIVE).join('|')})\\s+([^,;.]{2,60}?)\\s+(?=[+\\-−]?\\d[\\d.,]*\\s*(?:%|per\\s?cent|percent)\\s+(higher|lower)\\b)`,
  'gi',
);

/** A causative verb found, and where its particle lies (a move verb there, "up"/"down", is its part). */
export interface CausativeHit extends VerbHit {
  particle: { start: number; end: number } | null;
}

/**
 * The causative moves of a sentence: the verb's span, marked `object: true` (its subject is what follows).
 * @example findCausatives('The rally lifted the Russell 2000 by 10.2%')[0].words // 'lifted'
 */
export function findCausatives(text: string): CausativeHit[] {
  const out: CausativeHit[] = [];
  for (const m of text.matchAll(RE)) {
    const verb = (m[1] ?? m[4]).toLowerCase();
    const word = (m[3] ?? m[6]).toLowerCase();
    const sign =
      word === 'down' || word === 'lower' ? -1 : word === 'up' || word === 'higher' ? 1 : CAUSATIVE[verb];
    const end = m.index + verb.length;
    const at = m[3] ? m.index + m[0].lastIndexOf(m[3]) : -1;
    const particle = m[3] ? { start: at, end: at + m[3].length } : null;
    out.push({ start: m.index, end, kind: 'move', sign, words: verb, object: true, particle });
  }
  return out;
}
