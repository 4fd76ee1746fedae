/**
 * Rank claims about sectors: "industrials led the rally", "banks led gains", "financials topped the S&P 500's
 * sector leaderboard", "utilities were the worst-performing sector", "energy led the declines", "financial
 * stocks were hit hardest", "with real estate the hardest hit". The claim is that the sector named before the phrase ranked first among the
 * sectors over the window, from the top (gains) or from the bottom (declines), or the place it names ("the
 * second-best sector"); metric 'rank', stated 1 (or that place), unit
 * 'count' (../claim.ts). "Were among the best-performing sectors", "one of the biggest losers": within the
 * top (or bottom) three, `lte 3` (a list of more sectors: each within its length).
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ReadClaim, TextSpan } from '../claim-read.ts';
import { WEEKDAY_POSS } from './dates.ts';
import { HEDGE } from './hedges.ts';
import type { SubjectHit } from './subjects.ts';
import { subjectKey } from './subjects.ts';

/** A rank phrase: where it is, which end of the ranking, the words. */
export interface RankHit extends TextSpan {
  side: 'top' | 'bottom';
  words: string;
  /** "among the best performers": within the top AMONG_TOP (or the list's length), not first. */
  among?: boolean;
  /** "the second-best sector": that place from its end (first when not given). */
  place?: number;
  /** "led by financials": the sector named right after the phrase, not before it. */
  after?: boolean;
}

const PLACES: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
};

/** The places "among the best" allows: the top three of the ten or eleven sectors (a list of more, its length). */
export const AMONG_TOP = 3;

const DOWN =
  /decline|loss|loser|sell-?off|fall|slide|retreat|drop|rout|slump|worst|weakest|laggard|hardest|hurt|hit|battered/i;

/**
 * "Industrials led the rally", "Utilities led Wednesday's gains"; not a relative clause in the past perfect, background before the window
 * ("dumped the big technology stocks that had led the market for much of the year").
 */
const LEAD = new RegExp(
  `(?<!\\b(?:that|which|who)\\s+had\\s+)\\b(?:led|leads?|leading|topped|tops|headed)\\s+(?:the\\s+)?(?:(?:market'?s?|stock\\s+market'?s?|s&p\\s*500'?s?|post-election|broad|broader|wider|sector|sectoral|election|trump|${WEEKDAY_POSS}|(?:day|week|session|month)['’]s)\\s+)*(?:rally|gains|advance|advancers|charge|way|pack|market|sectors|rise|climb|upswing|leaderboard|declines|losses|decliners|sell-?off|fall|slide|retreat|drop|rout|slump)\\b`,
  'gi',
);

/** "Industrials led: the sector's ETF rose 7.9%", "Financials led, rising 11%": the lead with its object left out. */
const LED_ALONE = /\b(?:led|topped)(?=\s*[:;.]|\s*,\s+(?:rising|up|gaining|climbing|jumping|adding)\b)/gi;

