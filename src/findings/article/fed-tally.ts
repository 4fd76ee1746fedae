/**
 * Tallies over the Fed's decisions: "Small caps have now gained after each of the three cuts this year, on the
 * day of the decision", "the Russell 2000 rose on the day of four of the last five hikes". The same window
 * after each rate cut (or hike) of the Board's table (../../events/event-sets-fomc.ts) from the year named
 * ("this year": the article's; "since 2022") to the article's date, or the last N of them; the stated count
 * of decisions must be how many the table holds (../event-tally.ts says so when it is not). The window after
 * each must be said ("on the day of the decision", "in the week after"): capgap does not guess it.
 */
import type { RecordPhrase } from '../claim-read.ts';
import type { RecordHit } from './records.ts';
import { afterEach, CARD, count, sideOf } from './streak-words.ts';

/** "after each of the three cuts this year", "on the day of four of the last five hikes", "after all of its 2019 cuts". */
const FED_TALLY = new RegExp(
  `\\b(?:after|following|on|in)\\s+(?:the\\s+day\\s+of\\s+)?(${CARD}|each|all|every\\s+one)\\s+of\\s+(?:the|its|their|this\\s+year's)\\s+((?:last|past|previous)\\s+)?${CARD}\\s+(?:(?:fed|federal\\s+reserve|fomc|interest[- ]rate|rate)\\s+)*(cuts|reductions|hikes|increases)\\b(\\s+(?:so\\s+far\\s+)?this\\s+year|\\s+since\\s+((?:19|20)\\d\\d))?`,
  'i',
);
/** The window after each decision: its day ("on the day of the decision", "on decision days") or a period after it. */
const EACH_WINDOW =
  /\bon\s+(?:the\s+day\s+of\s+(?:the|each|every)\s+(?:decision|announcement|cut|hike|move)s?|(?:decision|announcement)\s+days?)\b|\bon\s+the\s+day\s+of\b|\bin\s+the\s+(?:(day|session|week|month)\s+after(?:wards?)?|(?:following|next)\s+(day|session|week|month))\b/i;

/**
 * The tally over Fed decisions a sentence states, or null.
 * @example fedTally('Small caps have gained after each of the three cuts this year, on the day of the decision.', 2019)?.record.tally // { hits: 3, of: 3, events: 'fomc-cuts', sinceYear: 2019, after: { unit: 'day', n: 1 } }
 */
export function fedTally(text: string, refYear?: number): RecordHit | null {
  const m = FED_TALLY.exec(text);
  if (!m) return firstCutTally(text);
  const of = count(m[4]); // CARD holds a group of its own
  const all = /^(?:each|all|every\s+one)$/i.test(m[1]);
  const hits = all ? of : count(m[1]);
  const direction = sideOf(text, m.index);
  if (!direction || !(of >= 1) || !(hits >= 0) || hits > of) return null;
  const since = m[7] ? Number(m[7]) : m[6] ? refYear : undefined;
  if (m[6] && !since) return null; // "this year" with no article date
  const w = EACH_WINDOW.exec(text);
  const after = w ? afterEach(undefined, w[1] ?? w[2] ?? 'day') : undefined;
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: {
      hits,
      of,
      events: /cut|reduction/i.test(m[5]) ? 'fomc-cuts' : 'fomc-hikes',
      ...(all ? { all: true } : {}),
      ...(after ? { after } : {}),
      ...(since ? { sinceYear: since } : {}),
    },
    direction,
    words: m[0],
  };
  return { start: m.index, end: m.index + m[0].length, record };
}

/** "in the month after the first rate cut", "in the year after the Fed began cutting": the window after each first cut. */
const AFTER_FIRST = new RegExp(
  `\\b(?:in|over|during)\\s+the\\s+(?:${CARD}[- ])?(day|session|week|month|year)s?\\s+(?:after|following)\\s+(?:the\\s+(?:fed['’]s\\s+)?first\\s+(?:(?:interest[- ])?rate\\s+)?cut|the\\s+(?:fed|federal\\s+reserve)\\s+(?:began|started|starts|begins)\\s+(?:cutting|easing|lowering))`,
  'i',
);
/** "in four of the last five easing cycles", "in each of the past three rate-cutting cycles". */
const CYCLES = new RegExp(
  `\\b(?:in|during|over|for)\\s+(${CARD}|each|all)\\s+of\\s+the\\s+(?:last|past|previous)\\s+${CARD}\\s+(?:(?:easing|rate[- ]cutting|loosening|fed)\\s+)*cycles\\b`,
  'i',
);

/**
 * "The Russell 2000 has risen in the month after the first rate cut in four of the last five easing cycles": a
 * tally over the first cut of each easing cycle (the Board's table, ../../events/event-sets-fomc.ts), the window
 * after each said; or null.
 * @example firstCutTally('… in the month after the first rate cut in four of the last five easing cycles.')?.record.tally // { hits: 4, of: 5, events: 'fomc-first-cuts', after: { unit: 'month', n: 1 } }
 */
function firstCutTally(text: string): RecordHit | null {
  const a = AFTER_FIRST.exec(text);
  const c = a && CYCLES.exec(text);
  if (!a || !c) return null;
  const of = count(c[3]);
  const hits = /^(?:each|all)$/i.test(c[1]) ? of : count(c[2] ?? c[1]);
  const direction = sideOf(text, c.index);
  if (!direction || !(of >= 1) || !(hits >= 0) || hits > of) return null;
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: { hits, of, events: 'fomc-first-cuts', after: afterEach(a[1], a[2]) },
    direction,
    words: `${a[0]} … ${c[0]}`,
  };
  return { start: c.index, end: c.index + c[0].length, record };
}
