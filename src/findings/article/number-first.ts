/**
 * A "by the numbers" line: a number first, then after a colon or a dash what it is ("1.6 points: the small-cap
 * lead.", "1,744.04 — Friday's close, a record."). Read alone, its number often has no subject; the line is
 * then read as the label it makes ("the small-cap lead: 1.6 points.", "Friday's close: 1,744.04, a record."),
 * the number keeping its place in the article (the same shift as ./question-answer.ts's answers); a clause
 * ("$2.3 billion: what IWM took in last week") as its statement ("IWM took in $2.3 billion last week."). A move
 * told so ("8%: how far the Russell 2000 has climbed …") is read in place first (./lead-line.ts).
 */

import { normalise } from './clauses.ts';
import { CLOSE_WORD_RE } from './close-words.ts';
import { findQuantities } from './numbers.ts';
import { readSentence } from './read-sentence.ts';
import { type RestateStep, readRestated } from './restated-read.ts';
import { BULLET } from './split-lines.ts';
import { findVerbs } from './verbs.ts';

/** The line's opening number, its unit and sign with it ("- -4.4%: …": a list's dash, then a minus), and the colon or dash after it. */
const LEAD =
  /^((?:[\s*•·]|[-–—](?![$£€]?\d))*)([-+−]?[$£€]?\d[\d.,]*(?:\s*[a-z%]+(?:\s+points?)?)?)\s*(?::|[—–]|\s-)\s+(?=\S)/i;

/** A unit, then "by which": "Percentage points by which small caps trailed large caps this week". */
const BY_WHICH = /^(percentage\s+points?|basis\s+points?|points?|per\s?cent|percent)\s+by\s+which\s+(?=\S)/i;

/** "(the number of) straight weekly gains for the Russell 2000", "consecutive weeks of inflows into IWM". */
const RUN_COUNT =
  /^(?:the\s+number\s+of\s+)?((?:straight|consecutive|successive)\s+[^,;]+?)\s+(?:for|in|by|into|at)\s+([^,;]+)$/i;

/**
 * The label a number-first line makes and how far its number moved in it (the line's character at k is the
 * label's at k + shift); undefined when the line does not open with a number and a colon or dash, or when its
 * description states a number of its own.
 * @example numberFirstLabel('1.6 points: the small-cap lead.') // { text: 'the small-cap lead: 1.6 points.', shift: 20, at: 0 }
 * @example numberFirstLabel("1,744.04: Friday's close, a record.") // { text: "Friday's close: 1,744.04, a record.", shift: 16, at: 0 }
 */
export function numberFirstLabel(line: string): { text: string; shift: number; at: number } | undefined {
  const m = LEAD.exec(line);
  if (!m) return undefined;
  const desc = line.slice(m[0].length).replace(/[\s.!]+$/, '');
  const first = findQuantities(line)[0];
  if (!desc || (first && first.start >= m[0].length) || findQuantities(desc).length) return undefined;
  // "1.3 — Percentage points by which small caps trailed large caps": the gap told as "by" it.
  const by = BY_WHICH.exec(desc);
  if (by) {
    const before = `${desc.slice(by[0].length)} by `;
    return { text: `${before}${m[2]} ${by[1]}.`, shift: before.length - m[1].length, at: m[1].length };
  }
  // "1,882.74 — Where the Russell 2000 closed on Friday": the clause, then its close "at" the number.
  const where = /^where\s+/i.exec(desc);
  if (where && CLOSE_WORD_RE.test(desc)) {
    const [clause, tail] = headTail(desc.slice(where[0].length)); // "…, a record close": its apposition after
    const before = `${clause} at `;
    return { text: `${before}${m[2]}${tail}.`, shift: before.length - m[1].length, at: m[1].length };
  }
  // "$2.3 billion: what IWM took in last week": the clause with its number after the verb.
  const how = /^(?:how\s+(?:far|much)|what|by\s+how\s+much)\s+/i.exec(desc);
  if (how) {
    const clause = desc.slice(how[0].length);
    const verb = findVerbs(clause)[0];
    if (!verb) return undefined;
    const before = `${clause.slice(0, verb.end)} `;
    const rest = clause.slice(verb.end).trim();
    return {
      text: `${before}${m[2]}${rest ? ` ${rest}` : ''}.`,
      shift: before.length - m[1].length,
      at: m[1].length,
    };
  }
  // "2: the number of straight weekly gains for the Russell 2000": a count of a run, told as the run.
  const run = RUN_COUNT.exec(desc);
  if (run && /^\d{1,2}$/.test(m[2])) {
    const before = `${run[2]} has had `;
    return { text: `${before}${m[2]} ${run[1]}.`, shift: before.length - m[1].length, at: m[1].length };
  }
  // "Friday's close, a record": the number goes after the description's head, its apposition after it.
  const [head, tail] = headTail(desc);
  const lead = `${head}: `;
  return { text: `${lead}${m[2]}${tail}.`, shift: lead.length - m[1].length, at: m[1].length };
}

/** A description split at its first comma: its head and the apposition after it (", a record"). */
function headTail(desc: string): [string, string] {
  const comma = desc.search(/,\s/);
  return comma < 0 ? [desc, ''] : [desc.slice(0, comma), desc.slice(comma)];
}

/**
 * Sentence `s` (piece `piece`, the article's `index`th) read as the label its number-first line makes, when
 * alone its opening number made no claim and the label's reading makes one; `before` is the context the
 * sentence was read with.
 */
export const numberFirst: RestateStep = (s, piece, index, o, c) => {
  // A list's mark goes (an emoji's or a keycap's too: "2️⃣ 13.3 ppts: the gap."), the offsets kept.
  const line = normalise(piece.text).replace(BULLET, (m) => ' '.repeat(m.length));
  const label = piece.form === 'headline' ? undefined : numberFirstLabel(line);
  if (!label) return s;
  // Read alone, the opening number made no claim ("1,744.04: Friday's close, a record." read the record only).
  const at = piece.start + label.at;
  if (s.claims.some((x) => x.readings.some((r) => r.span.start <= at && at < r.span.end))) return s;
  return readRestated(s, piece, label, (p, x) => readSentence(p, index, o, x), c);
};
