/**
 * An average over elections in a sentence: "across the 10 presidential elections since 1980, … averaged 0.6
 * percentage points", "has risen an average of 2.1% in the week after elections since 1988", "on average, …
 * in the month after the last five midterm elections", "rising an average of 15% in the year after a midterm
 * election". The number is the mean of the same window after each
 * election (../event-average.ts), or their median where the sentence says "median".
 */
import type { ReadClaim, TextSpan } from '../claim-read.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { type AfterEach, afterEach, CARD } from './streak-words.ts';

const AVERAGE = /\b(?:averag(?:e|ed|es|ing)|on\s+average|the\s+mean|median)\b/i;
/** "a median gain of 3.1%", "the median spread": the middle event's value, not the mean. */
const MEDIAN = /\bmedian\b/i;
const ELECTIONS = new RegExp(
  `\\b(?:(?:across|over|after|in|for|following)\\s+)?(?:the\\s+|all\\s+)?(?:(?:last|past|previous)\\s+)?(?:${CARD}\\s+)?(?:(?:us|u\\.s\\.)\\s+)?(?:(presidential|midterm)\\s+)?(?:elections|midterms|(?<=\\b(?:last|past|previous)\\s+(?:\\w+\\s+)?(?:(?:presidential|midterm)\\s+)?)votes|(?<=\\b(?:each|every|an?)\\s+(?:(?:us|u\\.s\\.)\\s+)?(?:(?:presidential|midterm)\\s+)?)(?:election|midterm)|(?<=\\b(?:each|every|an?)\\s+(?:(?:us|u\\.s\\.)\\s+)?(?:presidential|midterm)\\s+)vote)\\b(?:\\s+since\\s+((?:19|20)\\d\\d))?`,
  'i',
);

/** "an average post-election gain of 2.1% since 1980": the elections since that year, by an adjective. */
const POST_ELECTION =
  /\b(?:average|median|typical|mean)\s+post-(?:election|vote)\s+(?:gain|return|rise|move|rally|performance|outperformance|spread|decline|loss)\b[^,;]{0,40}?\bsince\s+((?:19|20)\d\d)\b/i;

/** "Since 1988, …": a year the average's elections start from, opening the sentence. */
const OPENING_SINCE = /^\W*since\s+((?:19|20)\d\d)\s*,/i;

/** Elections named by their years: "the 1992 and 1996 elections", "the 2000, 2004 and 2008 presidential elections". */
const YEARS =
  /\bthe\s+((?:(?:19|20)\d\d,?\s+)+and\s+(?:19|20)\d\d)\s+((?:(?:us|u\.s\.|presidential|midterm)\s+)*(?:elections|midterms|votes))\b/i;

/**
 * "the first cut of the past six easing cycles", "the last four first cuts", "the Fed's first rate cut in each easing cycle since 1990",
 * "the first cut of an easing cycle", "after the Fed starts cutting rates" (with an average: each cycle's first).
 */
const FIRST_CUTS = new RegExp(
  `\\b(?:(?:(?:last|past|previous)\\s+)?(?:${CARD}\\s+)?first\\s+(?:(?:interest[- ])?rate\\s+)?cuts\\b(?!\\s+(?:of|in)\\b)|(?:fed|federal\\s+reserve|fomc)\\s+(?:starts|begins|kicks\\s+off)\\s+(?:cutting|lowering|easing)|first\\s+(?:(?:interest[- ])?rate\\s+)?cuts?\\s+(?:of|in)\\s+(?:(?:each|every)\\s+(?:of\\s+)?)?(?:the\\s+|an?\\s+)?(?:(?:last|past|previous)\\s+)?(?:${CARD}\\s+)?(?:fed(?:eral\\s+reserve)?\\s+)?(?:easing|rate[- ]cutting|loosening)\\s+cycles?)\\b(?:\\s+since\\s+((?:19|20)\\d\\d))?`,
  'i',
);

