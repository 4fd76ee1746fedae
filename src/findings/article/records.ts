/**
 * Record phrases: "best on record", "record inflows", "worst week on record", "the widest since 2008", "biggest
 * weekly gain since 2020", the provisional "on track to (for)", "set to be", "heading for", "poised for",
 * "shaping up as" (the period has not ended); "the most since 2014" (a flow); "the widest gap in eight years";
 * "rose more … than in any month since 2008", "a record $6.5bn", "the most for any single week this year"
 * (./record-more-than-any.ts). A run ("its best three-day run since 2011") keeps its length in `stretch`
 * (../record-runs.ts); "a record high", "its highest close since" are levels (../record-level.ts).
 */
import type { RecordPhrase, TextSpan } from '../claim-read.ts';
import { lastMonthBefore } from './dates.ts';
import { LOOKBACK_WORDS, LOWER_BOUND_WORDS } from './hedges.ts';
import { NUMBER_WORDS, ORDINALS } from './number-words.ts';
import { appositeRecords } from './record-apposite.ts';
import { beganRecords, eraRecords } from './record-eras.ts';
import { subjectPeriod } from './record-event-period.ts';
import { eventRecords, PERIOD_ADJ, RANK_OF, runOf } from './record-events.ts';
import { firstTimeRecords, pastLevel, ratesFirstTime } from './record-first-time.ts';
import { likeThisRecords } from './record-like-this.ts';
import { lookbackRecords } from './record-lookback.ts';
import { bestMonthWas, forAnyMonth, sinceDay, sinceElection, sinceExactDay } from './record-month.ts';
import { anyThisYear, moreThanAny, onlyBigger, recordAmount } from './record-more-than-any.ts';
import { ordinalSince } from './record-ordinal.ts';
import { namesReference } from './record-reference.ts';
import { streakRecords } from './record-streaks.ts';
import { isLevel, nearLevel, reached, specialRecords } from './record-times.ts';
import {
  LOSS,
  noRecord,
  nounRecord,
  OTHER_THING_CLAUSE,
  RECORD_NOUN,
  SINCE,
  SUPERLATIVE,
} from './record-words.ts';
import { count } from './streak-words.ts';
import { quarterMonth } from './window-quarters.ts';

/** A record phrase found in a sentence. */
export type RecordHit = TextSpan & { record: RecordPhrase };
const PERIOD = '(day|session|week|month|quarter|year)';
/** "its best month on record", "… ever", "… in its history", "the most in any month since its launch". */
const ON_RECORD = new RegExp(
  `(?:\\b(?:its|their|the)\\s+|(?<=[,(:—–]\\s*)|(?<=\\w['’]s\\s+))(?:(${Object.keys(ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))[- ])?(best|strongest|biggest|largest|most|widest|narrowest|worst|weakest)\\s+(?:(daily|weekly|monthly|quarterly|annual|one-day|single-day)\\s+)?(?:${PERIOD}\\s+)?(?:(?:of|for)\\s+[\\w-]+\\s+|in\\s+any\\s+(?:single\\s+)?(day|session|week|month|quarter|year)\\s+)?(?:percentage\\s+)?(?:[\\w-]+\\s+(?:(?!${PERIOD.slice(1, -1)}\\b)[\\w-]+\\s+)?)?(?:on\\s+record|ever|since\\s+records\\s+beg[au]n|in\\s+(?:(?:its|their|the\\s+(?:[\\w&-]+\\s+){0,3}?[\\w&-]+['’]s)\\s+(?:\\d{1,3}-year\\s+)?)?history|since\\s+(?:(?:its|their|the\\s+fund['’]s)\\s+(?:(?:19|20)\\d\\d\\s+)?)?(?:launch|inception|debut|listing)(?:\\s+in\\s+(?:[a-z]+\\.?\\s+)?(?:19|20)\\d\\d)?)\\b`,
  'gi',
);
/** "its third-best week of the year", "its 2nd-worst day since the election", "its best month of the year" (first): a rank within a stretch. */
const ORDINAL_RANK = new RegExp(
  `(?:\\b(?:its|their|the)\\s+|(?<=[,(:—–]\\s*)|(?<=\\w['’]s\\s+))(?:(${Object.keys(ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))[- ])?(best|worst|biggest|largest|strongest|weakest|sharpest|steepest|deepest|heaviest)\\s+(?:(daily|weekly|monthly|one-day|single-day)\\s+)?(?:${PERIOD}\\s+)?(?:(?:gain|loss|rise|fall|drop|decline|advance|performance|showing|haul|intake|inflows?|outflows?)\\s+)?(?:(of\\s+the\\s+year|this\\s+year)|(?:of|in)\\s+((?:19|20)\\d\\d)|since\\s+(?:the\\s+)?(?:(?:us|u\\.s\\.|presidential|brexit|fed's|rate)\\s+)?(election(?:\\s+day)?|vote|referendum|decision|rate\\s+decision))\\b`,
  'gi',
);
const PROVISIONAL =
  /\b(?:(?:is|are)\s+having|on\s+pace\s+(?:to|for)|on\s+track\s+(?:to|for)|set\s+(?:to\s+be|to\s+post|to\s+record|for)|head(?:ing|ed|s)?\s+for|poised\s+(?:to|for)|on\s+course\s+(?:to|for)|shaping\s+up\s+(?:as|to\s+be))\b/i;
