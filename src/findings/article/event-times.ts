/**
 * Counts over elections said as times: "only three times since 1988", "Of the last 10 elections, … nine times",
 * "nine times out of ten", "in 9 out of 10 elections since 1988", "in all but one of the last ten elections";
 * and the elections that went the other way, named: "after every election since 1988 except 2000 and 2008".
 * Each counts the same window after every vote (the day, week or month after, AFTER), or each vote's span to its
 * own year's end ("from Election Day to year-end", SPAN): ../event-tally.ts measures them.
 */
import type { RecordPhrase } from '../claim-read.ts';
import type { RecordHit } from './records.ts';
import { afterEach, CARD, count, moveVerbs, verbSide } from './streak-words.ts';

/** "in the three months following an election", "in the month after the vote", "the week after elections". */
export const AFTER = new RegExp(
  `\\b(?:in|during|over|for)\\s+the\\s+(?:${CARD}[- ])?(?:trading\\s+)?(day|session|week|month|year)s?\\s+(?:after|following)\\s+(?:an?\\s+|each\\s+|every\\s+|the\\s+)?(?:(?:us|u\\.s\\.)\\s+)?(?:(presidential|midterm)\\s+)?(?:elections?|votes?|midterms?)\\b`,
  'i',
);
/** "from Election Day to year-end", "between the vote and Dec. 31", "from the election to the end of the year". */
export const SPAN =
  /\b(?:from|between)\s+(?:the\s+)?(?:(?:presidential|midterm)\s+)?(?:election(?:\s+day)?|vote|polls?|midterms?)\s+(?:to|and|through|until|till)\s+(?:year[- ]end|the\s+(?:end|close)\s+of\s+(?:the|that|each)\s+year|dec(?:ember|\.)?\s+31(?:st)?|the\s+end\s+of\s+december)\b/i;
/** The elections counted: "since 1980", "of the last ten elections". */
export const SINCE = /\bsince\s+((?:19|20)\d\d)\b/i;
export const LAST = new RegExp(
  `\\b(?:of|in|over)\\s+the\\s+(?:past|last|previous|prior)\\s+${CARD}\\s+(?:(?:us|u\\.s\\.)\\s+)?(?:(?:presidential|midterm)\\s+)?(?:elections|votes|midterms)\\b`,
  'i',
);

/**
 * "three times", "twice", "never", "in seven of nine cases", "7 times out of 11", "in all but one of the last
 * ten elections": how many of the events went the verb's way, in words (and of how many: the events since the
 * year, counted again by ../event-tally.ts).
 */
const TIMES = new RegExp(
  `\\b(?:${CARD}\\s+(?:times\\s+)?out\\s+of\\s+(?:the\\s+)?${CARD}(?:\\s+(?:times|cases|elections))?|${CARD}\\s+times|(twice|once|never)|in\\s+${CARD}\\s+of\\s+(?:the\\s+)?${CARD}\\s+(?:cases|instances|occasions|times)|(?:in|after|following|for)\\s+all\\s+but\\s+${CARD}\\s+of\\s+the\\s+(?:past|last|previous|prior)\\s+${CARD})\\b`,
  'i',
);
const TIMES_WORDS: Record<string, number> = { twice: 2, once: 1, never: 0 };

/** "in the first month after each of …", "over the two weeks following all of …": the window before the count. */
const BEFORE_EACH = new RegExp(
  `\\b(?:in|during|over)\\s+the\\s+(?:first\\s+|initial\\s+)?(?:${CARD}[- ])?(day|session|week|month|year)s?\\s+(?:after|following)\\s+(?:each|all|every|${CARD})\\s+of\\b`,
  'i',
);

/** The window after each vote the words name (AFTER's, BEFORE_EACH's), or each vote to its year's end (SPAN's), or null. */
export function eachWindow(text: string) {
  const a = AFTER.exec(text) ?? BEFORE_EACH.exec(text);
  if (a) return { at: a.index, words: a[0], tally: { after: afterEach(a[1], a[2]) } };
  const s = SPAN.exec(text);
  return s ? { at: s.index, words: s[0], tally: { toYearEnd: true as const } } : null;
}

/**
 * "The index has fallen in the month after a presidential election only three times since 1988", "Only twice
 * since 1988 has the index fallen in the month after …", "Of the last 10 elections, small caps beat large caps
 * from Election Day to year-end nine times": a count of the events since a year (or of the last N) whose window
 * went the verb's way, or null (a per cent in the sentence is a claim of its own).
 */