/**
 * The average a sentence states over elections, or undefined.
 * @example averageOf('Across the 10 presidential elections since 1980, the spread averaged 0.6 points') // { events: 'elections', of: 10, sinceYear: 1980, … }
 */
export function averageOf(t: string): ReadClaim['average'] {
  return withStat(t, averageIn(t));
}

/** The average with its statistic: the median when the sentence says so. */
function withStat(t: string, a: ReadClaim['average']): ReadClaim['average'] {
  return a && MEDIAN.test(t) ? { ...a, stat: 'median' } : a;
}

function averageIn(t: string): ReadClaim['average'] {
  if (!AVERAGE.test(t)) return undefined;
  const cuts = FIRST_CUTS.exec(t);
  if (cuts) {
    // "the last four first cuts" (group 1) or "the first cut of the past six easing cycles" (group 2).
    const card = cuts[1] ?? cuts[2];
    const n = card ? (NUMBER_WORDS[card.toLowerCase()] ?? Number(card)) : undefined;
    return {
      events: 'fomc-first-cuts',
      ...(n && !cuts[3] ? { of: n } : {}),
      ...(cuts[3] ? { sinceYear: Number(cuts[3]) } : {}),
      words: cuts[0].trim(),
    };
  }
  // "in the month after the 1992 and 1996 elections": those elections only.
  const listed = YEARS.exec(t);
  if (listed)
    return {
      events: /midterm/i.test(listed[2]) ? 'midterms' : 'elections',
      years: [...listed[1].matchAll(/(?:19|20)\d\d/g)].map((y) => Number(y[0])),
      words: listed[0].trim(),
    };
  // "tended to outperform after elections: … by an average of 2.9 points in the week after the last ten votes":
  // the set that names how many or since when, before one that names neither.
  const all = [...t.matchAll(new RegExp(ELECTIONS.source, 'gi'))];
  const m = all.find((x) => x[1] || x[3]) ?? all[0] ?? null;
  // "an average post-election gain of 2.1% since 1980": the elections from that year.
  const post = m ? null : POST_ELECTION.exec(t);
  if (post) return { events: 'elections', sinceYear: Number(post[1]), words: post[0] };
  if (!m) return undefined;
  const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : undefined;
  // "Since 1988, the Russell 2000 has averaged … after presidential elections": the year may open the sentence.
  const since = m[3] ?? (n ? undefined : OPENING_SINCE.exec(t)?.[1]);
  return {
    events: /midterm/i.test(m[0]) ? 'midterms' : 'elections',
    ...(n && !since ? { of: n } : {}),
    ...(since ? { sinceYear: Number(since) } : {}),
    words: m[0].trim(),
  };
}

/**
 * The average a sentence states, over the elections it names, else over those `each` an earlier sentence
 * defined ("we looked at … after each presidential election since 1992. On average, …").
 * @example averageOver('On average, the smallest decile beat the largest by 2.1 points.', { events: 'elections', sinceYear: 1992, words: '…' }) // those elections
 */
export function averageOver(t: string, each?: EachEvents): ReadClaim['average'] {
  // "On average, the index gained 4.8% in the month after those elections": the ones named before.
  if (each && AVERAGE.test(t) && THOSE.test(t)) return withStat(t, averageSet(each));
  return (
    averageOf(t) ?? withStat(t, each && AVERAGE.test(t) && !ELECTIONS.test(t) ? averageSet(each) : undefined)
  );
}

/**
 * The average the number at `q` states: `averageOver`'s, but an adjective's ("…, against an average post-election
 * gain of 2.1% since 1988") is only the number it names, not the sentence's others ("has gained 8%").
 */
export function averageAt(
  t: string,
  q: { start: number; end: number },
  each?: EachEvents,
): ReadClaim['average'] {
  const a = statAt(t, q, averageOver(t, each));
  const post = POST_ELECTION.exec(t);
  const within = post && q.start >= post.index && q.end <= post.index + post[0].length;
  return a && post && a.words === post[0] && !within ? undefined : a;
}

