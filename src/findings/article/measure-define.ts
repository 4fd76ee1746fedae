/**
 * A measure a note defines before it quotes it: "We measured the smallest 20% of stocks minus the largest 20%
 * over the 10 trading days after each presidential election since 1928." states no number; the sentences
 * after it that quote "the gap" ("The average gap was 0.9 points") mean that difference, over that window,
 * and, when they average it, over those elections (./read.ts carries it as the last spread stated).
 */

import { fromDay, toDay } from '../../calendar/dates.ts';
import { nyseSessions } from '../../calendar/nyse.ts';
import { eventSet } from '../../events/event-sets.ts';
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ReadClaim, ReadOptions } from '../claim-read.ts';
import type { EarlierSpread } from './article-context.ts';
import { averageSet, eachElection } from './average-words.ts';
import { isMeasurable } from './bound-subject.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { recordFields } from './readings.ts';
import { DEFAULT_FUNDS, type FundName, findSubjects, subjectKey } from './subjects.ts';
import { tallyMeasure } from './tally-measure.ts';
import { findWindows } from './windows.ts';

/** "We measured", "we define", "is defined as", "our measure is": words that define rather than report. */
export const DEFINES =
  /\b(?:we|i)\s+(?:measured?|defined?|computed?|calculated?|looked\s+at|track(?:ed)?|took|take|used?)\b|\b(?:is|was|are)\s+(?:defined|measured|computed|calculated)\s+as\b|\bour\s+(?:measure|gap|spread|metric)\s+(?:is|was)\b/i;
