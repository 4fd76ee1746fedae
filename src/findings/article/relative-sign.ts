/**
 * Which side of a comparison won, with no number for the gap: "The Russell 2000 beat the S&P 500 since the
 * election", "Small caps rose 1.9% since the election, outpacing the S&P 500", "…, less than the S&P 500",
 * "Large caps trailed small caps on Wednesday". The claim is that the first subject's return over the period
 * the sentence names is above (below) the second's: a spread with the comparator `{kind: gt, lo: 0}` (`lt`,
 * `hi: 0`), checked as any spread is. Not read when the gap has a number ("beat the S&P 500 by 1.6 points"),
 * the second side has its own beside the first's ("rose 1.9%, outpacing the S&P 500's 1.5% gain", "large caps
 * (+0.8%)"), or the sentence names no period; read when only the second side has one ("The Russell 2000
 * outpaced the S&P 500's 4.3% gain since the vote": that 4.3% is checked on its own).
 */
import type { ClaimReadings, ClaimSubject, ReadOptions } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { isMeasurable } from './bound-subject.ts';
import { comparisonClaim } from './comparison-claim.ts';
import { expandSubjects, readingsOf } from './readings.ts';
import type { Piece } from './split.ts';
import { spokenSubjects } from './spoken-subject.ts';
import { type SubjectHit, subjectKey } from './subjects.ts';
import { findWindows } from './windows.ts';
import { zeroSide } from './zero-side.ts';

/** The verb or comparative before the second side: group 1 ahead ("beat", "outpacing"), group 2 behind. */
const VERB =
  /\b(?:(beat|beats|beating|outperform(?:ed|s|ing)?|outpac(?:ed|es|ing)|outstrip(?:ped|s|ping)?|outran|outrunning|more\s+than|better\s+than)|(lagg(?:ed|ing)|lags?|trail(?:ed|s|ing)|underperform(?:ed|s|ing)?|less\s+than|worse\s+than))\s+(?:the\s+)?(?=\S)/gi;
/** A measure stated: "1.6 points", "4.3%", "$2bn" (not a name's digits: "S&P 500"). */
const MEASURE = /\d[\d.,]*\s*(?:%|per\s?cent|percent|percentage|points?|pts|pp\b|bps?\b|basis)|[$£€]\s?\d/i;
/** A denial before the verb: "have not outperformed", "failed to beat", "has yet to beat". */
const DENIED = /\b(?:not|n['’]t|never|failed\s+to|fail(?:s|ing)?\s+to|yet\s+to|no\s+longer)\s+(?:\w+\s+)?$/i;
/** Words that count periods or make the stretch vague: "six of the last nine", "each of", "for most of the year". */
const COUNTED = /\bof\s+the\s+(?:last|past|previous)\b|\b(?:each|every)\b|\b(?:most|much|part|some)\s+of\b/i;
/** After the second side, a number of its own or of the gap: "by 1.6 points", "'s 1.5% gain", " (+0.8%)". */
const NUMBERED =
  /^(?:\s+by\b|['’]s?\s|\s*\(|\s*,?\s*(?:at|up|down|which\s+(?:rose|fell|gained|lost))\s+[+\-\u2212]?\d)/i;

/** The second side's own number, its possessive's: "'s 4.3% gain", "'s 1.5% rise". */
const OWN_NUMBER = /^['’]s?\s+(?:[\w-]+\s+){0,2}?[+\-\u2212]?\d[\d.]*\s*(?:%|per\s?cent|percent)/i;

/**
 * The claims that a subject's return beat (trailed) another's over the sentence's period, one per comparison
 * no number states; none where a claim of `taken` is the second side's.
 * @example relativeSigns(piece, 'The Russell 2000 beat the S&P 500 since the election.', 's2', [], false, hits, o, ctx)
 * // [{ readings: [{ metric: 'spread', subjects: ['^RUT', '^GSPC'], comparator: { kind: 'gt', lo: 0 } }] }]
 */
export function relativeSigns(
  piece: Piece,
  t: string,
  prefix: string,
  taken: readonly ClaimReadings[],
  numbered: boolean,
  subjects: readonly SubjectHit[],
  o: ReadOptions,
  ctx: ArticleContext,
): ClaimReadings[] {
  const out: ClaimReadings[] = [];
  const said = new Set(taken.flatMap((c) => c.readings.flatMap((r) => r.subjects)));
  // A question asks; a count of periods ("in six of the last nine cycles") is a tally, not one stretch.
  if (/\?\s*["”']?\s*$/.test(t) || COUNTED.test(t)) return out;
  let found: ReturnType<typeof findWindows> | undefined; // the sentence's periods, read once, when a verb needs them
  for (const m of t.matchAll(VERB)) {
    if (DENIED.test(t.slice(0, m.index))) continue; // never denied
    const at = m.index + m[0].length;
    const the = at - (/the\s+$/i.exec(m[0])?.[0].length ?? 0); // a subject's words may hold its "the"
    const other = subjects.find((h) => (h.start === at || h.start === the) && isMeasurable(h.subject));
    // "The Russell 2000 outpaced the S&P 500's 4.3% gain since the vote": only the second side has a number.
    const owned = !!other && OWN_NUMBER.test(t.slice(other.end));
    // Beside numbers, only an afterthought with none of its own ("…, outpacing the S&P 500."), or a side alone.
    const aside = /,\s*$/.test(t.slice(0, m.index)) && !MEASURE.test(t.slice(m.index));
    if (numbered && !aside && !owned) continue;
    if (!other || (NUMBERED.test(t.slice(other.end)) && !owned)) continue;
    const first = spokenSubjects(t, m.index, subjects, ctx.subject).at(-1) as ClaimSubject | undefined;
    if (owned && first && said.has(subjectKey(first))) continue; // both sides' numbers say who won
    // The period named last before the comparison ("rose 2% on Monday and 8% since the vote, outpacing …"), or after it.
    found ??= findWindows(t, o).filter((h) => h.window && !h.fallback && !h.endOnly && !h.contrast);
    const hit = found.filter((h) => h.end <= m.index).at(-1) ?? found[0];
    if (!first || !hit?.window) continue;
    const qc = comparisonClaim(first, other.subject, { sign: 1, signSource: 'verb' }, m[0]);
    if (typeof qc === 'string' || qc.subjects.length !== 2) continue;
    const every = expandSubjects(qc.subjects, t);
    if (!owned && every.some((subs) => said.has(subjectKey(subs[1])))) continue; // the second side's own number
    const words = t.slice(m.index, other.end);
    const behind = m[2] !== undefined;
    const span = { start: piece.start + m.index, end: piece.start + other.end };
    const id = `${prefix}-${taken.length + out.length + 1}`;
    out.push({
      id,
      readings: readingsOf(id, piece.text, every, {
        metric: 'spread',
        target: qc.target,
        window: hit.window,
        windowSource: 'sentence',
        conventions: {},
        signSource: 'verb',
        unit: 'pp',
        ...zeroSide(!behind, `${words}: ${behind ? 'below' : 'above'}`),
        span,
      }),
    });
  }
  return out;
}
