/**
 * A gain given back in full, a sentence with no number: "Small caps have now given back all of their gains
 * since the presidential election", "the Russell 2000 has erased its post-election rally", "wiped out all of
 * its gains since the Fed's first cut", "wiping out what was left of their post-election rally". The claim is that the return since the news, to the article's day (or
 * the day the sentence names), is no longer positive: a return with the comparator `{kind: lt, hi: 0}`
 * (../claim-comparator.ts). A share given back ("gave back about half of their gains") is not read here: it
 * needs the peak between the news and now, which the words do not date.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ClaimSubject, ReadOptions } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { measurableBefore } from './bound-subject.ts';
import { comparatorFor } from './comparators.ts';
import { DATE_RE, previousSession, resolveDate } from './dates.ts';
import { eventDay } from './election-years.ts';
import { fraction } from './fraction-of-move.ts';
import { HEDGE_CAPTURED } from './hedges.ts';
import { expandSubjects, readingsOf, readingsWhy } from './readings.ts';
import type { Piece } from './split.ts';
import type { SubjectHit } from './subjects.ts';
import { findWindows } from './windows.ts';
import { zeroSide } from './zero-side.ts';

/**
 * "have given back all of their gains since …", "handed back half of its post-election gain", "erased its
 * post-election rally", "wiped out the entire gain".
 */
const GIVEN_BACK = new RegExp(
  String.raw`\b(?:(?:has|have|had)\s+(?:now\s+|since\s+|already\s+|just\s+)?)?(?:(given\s+back|gave\s+back|giv(?:es|ing)\s+back|hand(?:ed|s|ing)\s+back|given\s+up|gave\s+up|surrendered|surrender(?:s|ing)?|relinquish(?:ed|es|ing))|erased|eras(?:es|ing)|wiped\s+out|wip(?:es|ing)\s+out|reversed|revers(?:es|ing)|unwound|unwind(?:s|ing)?)\s+(?:${HEDGE_CAPTURED}(half|(?:a|one)[- ](?:third|quarter)|two[- ]thirds|three[- ]quarters|most|(?<=(?:nearly|almost|virtually)\s+)all|\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|percent))\s+(?:of\s+)?|all(?:\s+of)?\s+|the\s+(?:entire|whole)\s+|the\s+entirety\s+of\s+|what\s+(?:was|is|had\s+been)\s+left\s+of\s+)?(?:its|their|the)\s+(?:entire\s+|whole\s+)?(?:([\w-]*election|post-[\w-]+|[\w.-]+\s+)?)(gains?|rally|advance|rise|surge|jump)\b(?!\s+(?:in|on|of)\s+(?:the\s+)?(?:day|session|morning|afternoon))`,
  'i',
);

/**
 * "is back below its Election Day close", "back above their pre-vote level", "back below its Nov. 5 close",
 * "back below where it was before the election": the
 * return since is below (above) 0.
 */
const BACK_PAST = new RegExp(
  String.raw`\bback\s+(below|under|above)\s+(?:(?:its|their|the)\s+(?:election[- ]day|election[- ]night|pre-?(?:election|vote|referendum)|(${DATE_RE}))\s+(?:close|closing\s+level|level)|where\s+(?:it|they)\s+(?:was|were|stood)\s+(?:before|ahead\s+of)\s+the\s+(?:election|vote|referendum))\b`,
  'i',
);

/** A sentence's opening phrase that dates what follows: "Since the election", "In the month since the vote". */
const FRONTED = /^\s*(?:since|in|over|during|across)\b/i;

/**
 * The claim that a subject has given back all of its gain since the news, or undefined; "back below its
 * Election Day close" says the same with no gain named.
 * @example givenBack(piece, 'Small caps have given back all of their gains since the election.', 's3-1', hits, o, ctx)
 * // { readings: [{ metric: 'return', stated: 0, comparator: { kind: 'lt', hi: 0 }, window: since the election }] }
 */