/** The difference's operator between its two groups. */
const MINUS =
  /^\s*(?:['’]s?\s+(?:total\s+)?(?:returns?|performance)\s+)?(?:minus|less|over|versus|vs\.?|relative\s+to|against|compared\s+with)\s+(?:(?:that|those|the\s+returns?)\s+of\s+)?$/i;

/** A sentence as written (its first character at `start` in the article) and the claims read from it. */
export interface Said {
  text: string;
  start: number;
  claims: readonly ClaimReadings[];
}

/** A measure defined in a sentence with no number of its own, carried as a spread the note then quotes. */
export type DefinedMeasure = EarlierSpread & { average?: ReturnType<typeof eachElection> };

/**
 * The measure a sentence defines, or undefined: two groups joined by "minus" and a window.
 * @example definedMeasure('We measured the smallest 20% of stocks minus the largest 20% over the 10 trading days after each presidential election since 1928.', { to: '2024-12-01' }) // Lo 20 vs Hi 20, 10 sessions after 2024-11-05, elections since 1928
 */
function definedMeasure(t: string, o: ReadOptions): DefinedMeasure | undefined {
  if (!DEFINES.test(t)) return undefined;
  const hits = findSubjects(t, (o.funds ?? DEFAULT_FUNDS) as FundName[]);
  const i = hits.findIndex((h, k) => k > 0 && MINUS.test(t.slice(hits[k - 1].end, h.start)));
  if (i < 1) return undefined;
  const [a, b] = [hits[i - 1].subject, hits[i].subject];
  if (!isMeasurable(a) || !isMeasurable(b)) return undefined;
  // "over the month after each presidential election": the whole window after the last such election by
  // the article's date (not cut at the article's date: each election's window is the same length).
  const average = averageSet(eachElection(t));
  const last = average && eventSet(average.events).findLast((e) => !o.to || e.date <= o.to)?.date;
  const at = last ? { ...o, event: last, to: undefined } : o;
  const w = findWindows(t, at).find((h) => h.window && !h.fallback && !h.endOnly)?.window;
  if (!w) return undefined;
  return { metric: 'spread', parsedSubjects: [a, b], window: w, ...(average ? { average } : {}) };
}

/** Words that average: "the average gap", "on average", "the gap averaged", "the mean". */
const AVERAGES = /\b(?:averag(?:e|ed|es|ing)|on\s+average|mean|typical(?:ly)?)\b/i;
/** "The gap was widest after the 2016 election": first among the elections measured. */
const SUPERLATIVE =
  /\b(?:(?:was|were|is|came|proved)\s+(?:the\s+)?|the\s+)(widest|largest|biggest|highest|best|narrowest|smallest|lowest|worst)\b(?!\s+(?:since|of|for|on\s+record)\b)/i;

/**
 * The sentences after the definition that quote the measure: "The average gap was 0.9 points" is the mean
 * over the elections defined (../event-average.ts); "In 2016 the gap was 10.7 points", "This year the gap was
 * -2.6 points" are the same window after that year's election; "The gap was widest after the 2016 election"
 * ranks it first among those elections (../event-rank.ts).
 * @example applyMeasure(said, measure, o) // said: 'The average gap was 0.9 points.' and its claims; reading.average set
 */
function applyMeasure(s: Said, m: DefinedMeasure, o: ReadOptions): void {
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
      const event = moves ? eventAt(r.span.start - s.start) : undefined;
      const own = JSON.stringify(r.window) === JSON.stringify(w);
      if (!own && !event) continue;
      if (!event && m.average && !r.average && AVERAGES.test(s.text)) r.average = { ...m.average };
      if (event && moves) [r.window, r.windowSource] = [moved(w, event), 'sentence'];
      // "Across those 17 elections the gap averaged …": the elections the note defined.
      if (r.average && m.average && /\b(?:those|these)\b/i.test(s.text)) r.average = { ...m.average };
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

/** The measure's window after another event: the same sessions, or the same days from the event to its end. */
function moved(w: ClaimWindow & { kind: 'since' | 'sessions' }, event: string): ClaimWindow {
  if (w.kind === 'sessions' || !w.to) return { ...w, event };
  return { ...w, event, to: fromDay(toDay(event) + toDay(w.to) - toDay(w.event)) };
}

/**
 * A sentence's part in a note's measure, once its claims are read and remembered (./read-sentence.ts): one
 * with no claim that defines a measure sets it; one that quotes it takes its window, average and rank
 * (`applyMeasure`); "It was positive after 10 of them" is a tally over its elections, returned to be added.
 * @example noteMeasure(said, normalised, ctx, o, 's5-1') // a tally's claim, or undefined
 */
export function noteMeasure(
  s: Said,
  normalised: string,
  ctx: { measure?: DefinedMeasure; spreads?: EarlierSpread[] },
  o: ReadOptions,
  id: string,
): ClaimReadings | undefined {
  const defined = s.claims.length ? tallyMeasure(s.claims, o) : definedMeasure(normalised, o);
  if (defined) [ctx.measure, ctx.spreads] = [defined, [defined]];
  if (defined || !ctx.measure) return undefined;
  applyMeasure(s, ctx.measure, o);
  keepMeasure(ctx);
  return s.claims.length ? undefined : measureTally(s, ctx.measure, id);
}

/**
 * After a sentence that quoted the measure, "the gap" in the next one is the measure again (not that year's
 * reading): the context's last spread goes back to it, so each year's figure takes its own sign and event.
 * @example keepMeasure(ctx) // ctx.spreads = [ctx.measure] when the last spreads were the measure's groups
 */
function keepMeasure(ctx: { measure?: DefinedMeasure; spreads?: EarlierSpread[] }): void {
  const m = ctx.measure;
  const key = (x: EarlierSpread) => JSON.stringify(x.parsedSubjects);
  if (m && ctx.spreads?.length && ctx.spreads.every((x) => key(x) === key(m))) ctx.spreads = [m];
}

/** "It was positive after 10 of them", "The gap was negative in 7 of the 16 elections": a count of the set. */
const TALLY = new RegExp(
  `\\b(?:was|were|has\\s+been|had\\s+been|came\\s+out|ended)\\s+(positive|negative|above\\s+zero|below\\s+zero)\\s+(?:after|in|for|following)\\s+(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\s+of\\s+(?:them|those|these|the\\s+(?:\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:(?:presidential|midterm|us|u\\.s\\.)\\s+)*(?:elections|votes|midterms))\\b`,
  'i',
);

/**
 * A sentence after the definition that counts the elections the measure went one way after ("It was
 * positive after 10 of them"): a tally over the note's elections (../event-tally.ts), or undefined.
 * @example measureTally(sentence, measure, 's5') // { id: 's5-1', readings: [{ metric: 'record', record: { tally: { hits: 10, sinceYear: 1960, … } } }] }
 */
function measureTally(s: Said, m: DefinedMeasure, id: string): ClaimReadings | undefined {
  const t = TALLY.exec(s.text);
  const w = m.window;
  if (!t || !m.average || (w.kind !== 'sessions' && w.kind !== 'since')) return undefined;
  // The same sessions after each election as the average and the ranking move the window by
  // (../event-rank.ts `windowAfter`): "the month after" the last election is its sessions to a month on.
  const n =
    w.kind === 'sessions' ? w.sessions : w.to ? nyseSessions(fromDay(toDay(w.event) + 1), w.to).length : 0;
  if (n < 1) return undefined;
  const after = { unit: 'day' as const, n };
  const hits = NUMBER_WORDS[t[2].toLowerCase()] ?? Number(t[2]);
  const span = { start: s.start + t.index, end: s.start + t.index + t[0].length };
  const down = /negative|below/i.test(t[1]);
  const reading: ReadClaim = {
    id,
    text: s.text,
    metric: 'record',
    subjects: m.parsedSubjects.map(subjectKey),
    parsedSubjects: m.parsedSubjects,
    // The events to the article's date: the tally reads each election's own window.
    window: w,
    windowSource: 'carried',
    ...recordFields(),
    record: {
      kind: 'streak',
      streak: 0,
      direction: down ? 'loss' : 'gain',
      tally: {
        hits,
        events: m.average.events,
        after,
        ...(m.average.sinceYear ? { sinceYear: m.average.sinceYear } : {}),
      },
      words: t[0],
    },
    span,
    numberSpans: [],
  };
  return { id, readings: [reading] };
}