export function timesTally(text: string): RecordHit | null {
  const m = TIMES.exec(text);
  const a = eachWindow(text);
  // The set the count's own clause names ("in 9 out of 10 elections since 1988, and … of the last ten": 1988).
  const own = m ? clauseAt(text, m.index) : text;
  const since = SINCE.exec(own);
  const last = LAST.exec(own);
  if (!m || !a || !(since ?? last) || percentBeside(text, m.index)) return null;
  const set = (last ?? since)!;
  const of = m[2] ?? m[6];
  // "Only twice since 1988 has the index fallen": the verb may come after the count.
  const verbs = moveVerbs(text);
  const direction =
    verbSide(text, m.index, m.index, verbs) ?? verbSide(text, text.length, text.length, verbs);
  if (!direction) return null;
  // "in all but one of the last ten elections": nine of them.
  const hits = m[7]
    ? count(m[8]) - count(m[7])
    : count(m[1] ?? m[3] ?? m[5] ?? '') || (TIMES_WORDS[m[4]?.toLowerCase()] ?? 0);
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: {
      hits,
      // "7 times out of 11", "in seven of nine cases": the events' count stated too (checked against the set).
      ...(last ? { of: count(last[1]) } : { sinceYear: Number(since![1]), ...(of ? { of: count(of) } : {}) }),
      events: /midterm/i.test(`${a.words} ${set[0]}`) ? 'midterms' : 'elections',
      ...a.tally,
    },
    direction,
    words: setWords(text, m, set),
  };
  // The count's own words only: "Since 1988, the Russell 2000 has …" keeps its subject outside the record's span.
  return { start: m.index, end: m.index + m[0].length, record };
}

/** The count's words with its set's: "only three times since 1988", "Of the last 10 elections … nine times". */
function setWords(text: string, m: RegExpExecArray, set: RegExpExecArray): string {
  const [end, setEnd] = [m.index + m[0].length, set.index + set[0].length];
  if (set.index >= end)
    return text.slice(m.index, setEnd).length < 60 ? text.slice(m.index, setEnd) : `${m[0]} ${set[0]}`;
  if (setEnd <= m.index) return `${set[0]} … ${m[0]}`;
  return text.slice(Math.min(m.index, set.index), Math.max(end, setEnd)); // "in all but one of the last ten elections"
}

/**
 * Whether the clause of `text` at `at` states a per cent, a claim of its own ("only three times since 1988, by an
 * average of 5%"); a later clause's does not count ("… in all but four of the last ten elections, and it rose 8.6%").
 */
export function percentBeside(text: string, at: number): boolean {
  return /\d\s*(?:%|per\s?cent|percent)/i.test(clauseAt(text, at));
}

/** The clause of `text` around `at`, blanked outside (offsets stay the sentence's): cut at ";", ":", ", and", ", but". */
function clauseAt(text: string, at: number): string {
  const cuts = [...text.matchAll(/[;:]|,\s+(?:and|but|while|whereas)\s/gi)].map((c) => c.index);
  const start = cuts.filter((c) => c < at).pop() ?? 0;
  const end = cuts.find((c) => c > at) ?? text.length;
  return ' '.repeat(start) + text.slice(start, end);
}

const YEAR = '(?:19|20)\\d\\d';
/** "except 2000 and 2008", ", except in 2000", "apart from 2000 and 2008", "with the exception of 2008". */
const EXCEPT = new RegExp(
  `^\\s*,?\\s*(?:except|but\\s+not|save|apart\\s+from|other\\s+than|with\\s+the\\s+exceptions?\\s+of)\\s+(?:(?:in|for|those\\s+(?:in|of))\\s+)?(${YEAR}(?:\\s*,\\s*${YEAR})*(?:,?\\s+(?:and|or)\\s+${YEAR})?)\\b`,
  'i',
);

/**
 * The years named as exceptions right after a set of every event ("every election since 1988 except 2000 and
 * 2008"), with the words' length; or null.
 * @example exceptYears(' except 2000 and 2008.') // { years: [2000, 2008], length: 21 }
 */
export function exceptYears(after: string): { years: number[]; length: number } | null {
  const m = EXCEPT.exec(after);
  return m ? { years: (m[1].match(/\d{4}/g) ?? []).map(Number), length: m[0].length } : null;
}

/**
 * "after every election since 1988", "following every presidential election since 1980": the set, its window apart
 * (not "each", which is how a note defines its measure: "we looked at … in the month after each … since 1992").
 */
const EVERY_SINCE = new RegExp(
  `\\b(?:after|following|in|for)\\s+every\\s+(?:(?:us|u\\.s\\.)\\s+)?(?:(?:presidential|midterm)\\s+)?(?:election|vote|midterm)\\s+since\\s+(${YEAR})\\b`,
  'i',
);

/**
 * "Stocks have risen in the 12 months after every midterm election since 1946", "The index has risen between
 * Election Day and year-end after every election since 1988 except 2000 and 2008": each of them since the year
 * went the verb's way (but the years named), the window "the month after" or the sentence's span; or null (a per
 * cent beside it is a claim of its own: "an average of 15% in the year after …").
 */
export function everySince(text: string): RecordHit | null {
  const m = EVERY_SINCE.exec(text);
  const a = m && eachWindow(text);
  if (!m || !a || percentBeside(text, m.index)) return null;
  const direction = verbSide(text, m.index, m.index, moveVerbs(text));
  if (!direction) return null;
  const except = exceptYears(text.slice(m.index + m[0].length));
  const end = m.index + m[0].length + (except?.length ?? 0);
  // "in the 12 months after every midterm election since 1946": the words from the window's.
  const start = a.at < m.index && a.at + a.words.length > m.index ? a.at : m.index;
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: {
      hits: Number.NaN,
      all: true,
      events: /midterm/i.test(m[0]) ? 'midterms' : 'elections',
      sinceYear: Number(m[1]),
      ...(except ? { except: except.years } : {}),
      ...a.tally,
    },
    direction,
    words: text.slice(start, end),
  };
  return { start, end, record };
}
