/**
 * A share of a move that came in part of its stretch: "About two-thirds of the Russell 2000's gain since the
 * election came on Wednesday", "Half of the index's November gain came in the first week", "Roughly 60% of the
 * rally since the vote came in the first session". The claim is a ratio of one subject's two returns (the
 * part's window over the whole's, ../evaluate.ts with `versus`), stated as the fraction: a fraction in words is
 * approximate (±10% of it, as "about" is: ./comparators.ts); a per cent keeps its written precision. The
 * whole's and the part's windows are read from their own words; either missing, the sentence is not read
 * here (./share-of-move.ts reads a part stated in points: "Of the 9% gain, about 6 points came on Wednesday").
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ClaimSubject, ReadClaim, ReadOptions } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { isMeasurable } from './bound-subject.ts';
import { comparatorFor } from './comparators.ts';
import { SHARE_WORDS } from './fraction-words.ts';
import { HEDGE_CAPTURED } from './hedges.ts';
import type { Piece } from './split.ts';
import { count } from './streak-words.ts';
import { type SubjectHit, subjectKey } from './subjects.ts';
import { findWindows } from './windows.ts';

const WORDS: Record<string, number> = {
  half: 1 / 2,
  third: 1 / 3,
  'two-thirds': 2 / 3,
  quarter: 1 / 4,
  'three-quarters': 3 / 4,
  fifth: 1 / 5,
  tenth: 1 / 10,
};
const SHARE = new RegExp(
  String.raw`^\s*${HEDGE_CAPTURED}(?:(${SHARE_WORDS})|(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent))\s+of\s+(?:the\s+|its\s+|their\s+)?([^,;]{0,60}?)\b(gain|rise|rally|advance|climb|jump|increase|decline|drop|fall|loss|slide|sell-?off)s?\b([^;]{0,80}?)\b(?:came|arrived|was\s+(?:made|added|booked|recorded))\b([^;]*)$`,
  'i',
);

/** The value of a fraction in words: "two-thirds" 0.667, "a quarter" 0.25 (./given-back.ts too). */
export function fraction(words: string): number {
  const w = words
    .toLowerCase()
    .replace(/^(?:a|one)[- ]/, '')
    .replace(' ', '-');
  return WORDS[w] ?? Number.NaN;
}

/** The one window its words name (with the article's event and date), or undefined. */
function windowOf(words: string, o: ReadOptions): ClaimWindow | undefined {
  const found = findWindows(words, o).filter((h) => h.window && !h.fallback && !h.endOnly && !h.contrast);
  return found.length === 1 ? found[0].window : undefined;
}

/** "in the first session", "over the first two days", "in the first week": the first sessions of the whole. */
const FIRST =
  /^\s*(?:in|on|during|over)\s+(?:the\s+|its\s+)?first\s+(?:(two|three|four|five|\d)\s+)?(?:trading\s+)?(session|day|week)s?\b(?!\s+of\b)/i;

/** The first sessions after the event of a whole since an event, or undefined. */
function firstSessions(words: string, whole: ClaimWindow): ClaimWindow | undefined {
  const f = FIRST.exec(words);
  if (!f || whole.kind !== 'since') return undefined;
  const n = (f[1] ? count(f[1]) : 1) * (/week/i.test(f[2]) ? 5 : 1);
  return { kind: 'sessions', event: whole.event, sessions: n, ...(n === 1 ? { nextDay: true } : {}) };
}

/**
 * The ratio claim of a sentence stating the share of a move one part of its stretch made, or undefined.
 * @example fractionOfMove(piece, 'About two-thirds of the Russell 2000\'s gain since the election came on Wednesday, Nov. 6.', 's3', hits, o, ctx)
 * // { readings: [{ metric: 'ratio', subjects: ['^RUT'], stated: 0.667, window: Nov. 6, versus: { window: since the election } }] }
 */
export function fractionOfMove(
  piece: Piece,
  t: string,
  id: string,
  subjects: readonly SubjectHit[],
  o: ReadOptions,
  ctx: ArticleContext,
): ClaimReadings | undefined {
  const m = SHARE.exec(t);
  if (!m) return undefined;
  const headEnd = m.index + m[0].length - m[7].length - m[6].length;
  const named = subjects.find((h) => h.end <= headEnd && isMeasurable(h.subject))?.subject;
  // "Half of the index's November gain", "Half of the rally since the vote": what the article last named.
  const subject = (named ?? ctx.subject) as ClaimSubject | undefined;
  const whole = windowOf(`${m[4]}${m[5]}${m[6]}`, o);
  const part = windowOf(m[7], o) ?? (whole && firstSessions(m[7], whole));
  if (!subject || !whole || !part || JSON.stringify(whole) === JSON.stringify(part)) return undefined;
  const stated = m[2] ? fraction(m[2]) : Number(m[3]) / 100;
  if (!(stated > 0 && stated <= 1)) return undefined;
  const decimals = (m[3]?.split('.')[1] ?? '').length;
  // A fraction in words is about that share; a per cent its written digits.
  const half = m[2] ? 0.1 * stated : 0.005 * 10 ** -decimals;
  const words = m[1]?.toLowerCase().replace(/\s+/g, ' ') ?? (m[2] ? 'about' : undefined);
  const comparator = comparatorFor(stated, half, words);
  // The fraction's words, from the sentence's first word to "of".
  const span = { start: piece.start + t.search(/\S/), end: piece.start + m[0].search(/\s+of\s/) };
  const reading: ReadClaim = {
    id,
    text: piece.text,
    metric: 'ratio',
    subjects: [subjectKey(subject)],
    parsedSubjects: [subject],
    window: part,
    windowSource: 'sentence',
    versus: { window: whole, of: 'return', words: `${m[4]}${m[5]}${m[6]}`.trim() },
    stated,
    unit: 'multiple',
    tolerance: half,
    conventions: {},
    comparator,
    precision: { written: (m[2] ?? m[3]).toLowerCase(), decimals: m[2] ? 2 : decimals + 2, halfUnit: half },
    signSource: 'none',
    span,
    numberSpans: [span],
  };
  return { id, readings: [reading] };
}
