/**
 * A difference stated as a position or a lead, with no verb of outperforming: "leaves the FTSE 250 10
 * points behind the FTSE 100", "5.7 points ahead of IWM", "a 5.7-percentage-point lead for IJR over IWM",
 * "IJR's 5.7-point lead over IWM", "a deficit of 3 points to the S&P 500", "gained 3.2 points on large caps" (lost:
 * negative). The subject is the one before the number (or after "for"), the target the one after "behind",
 * "ahead of", "over" or "to"; "behind" and a deficit or shortfall make the difference negative.
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { isMeasurable } from './bound-subject.ts';
import { earlierPlace, GAP_MOVED } from './gap-words.ts';
import { HEDGE } from './hedges.ts';
import { LINE_LABEL, LINE_START } from './lead-line.ts';
import type { Quantity } from './numbers.ts';
import type { SubjectHit } from './subjects.ts';

/** A clause opened by a pronoun for the subject before: "It is now", "They are". */
const PRONOUN =
  /^\s*(?:it|they|the\s+(?:index|gauge|benchmark))\s+(?:is|are|was|were|stands?|stood|sits?|sat|now|has|have|had|ended|closed|finished)\b/i;

/** Right after the number: "behind", "ahead of", "adrift of", "in front of". */
const PLACE = /^\s+(behind|ahead\s+of|adrift\s+of|in\s+front\s+of)\s+(?:the\s+|its\s+|their\s+)?$/i;
/** Right after the number: "lead", "gap", "edge" … then "for X over Y" or "over Y". */
const LEAD =
  /^\s+(lead|edge|advantage|margin|deficit|shortfall)\s+(?:for\s+[^,;]{1,60}?\s+)?(?:over|on|to|against)\s+(?:the\s+)?$/i;

/** "gained 3.2 points on large caps", "is up 3.2 percentage points on the S&P 500": ground won on a target. */
const GAINED = new RegExp(
  String.raw`\b(?:(gained|gains|gaining|picked\s+up|added|clawed\s+back|made\s+up|recouped|(?:is|are|was|were)\s+up|up)|(lost|loses|losing|gave\s+up|given\s+up|ceded|shed|dropped|(?:is|are|was|were)\s+down|down))\s+(?:another\s+)?${HEDGE}$`,
  'i',
);
const ON = /^\s+on\s+(?:the\s+|its\s+|their\s+)?$/i;

/** Before the target: "lead over", "edge on", "deficit to" (the number comes after the target). */
const LEAD_BEFORE =
  /\b(lead|edge|advantage|margin|deficit|shortfall|outperformance|underperformance)\s+(?:over|on|against|to|versus|vs\.?|of|relative\s+to)\s+(?:the\s+)?$/i;
/** After a number that leads its line ("• 1.5 points: …"), a possessive lead after its colon or dash. */
const LEAD_LINE = new RegExp(
  String.raw`^${LINE_LABEL}(?:the\s+)?[^,;:]{1,40}?['’]s?\s+(lead|edge|advantage|margin|deficit|shortfall)\s+(?:over|on|against|to)\s+`,
  'i',
);
/** "… 3.4 percentage points ahead", "… leaving small caps almost 6 points ahead": a place with no one after it. */
export const PLACE_ALONE =
  /^\s+(?:(?:percentage\s+)?points?\s+)?(ahead|behind|in\s+front)\b(?!\s+(?:of|by)\b)/i;

/** Between a lead's target and its number: "of", "is now", ",", a label's colon, a period first ("since …,"). */
const OF_NUMBER = new RegExp(
  `^(?:\\s+(?:across|over|in|during|for|since|through)\\s+[^,;]{1,40}?)?\\s*(?:of|(?:was|is)(?:\\s+(?:now|still|currently))?|(?:now\\s+)?(?:stood|stands)\\s+at|at|reached|hit|,|:|(?:has\\s+|had\\s+)?(?:${GAP_MOVED}|fallen|fell|risen|rose)\\s+to)\\s+${HEDGE}$`,
  'i',
);