const COUNT = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
/** "in more than five years", "in over a decade", "in at least ten years": a lower bound (./hedges.ts). */
const IN_LOWER_BOUND = new RegExp(String.raw`\bin\s+(?:${LOWER_BOUND_WORDS})\s`, 'i');
/** "the widest gap in eight years", "the biggest weekly gain in more than 10 years", "best day relative to the
 * S&P 500 in more than four years", "the best month for small caps relative to large caps in 20 years". */
const IN_YEARS = new RegExp(
  `\\b${SUPERLATIVE}\\s+(?:(?:[\\w&.'’-]+)\\s+){0,9}?in\\s+(?:(?:${LOOKBACK_WORDS})\\s+)?(?:${COUNT}\\s+years|(a|one|two|three)\\s+decades?)\\b`,
  'gi',
);
/**
 * The record phrases of a sentence, with `provisional` set when the sentence says "on track", "set to be"…
 * @example findRecords('the widest since 2008') // [{ record: { kind: 'widest-since', sinceYear: 2008, words: 'widest since 2008' } }]
 */
export function findRecords(text: string, refYear?: number, event?: string, refDate?: string): RecordHit[] {
  const out: RecordHit[] = [];
  const provisional = PROVISIONAL.test(text);
  const push = (m: RegExpMatchArray, r: Omit<RecordPhrase, 'words'>) => {
    if (ratesFirstTime(text, m.index ?? 0, m[0])) return; // "… lowered rates … for the first time since 2020"
    const record: RecordPhrase = { ...r, words: m[0] };
    if (provisional) record.provisional = true;
    Object.assign(record, runOf(m[0]), pastLevel(text, m.index ?? 0, m[0])); // "above 1,850 for the first time"
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, record });
  };
  for (const m of text.matchAll(ON_RECORD)) {
    const loss = LOSS.test(m[0]) || /narrowest/i.test(m[2]); // "the narrowest gap on record": the lowest
    // "its best month on record", "its biggest monthly gain ever", "the most ever in a single week" (after it).
    const single = /^\s+(?:in|on|for)\s+a\s+single\s+(day|session|week|month)\b/i.exec(
      text.slice(m.index + m[0].length),
    );
    const word = m[4] ?? m[5] ?? single?.[1]; // "its best month", "the most in any month since its launch"
    const p = word ? (word.toLowerCase() === 'session' ? 'day' : word.toLowerCase()) : undefined;
    // "its third-best day on record": a place among every period (no `from`), not the best.
    const rank = m[1] ? (ORDINALS[m[1].toLowerCase()] ?? Number.parseInt(m[1], 10)) : 1;
    push(m, {
      ...(rank > 1 ? { kind: 'rank', rank } : { kind: loss ? 'worst-on-record' : 'best-on-record' }),
      ...(p || m[3] ? { period: (p ?? PERIOD_ADJ[m[3].toLowerCase()]) as RecordPhrase['period'] } : {}),
      direction: loss ? 'loss' : 'gain',
    });
  }
  for (const [m, r] of appositeRecords(text)) push(m, r); // ", a record.", "That's a record.", "a margin last seen in 2000"
  for (const m of text.matchAll(RECORD_NOUN)) {
    const r = nounRecord(text, m); // "a record high", "its highest close ever" (./record-words.ts)
    if (r) push(m, { ...r, ...(m[1] ? { period: PERIOD_ADJ[m[1].toLowerCase()] } : {}) });
  }
  const taken = (m: RegExpMatchArray) =>
    out.some((h) => (m.index ?? 0) < h.end && (m.index ?? 0) + m[0].length > h.start);
  for (const [m, r] of beganRecords(text)) if (!taken(m)) push(m, r); // not "since its launch" twice
  for (const [m, r] of firstTimeRecords(text, event)) push(m, r); // "closed above 1,850 for the first time"
  for (const m of text.matchAll(ORDINAL_RANK)) {
    const year = m[6] ?? (m[5] ? refYear : undefined);
    const from = year ? `${year}-01-01` : m[7] ? event : undefined;
    if (!from) continue;
    const adj = m[3] ? PERIOD_ADJ[m[3].toLowerCase()] : undefined;
    const p = adj ?? (m[4] ? (m[4].toLowerCase() === 'session' ? 'day' : m[4].toLowerCase()) : undefined);
    push(m, {
      kind: 'rank',
      rank: m[1] ? (ORDINALS[m[1].toLowerCase()] ?? Number.parseInt(m[1], 10)) : 1,
      from,
      ...(p ? { period: p as RecordPhrase['period'] } : {}),
      direction: LOSS.test(m[0]) ? 'loss' : 'gain',
    });
  }
  for (const m of text.matchAll(RANK_OF)) {
    if (taken(m)) continue;
    push(m, {
      kind: 'rank',
      rank: m[1] ? (ORDINALS[m[1].toLowerCase()] ?? Number.parseInt(m[1], 10)) : 1,
      of: Number(m[3].replace(/,/g, '')),
      sinceYear: Number(m[4]),
      direction: /smallest|narrowest/i.test(m[2]) ? 'loss' : 'gain',
    });
  }
  // "… of any election since 1980": a place among those elections (./record-events.ts), not "since 1980".
  const overlaps = (h: TextSpan) => out.some((x) => h.start < x.end && h.end > x.start);
  out.push(...eventRecords(text).filter((h) => h.record.sinceYear && !overlaps(h)));
  for (const m of text.matchAll(SINCE)) {
    if (taken(m) || noRecord(text, m)) continue; // "… by 1.2 points", "against the largest since 1980"
    const words = m[0];
    // "the third-best month since 1928": a place within the years since (./record-ordinal.ts).
    const ord = ordinalSince(text, m, m[6] ?? m[5]);
    if (ord !== undefined) {
      if (ord) push(ord.match, { ...ord.record, direction: LOSS.test(words) ? 'loss' : 'gain' });
      continue;
    }
    // "since June": the last June before the article's month; "since Nov. 9", "since early November": that date.
    const day = sinceDay(text.slice(m.index + words.length), words);
    const yearless = m[4] && !m[5] ? lastMonthBefore(m[4], refDate, day) : undefined;
    if (m[4] && !m[5] && !yearless) continue;
    const named = /\b(week|month|day|quarter|year|session)s?\b/i
      .exec(words)?.[1]
      .toLowerCase()
      .replace('session', 'day') as RecordPhrase['period']; // "its best session since", "their worst days since"
    // "its worst day since Oct. 31": the day is the record's words too.
    const tail = yearless && /^\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/.exec(text.slice(m.index + words.length));
    const whole = tail ? Object.assign([words + tail[0]], { index: m.index }) : m;
    push(whole as RegExpMatchArray, {
      kind: /widest|narrowest/i.test(m[1]) ? 'widest-since' : 'biggest-since',
      // "its highest close since August": a level, not a ranked return (not "the highest inflows since").
      ...(isLevel(m[1], words) ? { level: true, ...(reached(text, m.index) ? { within: true } : {}) } : {}),
      sinceYear: Number(m[5] ?? m[6] ?? m[9] ?? yearless?.slice(0, 4)),
      ...(yearless ? { sinceMonth: yearless } : {}),
      ...sinceExactDay(text.slice(m.index + words.length), words, m[4], yearless, m[5]), // "since Oct. 31"
      ...(m[9] ? { sinceMonth: quarterMonth(m[9], m[7] ?? m[8]) } : {}), // "since the fourth quarter of 2020"
      ...sinceElection(words, m[2] ? PERIOD_ADJ[m[2].toLowerCase()] : named, event), // "since the 2020 election"
      ...(/\bsince\s+at\s+least\b/i.test(words) ? { orEarlier: true } : {}),
      ...(m[2] ? { period: PERIOD_ADJ[m[2].toLowerCase()] } : named ? { period: named } : {}),
      direction: LOSS.test(words) || /lowest/i.test(m[1]) ? 'loss' : 'gain',
    });
  }
  const more = [lookbackRecords(text, refDate), eventRecords(text, event), eraRecords(text)];
  more.push(bestMonthWas(text, refDate, event), streakRecords(text, refYear, refDate, event));
  more.push(moreThanAny(text, refDate), recordAmount(text), anyThisYear(text, refYear));
  more.push(onlyBigger(text), likeThisRecords(text)); // "Only 2020 saw a bigger …", "a day like this since"
  for (const h of more.flat())
    if (!overlaps(h)) out.push(provisional ? { ...h, record: { ...h.record, provisional: true } } : h);
  for (const m of text.matchAll(IN_YEARS)) {
    if (taken(m) || !refYear) continue;
    // "in a decade": ten years; "in two decades": twenty.
    const n = m[2] ? count(m[2]) : 10 * (count(m[3]) || 1);
    const p = /\b(week|month|day|quarter|year)\b/i.exec(m[0].replace(/\s+in\s+.*$/i, ''));
    push(m, {
      kind: /widest|narrowest/i.test(m[1]) ? 'widest-since' : 'biggest-since',
      sinceYear: refYear - n,
      // "in more than five years", "in over a decade", "in at least ten years": a lower bound.
      ...(IN_LOWER_BOUND.test(m[0]) ? { orEarlier: true } : {}),
      ...(p ? { period: p[1].toLowerCase() as RecordPhrase['period'] } : {}),
      ...(isLevel(m[1], m[0]) ? { level: true } : {}),
      direction: LOSS.test(m[0]) || /lowest/i.test(m[1]) ? 'loss' : 'gain',
    });
  }
  // "closed at a record high 8 times this month", "its best start to a year": in place of the hits they overlap.
  for (const x of specialRecords(text))
    out.splice(0, out.length, ...out.filter((h) => h.end <= x.start || h.start >= x.end), x);
  // "3% below the record high it hit on Nov. 25": a distance's reference, no record (./record-reference.ts).
  const other = (h: RecordHit) => OTHER_THING_CLAUSE.test(text.slice(0, h.start)); // "the pound, which reached …"
  const kept = out.filter((h) => !namesReference(text, h) && !other(h));
  return kept
    .map((h) => subjectPeriod(text, forAnyMonth(nearLevel(text, h))))
    .map((h) => ({ ...h, record: { ...h.record, words: h.record.words.replace(/\s{2,}/g, ' ') } })) // an aside blanked
    .sort((a, b) => a.start - b.start);
}

/** True when the sentence speaks of a period still running ("on track to", "set to be"). */
export function isProvisional(text: string): boolean {
  return PROVISIONAL.test(text);
}