const BEST =
  /\b(?:were|was|are|is|(?:have|has|had)\s+been|became|ended\s+as|emerged\s+as)\s+(?:the\s+)?(?:(?:day|week|month|session)['’]s\s+)?(?:(?<place>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ])?(?:best|top|strongest|worst|weakest|biggest)[- ](?:performing\s+(?:sector|group|industry)|performers?|gainers?|losers?|sector)\b|\b(?:were|was|are|is)\s+(?:the\s+)?(?:hit|hurt|battered)\s+(?:the\s+)?(?:hardest|worst|most)\b|\b(?:fared|did)\s+(?:the\s+)?(?:worst)\b|(?<=\b(?:were|was|are|is)\s+|\bwith\s+[A-Za-z ]{2,40}\s)the\s+(?:hardest|worst)[- ]hit\b|(?<=\bwith\s+[A-Za-z ]{2,40}\s)the\s+(?:best|worst|top|strongest|weakest)\s+(?:performer|performing\s+sector)\b|(?<=[;,]\s*[A-Za-z][A-Za-z ]{1,30}\s)the\s+(?:best|worst|strongest|weakest)(?=\s*[,;.])/gi;

const AMONG =
  /\b(?:were|was|are|is|ranked|ranking|ranks?|stood|figured|finished|ended)\s+(?:among|one\s+of)\s+(?:the\s+)?(?:(?:day|week|month|session|market|s&p\s*500)['’]s\s+)?(?:best|top|strongest|worst|weakest|biggest)[- ](?:performing\s+(?:sectors?|groups?|industries)|performers|gainers|losers|winners|laggards|sectors|groups)\b|\b(?:were|was|are|is)\s+(?:among|one\s+of)\s+(?:the\s+)?(?:hardest|worst)[- ]hit(?:\s+(?:sectors?|groups?))?\b/gi;

/**
 * After a comma, of the sector just named: ", the worst performers among the 11 S&P sectors", ", the
 * best-performing sector"; and "were the best of the 11 sectors", ", the worst of the S&P 500's sectors".
 */
const APPOSITION =
  /(?<=,\s*)the\s+(?:(?:day|week|month|session)['’]s\s+)?(?:best|top|strongest|worst|weakest)[- ](?:performing\s+(?:sector|group|industry)\b|(?:performers?|gainers?|losers?)\s+(?:among|of|in)\s+(?:the\s+)?(?:[\w&]+\s+){0,3}(?:sectors|groups|industries)\b)|(?<=(?:,\s*|\b(?:were|was|are|is)\s+))the\s+(?:best|top|strongest|worst|weakest)(?:[- ]performing)?\s+(?:of|among)\s+(?:the\s+)?(?:[\w&'’]+\s+){0,3}(?:sectors|sector\s+(?:funds|ETFs)|groups|industries)\b/gi;

/**
 * "Ten of 11 sectors rose, led by financials", "Stocks fell, led by energy", and the inverted "Leading the charge
 * were industrials", "The top-performing sector was financials": the sector named after it.
 */
const LED_BY =
  /\b(?:led|paced)\s+(?:higher\s+|lower\s+)?by\s+(?=[a-z])|^\s*(?:(?:leading|topping|heading)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:charge|gains|rally|advance|pack|way|list|leaderboard|declines|losses|sell-?off)|the\s+(?:(?:day|week|month|session)['’]s\s+)?(?:best|top|strongest|worst|weakest)[- ](?:performing\s+)?(?:sector|performer|group))\s+(?:was|were|is|are)\s+(?=[a-z])/gi;
/** A fall in the clause before "led by": the leader of the declines. */
const FELL_BEFORE =
  /\b(?:fell|declined|dropped|slid|lost|retreated|sank|tumbled|lower|down|losses|declines|decliners|sell-?off|selling)\b[^,;.]*,?\s*(?:(?:were|was)\s+)?$/i;

/**
 * The rank phrases of a sentence.
 * @example findRanks('Industrials led the rally') // [{ side: 'top', words: 'led the rally' }]
 */
export function findRanks(text: string): RankHit[] {
  const out: RankHit[] = [];
  for (const m of text.matchAll(LED_BY)) {
    const fell = FELL_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) || DOWN.test(m[0]);
    const side = fell ? 'bottom' : 'top';
    out.push({ start: m.index, end: m.index + m[0].length, side, words: m[0].trim(), after: true });
  }
  for (const re of [LEAD, LED_ALONE, BEST, AMONG, APPOSITION])
    for (const m of text.matchAll(re))
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        side: DOWN.test(m[0]) ? 'bottom' : 'top',
        words: m[0],
        ...(re === AMONG ? { among: true } : {}),
        ...(m.groups?.place ? { place: PLACES[m.groups.place.toLowerCase()] } : {}),
      });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The sector a rank phrase ranks: named right after "led by", else the last one before the phrase.
 * @example rankedSector(ledByHit, hits) // the Financials hit of "…, led by financials"
 */
export function rankedSector(hit: RankHit, subjects: readonly SubjectHit[]): SubjectHit | undefined {
  const sector = subjects.filter((h) => h.subject.kind === 'sector');
  return hit.after
    ? sector.find((h) => h.start >= hit.end && h.start <= hit.end + 4)
    : sector.filter((h) => h.end <= hit.start).pop();
}

/**
 * The rank claim of a phrase: the sector named last before it in its clause, or null when none is.
 * @example rankClaim(hit, t, piece, seg, subjects, window, 'sentence', 's2-1')
 */
export function rankClaim(
  hit: RankHit,
  piece: { text: string; start: number },
  seg: TextSpan,
  subjects: readonly SubjectHit[],
  window: ClaimWindow,
  windowSource: ReadClaim['windowSource'],
  id: string,
): ClaimReadings | null {
  const before = subjects.filter(
    (h) => h.end <= hit.start && h.start >= seg.start && h.subject.kind === 'sector',
  );
  const s = hit.after ? rankedSector(hit, subjects)?.subject : before[before.length - 1]?.subject;
  if (s?.kind !== 'sector') return null;
  const span = { start: piece.start + hit.start, end: piece.start + hit.end };
  const place = hit.place ?? 1;
  const claim: ReadClaim = {
    id,
    text: piece.text,
    metric: 'rank',
    subjects: [subjectKey(s)],
    parsedSubjects: [s],
    window,
    windowSource,
    stated: hit.among ? AMONG_TOP : place,
    unit: 'count',
    tolerance: 0.5,
    conventions: {},
    comparator: hit.among
      ? { kind: 'lte', hi: AMONG_TOP, words: `among the ${hit.side} ${AMONG_TOP}` }
      : { kind: 'eq', lo: place - 0.5, hi: place + 0.5 },
    precision: { written: String(hit.among ? AMONG_TOP : place), decimals: 0, halfUnit: 0.5 },
    signSource: 'none',
    rank: { end: hit.side, words: hit.words, ...(hit.among ? { among: true } : {}) },
    span,
    numberSpans: [],
  };
  return { id, readings: [claim] };
}

const CONTRIBUTION = new RegExp(
  String.raw`\b(?:accounted\s+for|contributed|made\s+up|was\s+responsible\s+for|were\s+responsible\s+for|added|explained|drove)\s+${HEDGE}(?:[\w.%]+\s+){0,3}?of\s+(?:the\s+)?(?:[\w&.'-]+\s+){0,4}?(?:small[- ]cap|size|smaller[- ]compan(?:y|ies)|small\s+stocks?|russell\s+2000(?:'s)?|index(?:'s)?|s&p\s+600(?:'s)?)\s*(?:stocks'?\s+|index(?:'s)?\s+)?(?:rally|outperformance|gains?|spread|premium|advance|rebound|lead|edge|rise|return)\b`,
  'i',
);

/**
 * Why a sector's share of the size spread ("industrials accounted for a third of the small-cap rally",
 * "banks contributed 2 points of the small caps' outperformance") is not checked, or null when the sentence
 * makes no such claim. The decomposition exists (`capgap sectors`, src/sectors/decompose.ts) but "the rally"
 * may be the small leg or the spread, and the reader does not yet turn the phrase into a claim.
 * @example contributionReason('Industrials accounted for a third of the small-cap rally', hits) // 'a sector\'s contribution …'
 */
export function contributionReason(text: string, subjects: readonly SubjectHit[]): string | null {
  const m = CONTRIBUTION.exec(text);
  if (!m || !subjects.some((h) => h.subject.kind === 'sector' && h.end <= m.index)) return null;
  return `a sector's contribution (${JSON.stringify(m[0])}): not checked; a contribution is the sector's weight at the base close × its return, which needs the stock panel (capgap import STOCK_PANEL.csv.gz COMPANYLIST.csv), and the checker does not yet turn one into a claim (of the small-cap leg, or of the spread?); \`capgap sectors --event DATE --window a,b\` prints each sector's contribution to the size spread`;
}