/** The subject, target and sign of a position or lead, or null when the number states none. */
export function positionClaim(
  t: string,
  q: Quantity,
  seg: TextSpan,
  subjects: readonly SubjectHit[],
  previous?: ClaimSubject,
): { subject: ClaimSubject; target: SubjectHit['subject']; sign: 1 | -1; words: string } | null {
  if (q.unit !== 'pp' && q.unit !== 'percent') return null;
  const was = earlierPlace(t, q.start); // "…, down from a gap of 5.6 points": the difference before it, earlier
  if (was) return positionClaim(t, { ...q, ...was }, { start: 0, end: q.start }, subjects, previous);
  const inSeg = subjects.filter((h) => h.start >= seg.start && h.end <= seg.end);
  // "The Russell 2000's lead over the S&P 500 of 3.9 points": the target before the number.
  for (const target of inSeg) {
    if (target.end > q.start || !OF_NUMBER.test(t.slice(target.end, q.start))) continue;
    const lead = LEAD_BEFORE.exec(t.slice(0, target.start)); // (in the clause before "against", "versus")
    const measured = subjects.filter((h) => h.end <= target.start && isMeasurable(h.subject)).pop();
    if (!lead || !measured || !isMeasurable(measured.subject)) continue;
    return {
      subject: measured.subject,
      target: target.subject,
      sign: /deficit|shortfall|under/i.test(lead[1]) ? -1 : 1,
      words: t.slice(measured.start, measured.end),
    };
  }
  // "1.5 points: small caps' shortfall against the S&P 500 on Wednesday": a number leading its line, then the lead.
  const lined = LINE_START.test(t.slice(0, q.start)) ? LEAD_LINE.exec(t.slice(q.end)) : null;
  if (lined) {
    const at = q.end + lined[0].length;
    // (The colon and "against" end clauses: the line's subjects, wherever its clauses break.)
    const measured = subjects.find((h) => h.start >= q.end && h.end <= at && isMeasurable(h.subject));
    const target = subjects.find((h) => h.start >= at && /^(?:the\s+)?$/i.test(t.slice(at, h.start)));
    if (measured && target && isMeasurable(measured.subject))
      return {
        subject: measured.subject,
        target: target.subject,
        sign: /deficit|shortfall/i.test(lined[1]) ? -1 : 1,
        words: t.slice(measured.start, measured.end),
      };
  }
  for (const target of inSeg) {
    if (target.start < q.end) continue;
    const between = t.slice(q.end, target.start);
    const place = PLACE.exec(between);
    const lead = place ? null : LEAD.exec(between);
    const gained = place || lead || !ON.test(between) ? null : GAINED.exec(t.slice(seg.start, q.start));
    if (!place && !lead && !gained) continue;
    const word = (place ?? lead)?.[1].toLowerCase() ?? '';
    const sign = /behind|adrift|deficit|shortfall/.test(word) || gained?.[2] ? -1 : 1;
    // "a lead for IJR over IWM": the subject after "for"; else the last subject before the number.
    const forHit = lead ? inSeg.find((h) => h.start > q.end && h.end < target.start) : undefined;
    const before = inSeg.filter((h) => h.end <= q.start && isMeasurable(h.subject)).pop();
    const measured = forHit ?? before;
    // "The Russell 2000 rose 2%. It is now 3 points ahead of the S&P 500.": the pronoun's subject.
    const it = !measured && previous && PRONOUN.test(t.slice(seg.start, q.start)) ? previous : undefined;
    if (it) return { subject: it, target: target.subject, sign, words: '' };
    if (!measured || !isMeasurable(measured.subject)) return null;
    return {
      subject: measured.subject,
      target: target.subject,
      sign,
      words: t.slice(measured.start, measured.end),
    };
  }
  // "…, the S&P 500 rose 3.5%, leaving small caps almost 6 points ahead": ahead of the other one named.
  const alone = PLACE_ALONE.exec(t.slice(q.end));
  const measured = inSeg.filter((h) => h.end <= q.start && isMeasurable(h.subject)).pop();
  // "… 4.1% ahead of its large-cap counterpart since Nov. 5 — and 3.9 points ahead on the week": the clause
  // elides both: the position the sentence set before it.
  const set = alone && !measured ? placedBefore(t, q, subjects) : null;
  if (alone && set) return { ...set, sign: /behind/i.test(alone[1]) ? -1 : 1 };
  if (alone && measured && isMeasurable(measured.subject)) {
    const key = JSON.stringify(measured.subject);
    const other = subjects
      .filter((h) => h.end <= measured.start && isMeasurable(h.subject) && JSON.stringify(h.subject) !== key)
      .pop();
    if (other)
      return {
        subject: measured.subject,
        target: other.subject,
        sign: /behind/i.test(alone[1]) ? -1 : 1,
        words: t.slice(measured.start, measured.end),
      };
  }
  return null;
}

/** The last position set before the number ("X 4.1% ahead of Y"): X and Y, or null. */
function placedBefore(t: string, q: Quantity, subjects: readonly SubjectHit[]) {
  const before = subjects.filter((h) => h.end <= q.start && isMeasurable(h.subject));
  for (let i = before.length - 1; i > 0; i--) {
    const [a, b] = [before[i - 1], before[i]];
    if (
      !/\d[^;]*?\b(?:ahead\s+of|behind|in\s+front\s+of|adrift\s+of)\s+(?:the\s+|its\s+|their\s+)?$/i.test(
        t.slice(a.end, b.start),
      )
    )
      continue;
    return { subject: a.subject as ClaimSubject, target: b.subject, words: t.slice(a.start, a.end) };
  }
  return null;
}
