/**
 * "The mid-cap index", "the large-cap gauge": a size class named as an index is the index of that size the
 * sentence named before it, else the one the article last spoke of, else the last of that size the article
 * named ("The FTSE 250 … That leaves the mid-cap index 10 points behind the FTSE 100": the FTSE 250, not the
 * S&P 400 that "mid caps" reads as). With no such index before it, the class stays. "Mid caps" beside a British
 * index (in the sentence, or the one the article last spoke of) are the FTSE 250.
 */
import type { ClaimSubject } from '../claim-read.ts';
import { INDEX_ETF } from '../claim-subjects.ts';
import type { SubjectHit } from './subjects.ts';

/** The size class each index stands for. */
export const INDEX_SIZE: Record<string, 'small' | 'mid' | 'large'> = {
  '^RUT': 'small',
  '^SP600': 'small',
  '^SP400': 'mid',
  '^FTMC': 'mid',
  '^GSPC': 'large',
  '^FTSE': 'large',
  '^RUI': 'large',
  '^DJI': 'large',
  '^NDX': 'large',
};

/** The index a size class reads as first (./readings.ts): "small caps" the Russell 2000, "mid caps" the S&P 400. */
export const CLASS_INDEX: Record<string, string> = { small: '^RUT', mid: '^SP400', large: '^GSPC' };

/**
 * The hits with "the <size>-cap index" replaced by the index the subject before (`ctx.subject`) names when it is of
 * that size; "the benchmark" alone read (`benchmarkHits`).
 * @example classIndex('the mid-cap index fell 2%', hits, { subject: { kind: 'security', id: '^FTMC' } })[0].subject // ^FTMC
 */
export function classIndex(
  t: string,
  hits: SubjectHit[],
  ctx: { subject?: ClaimSubject; indexes?: ClaimSubject[]; benchmark?: ClaimSubject },
): SubjectHit[] {
  const [previous, recent] = [ctx.subject, ctx.indexes ?? []];
  const sized = sizedIndexes(t, hits, previous, recent);
  return trackedFunds(t, benchmarkHits(t, sized, previous, recent, ctx.benchmark), recent);
}

/** The size of a fund that tracks an index ("IWM": small), from the index it tracks. */
const FUND_SIZE: Record<string, string> = Object.fromEntries(
  Object.entries(INDEX_ETF).map(([index, fund]) => [fund, INDEX_SIZE[index]]),
);

/**
 * One fund named by what it tracks: "the S&P 500 tracker", "the S&P 500 ETF" (the ETF capgap takes for that
 * index, SPY), and "the small-cap ETF" after IWM was named (that fund: "IWM returned 5.9%, ahead of SPY's 3.5%.
 * In other words, the small-cap ETF beat the S&P 500 tracker by about 2.4 points"). Plural funds are a category.
 */
function trackedFunds(t: string, hits: SubjectHit[], recent: readonly ClaimSubject[]): SubjectHit[] {
  const definite = (h: SubjectHit) =>
    /^the\s/i.test(t.slice(h.start, h.end)) || /\bthe\s+$/i.test(t.slice(0, h.start));
  return hits.map((h) => {
    const s = h.subject;
    const noun = /^\s+(?:ETF|tracker|index\s+fund|fund)\b(?!s)/i.exec(t.slice(h.end));
    if (s.kind === 'security' && INDEX_ETF[s.id] && noun && definite(h))
      return {
        start: h.start,
        end: h.end + noun[0].length,
        subject: { kind: 'security', id: INDEX_ETF[s.id] },
      };
    const size =
      s.kind === 'category' ? /\b(small|mid|large)\b/i.exec(s.category)?.[1].toLowerCase() : undefined;
    const one = /(?:ETF|tracker|fund)$/i.test(t.slice(h.start, h.end)) && definite(h);
    const fund =
      size && one ? recent.filter((x) => x.kind === 'security' && FUND_SIZE[x.id] === size).pop() : undefined;
    return fund ? { ...h, subject: fund } : h;
  });
}

/** A sentence that restates the numbers before it in other terms: "That works out to", "This equates to". */
const RESTATES =
  /^\W*(?:that|this|which)\s+(?:works\s+out\s+(?:to|at)|equates\s+to|translates\s+(?:in)?to|amounts\s+to|is\s+equivalent\s+to|means)\b/i;

/** The British indexes: beside them, "mid caps" are the FTSE 250. */
const UK = ['^FTSE', '^FTMC'];

