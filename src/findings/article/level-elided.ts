/**
 * The words around a close whose verb is elided or far before it: "The Russell 2000 stood at 111.0, the S&P 500
 * at 103.4" (", the S&P 500 at" after a close), "rose 2.1% to 1,322.34, the S&P 500 0.8% to 2,163.26" (a gapped
 * move's "to"), and the move verbs whose "to" names where a level ended. Read by ./level-claim.ts.
 */

import { MONTH_RE } from './dates.ts';

/** ", and the S&P 500 at ", "while the Nasdaq at ", "; large caps at ": a subject and "at", its verb elided. */
export const ELIDED_AT =
  /(?:[,;]\s*(?:(?:and|while|with)\s+)?|\s+(?:and|while|with)\s+)(?:the\s+)?[\w&.'’ -]{2,40}?\s+at\s+$/i;
/** A close stated before it in the sentence: "stood at 2,434.73", "closed the week at 2,303.84". */
export const CLOSED_AT =
  /\b(?:clos(?:ed|ing)|st(?:ood|ands)|end(?:ed|ing)|finish(?:ed|ing)|settl(?:ed|ing))\s+(?:the\s+\w+\s+)?at\s+\$?\d[\d,]*(?:\.\d+)?/i;
/**
 * Move verbs whose "to" names where a level ended ("rose 1.5% to 2,442.03", "fell to 2,200", "with the Russell 2000
 * jumping 1.5% to 2,434.98", "has surged nearly 16% since the election, to 1,386.37", "lifted the index to a record
 * 1,347.20").
 */
export const MOVED_TO =
  /\b(?:rose|risen|rises|rising|gained|gaining|climbed|climbing|jumped|jumping|surged|surging|soared|soaring|increased|increasing|rebounded|rebounding|recovered|rallied|rallying|advanced|advancing|added|adding|decreased|decreasing|plunged|plunging|plummeted|slumped|slumping|shed|fell|fallen|falls|falling|dropped|dropping|slipped|slipping|slid|sliding|declined|declining|lost|losing|tumbled|tumbling|sank|sinking|edg(?:ed|ing)\s+(?:up|down|higher|lower)|moved|pushed|pushing|lifted|lifting|sent|sending|took|taking|carried|carrying|brought|bringing|propelled|propelling|drove|driving|dragged|dragging|knocked|knocking|pulled|pulling|closed|closing|ended|ending|finished|finishing|settled|settling)\b(?:[^,;]|,(?=\d)|,\s*or\s+[^,;]{1,25},){0,60},?\s*$/i;

/** ", the S&P 500 0.8%" before "to 2,163.26": a gapped move, its verb the clause's before ("rose 2.1% to …"). */
const ELIDED_MOVE =
  /(?:[,;]\s*|\s+and\s+)(?:the\s+)?[\w&.'’ -]{2,40}?\s+[-+]?\d[\d.]*\s*(?:%|per\s?cent|percent)\s*$/i;
/**
 * True when the text of `head` before `at` ends in a gapped move after a move verb, so its "to" names a close.
 * @example elidedMove('The Russell 2000 rose 2.1% to 1,322.34, the S&P 500 0.8% to ', 59) // true
 */
export function elidedMove(head: string, at: number): boolean {
  const m = ELIDED_MOVE.exec(head.slice(0, at));
  return !!m && MOVED_TO.test(head.slice(0, m.index));
}

/**
 * A month a record was set in, then its level: "hasn't closed at a record since November 2021, when it peaked at "
 * (the level is that month's highest close; ./level-claim.ts `levelDay`).
 */
export const SINCE_WHEN = new RegExp(
  `\\bsince\\s+(${MONTH_RE})\\.?\\s+((?:19|20)\\d\\d),?\\s+when\\s+(?:it|they|the\\s+index)\\s+(?:peaked|topped\\s+out|closed|finished|ended|set\\s+(?:a|its)\\s+record|hit\\s+(?:a|its)\\s+record)\\s+(?:at|of)\\s+$`,
  'i',
);
