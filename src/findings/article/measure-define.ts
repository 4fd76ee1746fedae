/**
 * A measure a note defines before it quotes it: "We measured the smallest 20% of stocks minus the largest 20%
 * over the 10 trading days after each presidential election since 1928." states no number; the sentences
 * after it that quote "the gap" ("The average gap was 0.9 points") mean that difference, over that window,
 * and, when they average it, over those elections (./read.ts carries it as the last spread stated).
 */

import { eventSet } from '../../events/event-sets.ts';
import type { ReadOptions, ReadSentence } from '../claim-read.ts';
import { eachElection } from './average-words.ts';
import { isMeasurable } from './bound-subject.ts';
import type { EarlierSpread } from './position-claim.ts';
import { DEFAULT_FUNDS, type FundName, findSubjects } from './subjects.ts';
import { findWindows } from './windows.ts';

/** "We measured", "we define", "is defined as", "our measure is": words that define rather than report. */
const DEFINES =
  /\b(?:we|i)\s+(?:measured?|defined?|computed?|calculated?|looked\s+at|track(?:ed)?|took|take|used?)\b|\b(?:is|was|are)\s+(?:defined|measured|computed|calculated)\s+as\b|\bour\s+(?:measure|gap|spread|metric)\s+(?:is|was)\b/i;
/** The difference's operator between its two groups. */
const MINUS = /^\s*(?:minus|less|over|versus|vs\.?|relative\s+to|against|compared\s+with)\s+$/i;

/** A measure defined in a sentence with no number of its own, carried as a spread the note then quotes. */
export type DefinedMeasure = EarlierSpread & { average?: ReturnType<typeof eachElection> };

/**
 * The measure a sentence defines, or undefined: two groups joined by "minus" and a window.
 * @example definedMeasure('We measured the smallest 20% of stocks minus the largest 20% over the 10 trading days after each presidential election since 1928.', { to: '2024-12-01' }) // Lo 20 vs Hi 20, 10 sessions after 2024-11-05, elections since 1928
 */
export function definedMeasure(t: string, o: ReadOptions): DefinedMeasure | undefined {
  if (!DEFINES.test(t)) return undefined;
  const hits = findSubjects(t, (o.funds ?? DEFAULT_FUNDS) as FundName[]);
  const i = hits.findIndex((h, k) => k > 0 && MINUS.test(t.slice(hits[k - 1].end, h.start)));
  if (i < 1) return undefined;
  const [a, b] = [hits[i - 1].subject, hits[i].subject];
  if (!isMeasurable(a) || !isMeasurable(b)) return undefined;
  const w = findWindows(t, o).find((h) => h.window && !h.fallback && !h.endOnly)?.window;
  if (!w) return undefined;
  const average = eachElection(t);
  return { metric: 'spread', parsedSubjects: [a, b], stated: 1, window: w, ...(average ? { average } : {}) };
}

/** Words that average: "the average gap", "on average", "the gap averaged", "the mean". */
const AVERAGES = /\b(?:averag(?:e|ed|es|ing)|on\s+average|mean|typical(?:ly)?)\b/i;
/** "The gap was widest after the 2016 election": first among the elections measured. */
const SUPERLATIVE =
  /\b(?:was|were|is|came|proved)\s+(?:the\s+)?(widest|largest|biggest|highest|best|narrowest|smallest|lowest|worst)\b(?!\s+(?:since|in|of|for|on\s+record)\b)/i;

/**
 * The sentences after the definition that quote the measure: "The average gap was 0.9 points" is the mean
 * over the elections defined (../event-average.ts); "In 2016 the gap was 10.7 points", "This year the gap was
 * -2.6 points" are the same window after that year's election; "The gap was widest after the 2016 election"
 * ranks it first among those elections (../event-rank.ts).
 * @example applyMeasure(readSentence('The average gap was 0.9 points.'), measure, o) // reading.average set
 */
export function applyMeasure(s: ReadSentence, m: DefinedMeasure, o: ReadOptions): void {
  const w = m.window;
  const set = eventSet(m.average?.events ?? 'elections');
  // The election a reading speaks of: the last election year written before its number ("In 2008 the gap
  // was -4.5 points"), else "this year" (the article's).
  const eventAt = (at: number) => {
    const before = s.text.slice(0, at);
    const years = [...before.matchAll(/\b(?:19|20)\d\d\b/g)].map((x) => x[0]);
    const y = years.reverse().find((x) => set.some((e) => e.date.startsWith(x)));
    const year = y ?? (/\b(?:this|that)\s+(?:year|time)\b/i.test(before) ? o.to?.slice(0, 4) : undefined);
    return year ? set.find((e) => e.date.startsWith(year) && (!o.to || e.date <= o.to))?.date : undefined;
  };
  const top = SUPERLATIVE.exec(s.text);
  for (const c of s.claims)
    for (const r of c.readings) {
      if (JSON.stringify(r.parsedSubjects) !== JSON.stringify(m.parsedSubjects)) continue;
      const moves = w.kind === 'sessions' || w.kind === 'since';
      const event = moves ? eventAt(r.span.start - s.span.start) : undefined;
      const own = JSON.stringify(r.window) === JSON.stringify(w);
      if (!own && !event) continue;
      if (!event && m.average && !r.average && AVERAGES.test(s.text)) r.average = { ...m.average };
      if (event && moves) [r.window, r.windowSource] = [{ ...w, event }, 'sentence'];
      if (event && top && m.average && !r.record)
        r.record = {
          kind: 'rank',
          rank: 1,
          ...(m.average.sinceYear ? { sinceYear: m.average.sinceYear } : {}),
          direction: /narrowest|smallest|lowest|worst/i.test(top[1]) ? 'loss' : 'gain',
          amongEvents: true,
          words: top[0].replace(/^\w+\s+/, ''),
        };
    }
}

/**
 * After a sentence that quoted the measure, "the gap" in the next one is the measure again (not that year's
 * reading): the context's last spread goes back to it, so each year's figure takes its own sign and event.
 * @example keepMeasure(ctx) // ctx.spreads = [ctx.measure] when the last spreads were the measure's groups
 */
export function keepMeasure(ctx: { measure?: DefinedMeasure; spreads?: EarlierSpread[] }): void {
  const m = ctx.measure;
  const key = (x: EarlierSpread) => JSON.stringify(x.parsedSubjects);
  if (m && ctx.spreads?.length && ctx.spreads.every((x) => key(x) === key(m))) ctx.spreads = [m];
}