export function givenBack(
  piece: Piece,
  t: string,
  id: string,
  subjects: readonly SubjectHit[],
  o: ReadOptions,
  ctx: ArticleContext,
): ClaimReadings | undefined {
  const back = GIVEN_BACK.test(t) ? null : BACK_PAST.exec(t);
  const m = back ?? GIVEN_BACK.exec(t);
  // A share is given back or given up, never erased or wiped out.
  if (!m || (m[3] && !m[1])) return undefined;
  const spoken = measurableBefore(subjects, m.index);
  // "…, with the Russell 2000 back below …": the one named right before.
  const named = back ? spoken.slice(-1) : spoken;
  const list = (named.length ? named : ctx.subject ? [ctx.subject] : []) as ClaimSubject[];
  if (!list.length) return undefined;
  // Its own clause names the stretch ("… since the presidential election, after the Fed …"), not a later one;
  // so may the clause's opening, a stretch since the news ("Since the election the Russell 2000 has given up
  // half its gains"), never a day a move before it took ("jumped 2.1% on Wednesday before giving back its gains").
  const clause = /[,;]|\s+(?:and|while|but|as)\s+/;
  // A fronted phrase set off by a comma ("In the month since the election, the Russell 2000 has given back …")
  // opens the sentence's one clause: it is read when the clause itself names no stretch.
  const parts = t.slice(0, m.index).split(clause);
  const opening = parts.pop() ?? '';
  const moved = (s: string) => /\d\s*(?:%|per\s?cent|percent|pp\b|points?|pts)/i.test(s); // a move of its own
  const fronted = parts.length === 1 && FRONTED.test(parts[0]) && !moved(parts[0]) ? parts[0] : '';
  const before = moved(opening)
    ? undefined
    : (sinceWindow(opening, undefined, o) ?? (fronted ? sinceWindow(fronted, undefined, o) : undefined));
  const window =
    closeDay(back?.[2], o) ??
    sinceWindow(
      t.slice(m.index).split(clause)[0],
      m[4] ?? (back && /\bwhere\b/i.test(back[0]) ? 'election' : undefined),
      o,
    ) ??
    (before?.kind === 'since' ? before : undefined);
  if (!window) return undefined;
  const span = { start: piece.start + m.index, end: piece.start + m.index + m[0].length };
  const share = m[3] ? shareOf(m[2], m[3]) : undefined;
  // A share needs closes to peak: "small caps" is the small-cap index alone (French's groups have none).
  const closes = (subs: ClaimSubject[]) => subs.every((x) => x.kind === 'security');
  const every = expandSubjects(list, t);
  const all = share && every.some(closes) ? every.filter(closes) : every;
  const readings = readingsOf(id, piece.text, all, {
    window,
    windowSource: 'sentence',
    tolerance: 0,
    conventions: {},
    signSource: 'verb',
    ...(share
      ? {
          metric: 'ratio',
          versus: { window, of: 'peak', words: m[0].trim() },
          stated: share.stated,
          unit: 'multiple',
          comparator: share.comparator,
          precision: { written: share.written, decimals: 2, halfUnit: share.half },
        }
      : {
          metric: 'return',
          unit: 'percent',
          ...(back && /above/i.test(back[1])
            ? zeroSide(true, `${back[0]}: above`)
            : zeroSide(false, back ? `${back[0]}: below` : words(m[0]))),
        }),
    span,
    numberSpans: [],
  });
  const why =
    all.length < every.length
      ? 'read as the index alone: a share given back needs closes to find the peak, and size groups have none'
      : readingsWhy(list, t);
  return { id, readings, ...(why ? { why } : {}) };
}

/**
 * Where a give-back's share stands ("given back roughly 60% of their post-election gains", "given up a third of
 * their gains": not "up a third"): not a return of its own.
 */
export function givenBackShare(t: string): { start: number; end: number } | undefined {
  const m = GIVEN_BACK.exec(t);
  if (!m?.[1] || !m[3]) return undefined;
  const at = m.index + m[0].indexOf(m[3]);
  return { start: at, end: at + m[3].length };
}

/**
 * The share a give-back states: a fraction in words is about it (±10%), a per cent its written digits, "most"
 * more than half.
 * @example shareOf('about', 'half').comparator // { kind: 'approx', lo: 0.45, hi: 0.55, words: 'about' }
 */
function shareOf(before: string | undefined, words: string) {
  const w = words.toLowerCase();
  if (w === 'most')
    return {
      stated: 0.5,
      written: 'most',
      half: 0,
      comparator: { ...comparatorFor(0.5, 0, 'more than'), words: 'most' },
    };
  const pct = /^(\d{1,3}(?:\.\d+)?)/.exec(w);
  const stated = pct ? Number(pct[1]) / 100 : w === 'all' ? 1 : fraction(w); // "nearly all": about all
  const half = pct ? 0.005 * 10 ** -(pct[1].split('.')[1] ?? '').length : 0.1 * stated;
  const say = before?.toLowerCase().replace(/\s+/g, ' ') ?? (pct ? undefined : 'about');
  const comparator = comparatorFor(stated, half, say);
  return {
    stated,
    written: words.toLowerCase(),
    half,
    comparator: { ...comparator, words: `${say ? `${say} ` : ''}${words}` },
  };
}

/** The give-back's words without their auxiliary, as the comparator's: "given back all of their gains: below" 0%. */
function words(hit: string): string {
  return `${hit.replace(/^(?:has|have|had)\s+(?:now\s+|since\s+|already\s+|just\s+)?/i, '').trim()}: below`;
}

/** The stretch since the news the gain was made over: the window the words name, else the article's event. */
function sinceWindow(words: string, adjective: string | undefined, o: ReadOptions): ClaimWindow | undefined {
  const found = findWindows(words, o).filter((h) => h.window && !h.fallback && !h.contrast);
  const w = found[0]?.window;
  // "its post-election rally" in a story on the Fed's decision: since that election, not the decision.
  const news = /election|vote/i.test(adjective ?? '')
    ? (eventDay('the election', words, o) ?? o.event)
    : o.event;
  // "erased their post-election gains on Friday": as of that day, since the news.
  if (w?.kind === 'dates' && news && news < w.from && previousSession(w.to) === w.from)
    return { kind: 'since', event: news, to: w.to };
  if (w && (w.kind === 'since' || w.kind === 'dates'))
    return w.kind === 'since' && !w.to && o.to ? { ...w, to: o.to } : w;
  // "its post-election rally", "their election gains": since the article's event.
  if (adjective && /election|post-/i.test(adjective) && news && o.to)
    return { kind: 'since', event: news, to: o.to };
  return undefined;
}

/** "back below its Nov. 5 close": since the event when that is its day, else from that day, to the article's. */
function closeDay(said: string | undefined, o: ReadOptions): ClaimWindow | undefined {
  const day = said && o.to ? resolveDate(said, o) : undefined;
  if (!day || !o.to || day >= o.to) return undefined;
  return day === o.event ? { kind: 'since', event: day, to: o.to } : { kind: 'dates', from: day, to: o.to };
}