function sizedIndexes(
  t: string,
  hits: SubjectHit[],
  previous: ClaimSubject | undefined,
  recent: readonly ClaimSubject[],
): SubjectHit[] {
  const uk = (x: SubjectHit['subject'] | undefined) => x?.kind === 'security' && UK.includes(x.id);
  const british =
    hits.some((x) => uk(x.subject)) || (uk(previous) && !/\b(?:US|U\.S\.|American|Wall\s+Street)\b/.test(t));
  return hits.map((h) => {
    // ("the small-cap value index" is a style's: never the Russell 2000 itself, ./size-classes.ts.)
    if (h.subject.kind !== 'size-class' || h.subject.style) return h;
    // "Domestically focused mid caps have outperformed the FTSE 100": beside British indexes, the FTSE 250.
    if (h.subject.size === 'mid' && !h.subject.style && british)
      return { ...h, subject: { kind: 'security', id: '^FTMC' } };
    // "The Russell 2000 rose 85% …, the S&P 500 186%. That works out to about 6.4% a year for small caps and
    // 11.1% for large caps": a restatement's classes are the indexes of their size just spoken of.
    const size = h.subject.size;
    const restated = RESTATES.test(t)
      ? recent.filter((x) => x.kind === 'security' && INDEX_SIZE[x.id] === size).pop()
      : undefined;
    if (restated) return { ...h, subject: restated };
    if (!/\b(?:the|its|their)\s+(?:[\w']+\s+)?$/i.test(t.slice(Math.max(0, h.start - 20), h.start))) return h;
    // "the large-cap benchmark"; "4.1% ahead of its large-cap counterpart" (the index named before).
    const noun =
      /^(?:[- ]?(?:cap|caps))?\s+(?:index|gauge|benchmark|barometer|counterpart|peer|sibling|cousin)\b/i;
    if (!noun.test(t.slice(h.end))) return h;
    // "… against a 2.5% rise for the large-cap benchmark": an index of that size named earlier in the
    // sentence (the S&P 500), else the one the article last spoke of.
    const named = hits
      .filter((x) => x.end <= h.start && x.subject.kind === 'security' && INDEX_SIZE[x.subject.id] === size)
      .pop()?.subject;
    const ofSize = (x: ClaimSubject | undefined) => x?.kind === 'security' && INDEX_SIZE[x.id] === size;
    // Else the one the article last spoke of, else the last of that size it named ("… the FTSE 250 has risen
    // 19.6%, ahead of the FTSE 100's 15.3%. In the first three days after the vote, the mid-cap index …").
    const index = named ?? (ofSize(previous) ? previous : recent.filter(ofSize).pop());
    return index ? { ...h, subject: index } : h;
  });
}

/** "the benchmark" alone: not "the benchmark S&P 500", nor a benchmark rate, yield or bond. */
const BARE_BENCHMARK =
  /\bthe\s+benchmark(?:\s+(?:index|gauge))?\b(?!\s*(?:s&p|russell|ftse|dow|nasdaq|stoxx|msci|nikkei|\d|(?:[\w-]+\s+)?(?:rates?|yields?|interest|treasury|treasuries|bonds?|notes?|gilts?|bund|crude|oil|contract|futures)\b))/gi;

/** "Wall Street's benchmark", "Wall Street's main stock index" alone (not "Wall Street's benchmark S&P 500"). */
const WALL_STREET =
  /\bWall\s+Street['’]s\s+(?:main\s+|broad\s+|broadest\s+|benchmark\s+)?(?:benchmark|(?:stock\s+)?index|gauge)\b(?!\s*(?:s&p|dow|nasdaq|russell|index\b|gauge\b))/gi;

/**
 * "Year-to-date the Russell 2000 is up 17.6%, against 6.6% for the benchmark": "the benchmark" alone is the
 * broad (large-cap) index the sentence named before it, else the fund's benchmark the document declared
 * (`declared`: ./fund-benchmark.ts), else the one the article last spoke of, else the last it named; with none
 * named, it stays unread.
 */
function benchmarkHits(
  t: string,
  hits: SubjectHit[],
  previous: ClaimSubject | undefined,
  recent: readonly ClaimSubject[],
  declared?: ClaimSubject,
): SubjectHit[] {
  const broad = (x: SubjectHit['subject'] | undefined): x is ClaimSubject =>
    x?.kind === 'security' && INDEX_SIZE[x.id] === 'large';
  const added: SubjectHit[] = [];
  for (const m of t.matchAll(BARE_BENCHMARK)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => start < h.end && end > h.start)) continue;
    const named = hits.filter((h) => h.end <= start && broad(h.subject)).pop()?.subject;
    const index = named ?? declared ?? (broad(previous) ? previous : recent.filter(broad).pop());
    if (index) added.push({ start, end, subject: index });
  }
  // "Wall Street's benchmark has risen by about a fifth this year": the S&P 500, as newsrooms call it.
  for (const m of t.matchAll(WALL_STREET)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!hits.some((h) => start < h.end && end > h.start))
      added.push({ start, end, subject: { kind: 'security', id: '^GSPC' } });
  }
  return added.length ? [...hits, ...added].sort((a, b) => a.start - b.start) : hits;
}

/**
 * What "the index" in sentence `t` points back at: the index the article last named when the sentence before
 * spoke of something no index is ("Small-cap ETFs took in $9 billion in November. The index rose just shy of
 * 10%": the Russell 2000 named before, not the funds), else `previous`.
 * @example theIndex('The index rose 10%.', { kind: 'category', category: 'US small cap' }, [rut]) // rut
 */
export function theIndex(
  t: string,
  previous: ClaimSubject | undefined,
  indexes: readonly ClaimSubject[] | undefined,
): ClaimSubject | undefined {
  const index = indexes?.filter((x) => x.kind === 'security' && x.id.startsWith('^')).at(-1);
  const other = previous?.kind === 'category' || previous?.kind === 'unheld';
  return other && index && /\bthe\s+(?:index|gauge|benchmark)\b/i.test(t) ? index : previous;
}

/**
 * Whether a subject the writer named is the leader, or the leader's size ("small caps", "the smallest").
 * Unlike ./comparison-claim.ts `sameSide` (a size class and its own readings), a size group counts by its side.
 */
export function namesLeader(named: ClaimSubject, leader: ClaimSubject): boolean {
  if (JSON.stringify(named) === JSON.stringify(leader)) return true;
  const side =
    leader.kind === 'security'
      ? INDEX_SIZE[leader.id]
      : leader.kind === 'size-group'
        ? leader.side
        : leader.kind === 'size-class'
          ? leader.size
          : undefined;
  if (named.kind === 'size-class') return named.size === side;
  return named.kind === 'size-group' && named.side === side;
}