/** "averaged", "on average", "the mean", "median": the words that name a statistic, in order. */
const STAT_WORDS = /\b(?:median|averag(?:e|ed|es|ing)|on\s+average|(?:the|a)\s+mean)\b/gi;

/**
 * The statistic of the number at `q` in a sentence naming both ("gained an average of 3% …, with a median of
 * 4.4%"): the word nearest before it (after it, for a number before any); the sentence's own with one named.
 */
function statAt(t: string, q: { start: number }, a: ReadClaim['average']): ReadClaim['average'] {
  const words = [...t.matchAll(STAT_WORDS)];
  if (!a || !words.some((w) => MEDIAN.test(w[0])) || words.every((w) => MEDIAN.test(w[0]))) return a;
  const near = words.filter((w) => w.index < q.start).pop() ?? words[0];
  const { stat: _, ...mean } = a;
  return MEDIAN.test(near[0]) ? { ...a, stat: 'median' } : mean;
}

/** Elections named before: "those elections", "these five votes", "the same elections". */
const THOSE = new RegExp(
  `\\b(?:those|these|the\\s+same|the\\s+above)\\s+(?:${CARD}\\s+)?(?:(?:us|u\\.s\\.)\\s+)?(?:(?:presidential|midterm)\\s+)?(?:elections|votes|midterms)\\b`,
  'i',
);

const EACH =
  /\b(?:after|following|around|in|for)\s+(?:each|every)\s+(?:(?:us|u\.s\.)\s+)?(?:(presidential|midterm)\s+)?(?:election|midterm)\b(?:\s+since\s+((?:19|20)\d\d))?/i;
/** "in the month after each", "over the 10 trading days following every": the window after each event. */
const AFTER_EACH = new RegExp(
  `\\b(?:in|over|during|for|at)\\s+the\\s+(?:${CARD}[- ])?(?:trading\\s+)?(day|session|week|month|year)s?\\s+(?:after|following)\\s+(?:each|every)\\b`,
  'i',
);

/** The elections a note measures after each of, and the window after each when it names one. */
export type EachEvents = NonNullable<ReadClaim['average']> & { after?: AfterEach };

/**
 * The elections a measure is taken after each of ("over the 10 trading days after each presidential election
 * since 1928"): the set an average of it is over, with the window after each, or undefined.
 * @example eachElection('in the month after each presidential election since 1992') // { events: 'elections', sinceYear: 1992, after: { unit: 'month', n: 1 }, … }
 */
export function eachElection(t: string): EachEvents | undefined {
  const m = EACH.exec(t);
  if (!m) return undefined;
  const a = AFTER_EACH.exec(t);
  return {
    events: /midterm/i.test(m[0]) ? 'midterms' : 'elections',
    ...(m[2] ? { sinceYear: Number(m[2]) } : {}),
    words: m[0].trim(),
    ...(a ? { after: afterEach(a[1], a[2]) } : {}),
  };
}

/**
 * The set an average is over, without the window after each (a claim's own window moves to each event).
 * @example averageSet({ events: 'elections', words: '…', after: { unit: 'month', n: 1 } }) // { events: 'elections', words: '…' }
 */
export function averageSet(each: EachEvents | undefined): ReadClaim['average'] {
  if (!each) return undefined;
  const { after: _, ...set } = each;
  return set;
}

/**
 * "after presidential elections since 1988", "after each election since 1988", "an average post-election gain
 * of 2.1% since 1980": the year that scopes a set of events, not a window (that is the one after each).
 */
export function setScope(text: string, h: TextSpan): boolean {
  return (
    /^since\s+(?:19|20)\d\d$/i.test(text.slice(h.start, h.end)) &&
    /\b(?:elections?|midterms?|cycles?|cuts|hikes|votes)\s*$|\b(?:average|median|mean)\s+post-(?:election|vote)\s[^,;]{0,40}$/i.test(
      text.slice(0, h.start),
    )
  );
}
