/**
 * Tallies: "in seven of the past ten sessions", "in each of the past three weeks", "in four of the five sessions
 * after the vote" (periods through the claimed one: ../record-tally.ts), and over events: "in the month after seven
 * of the last ten presidential elections" (the same window after each: ../event-tally.ts). Each a streak record
 * with `tally` and streak 0.
 */
import type { RecordPhrase } from '../claim-read.ts';
import { beyondCount } from './beyond-count.ts';
import { MONTH_RE } from './dates.ts';
import { electionCounts } from './event-runs.ts';
import { eachWindow } from './event-times.ts';
import { fedTally } from './fed-tally.ts';
import { everyYearSince, nthIn, nthOf, nthTime } from './nth-tally.ts';
import { eachOfTimes, electionTally } from './record-each-of.ts';
import type { RecordHit } from './records.ts';
import { daysShare, everyDay, shareTally } from './share-tally.ts';
import { afterEach, CARD, countedTally, firstSaid, periodTally, UNIT } from './streak-words.ts';

/**
 * "in seven of the past ten sessions", "in only three of the past ten years", "in each of the past three
 * weeks", and without the preposition after a verb: "has risen 8 of the last 10 sessions", "have now risen for
 * 14 of the past 15 sessions".
 */
export const BY_VERB =
  '(?<=\\b(?:risen|rose|(?:risen|rose|fallen|fell|gained|declined|advanced|climbed|rallied|dropped|slipped|retreated)\\s+for|fallen|fell|gained|declined|advanced|climbed|rallied|dropped|slipped|retreated|outperformed|underperformed|beaten|beat|lagged|trailed|(?:closed|finished|ended)\\s+(?:higher|lower|up|down))\\s+)';
const TALLY = new RegExp(
  `(?:\\b(?:in|on|during|for)\\s+(?:only\\s+|just\\s+)?|${BY_VERB})(?:${CARD}|each)\\s+of\\s+the\\s+(?:past|last|previous|prior)\\s+${CARD}\\s+(?:trading\\s+)?(${UNIT.slice(1, -1)}|(?:calendar\\s+)?years?)`,
  'i',
);
/**
 * "has gained in 12 of the 17 sessions this month", "on 9 of the 13 trading days in November", "rose in
 * eight of 12 months in 2024", "has risen in 11 of the 14 sessions of 2026": the periods of a stretch (so far, when it runs to the article's date),
 * counted as the last N of them.
 */
const THIS_TALLY = new RegExp(
  `(?:\\b(?:in|on|during)\\s+(?:only\\s+|just\\s+)?|${BY_VERB})(?:${CARD}|each)\\s+of\\s+(?:(?:the|its)\\s+)?${CARD}\\s+(?:trading\\s+)?(${UNIT.slice(1, -1)})(?=\\s+(?:so\\s+far\\s+)?(?:(?:this|of\\s+the)\\s+(?:month|week|year|quarter)|(?:in|of)\\s+${MONTH_RE}|(?:in|of)\\s+(?:19|20)\\d\\d\\b|since\\s+the\\s+start\\s+of\\s+the\\s+(?:month|year)))`,
  'i',
);
/**
 * "rose in 14 of December's 20 sessions", "in nine of this year's 12 months": the stretch named by its possessive
 * (a window phrase of its own, so the tally's words end at "of", as AFTER_TALLY's).
 */
const POSSESSED_TALLY = new RegExp(
  `(?:\\b(?:in|on|during)\\s+(?:only\\s+|just\\s+)?|${BY_VERB})(?:${CARD}|each)\\s+of\\s+(?=(?:(?:this|last)\\s+(?:month|week|year|quarter)|${MONTH_RE}|(?:19|20)\\d\\d)['’]s\\s+${CARD}\\s+(?:trading\\s+)?(${UNIT.slice(1, -1)}))`,
  'i',
);
/**
 * "in four of the five sessions after the vote", "on three of the first five days since the election", "has
 * risen 11 of the 12 sessions since the vote", "in 12 of 17 sessions since the election", "in four of the next
 * six sessions", "of the six sessions that followed": the tally's words end at "of", so the window's ("the five
 * sessions after the vote") is read as the claim's.
 */
const AFTER_TALLY = new RegExp(
  `(?:\\b(?:in|on|during|for)\\s+(?:only\\s+|just\\s+)?|${BY_VERB})(?:${CARD}|each)\\s+of\\s+(?=(?:the\\s+)?(?:first\\s+|next\\s+|following\\s+|subsequent\\s+)?${CARD}\\s+(?:trading\\s+)?${UNIT}(?:\\s+(?:after|following|since|that\\s+followed|thereafter|afterwards?)\\b|(?<=\\bthe\\s+(?:next|following|subsequent)\\s+\\w+\\s+(?:trading\\s+)?\\w+)))`,
  'i',
);
/** "in the month after seven of the last ten presidential elections", "in the three days after each of …". */
const EVENT_TALLY = new RegExp(
  `\\b(?:in|during|over)\\s+the\\s+(?:${CARD}[- ])?(day|session|week|month|year)s?\\s+(?:after|following)\\s+(?:${CARD}|each|all)\\s+of\\s+the\\s+(?:past|last|previous|prior)\\s+${CARD}\\s+(?:(?:us|u\\.s\\.|american)\\s+)?(?:(presidential|midterm)\\s+)?(?:elections|votes|midterms)\\b`,
  'i',
);

/**
 * "Small caps outperformed in five of the last eight elections", "rose after 7 of the 10 elections since
 * 1984", "in the month after a presidential election in six of the last nine cycles": no window of its own; it
 * counts the window after each that the sentence ("in the following month"; "in seven of the last 12
 * post-election months": the month after each) or the note ("we looked at … in the month after each
 * presidential election", ./read-sentence.ts) names.
 */
const BARE_EVENT_TALLY = new RegExp(
  `(?:\\b(?:in|after|following|for)\\s+|${BY_VERB})(?:${CARD}|each|all)\\s+of\\s+the\\s+(?:(past|last|previous|prior)\\s+)?${CARD}\\s+(?:(?:us|u\\.s\\.|american)\\s+)?(?:(presidential|midterm)\\s+)?(?:elections|votes|midterms|(?:election\\s+)?cycles|post-?(?:election|vote)\\s+(day|session|week|month|year)s)\\b(?:\\s+since\\s+((?:19|20)\\d\\d))?`,
  'i',
);
/** "in the following month", "the month that followed", "measured over three months": the window after each, said apart. */
const FOLLOWING = new RegExp(
  `\\b(?:in|over|during)\\s+the\\s+(?:(?:following|next|subsequent)\\s+(day|session|week|month|year)|(day|session|week|month|year)\\s+(?:that\\s+)?(?:followed|after(?:wards?)?))\\b|\\b(?:measured\\s+)?over\\s+${CARD}\\s+(day|session|week|month|year)s\\b`,
  'i',
);

/** A bare event tally ("in five of the last eight elections"), its window after each the sentence's if it says one. */
function bareEventTally(text: string): RecordHit | null {
  const m = BARE_EVENT_TALLY.exec(text);
  const k = m && countedTally(text, m, 1, 3);
  // "in six of the last nine cycles" counts elections only in a sentence that speaks of one (not rate cycles).
  if (!m || !k || (/cycles$/i.test(m[0]) && !/\b(?:elect|vote\b)/i.test(text))) return null;
  const f = FOLLOWING.exec(text);
  const since = !m[2] && m[6] ? { sinceYear: Number(m[6]) } : {};
  // "in seven of the last 12 post-election months": the month after each.
  const unit = f?.[1] ?? f?.[2] ?? f?.[4] ?? m[5];
  // ("…, and the index itself rose over that stretch in seven of the last ten elections": each vote to year-end.)
  const after = unit ? { after: afterEach(f?.[3], unit) } : (eachWindow(text)?.tally ?? {});
  const record = electionTally(m[0], m[0], { hits: k.hits, of: k.of, ...after, ...since }, k.direction);
  return { start: k.at, end: k.at + m[0].length, record };
}

/**
 * "Over the past 10 presidential elections, the Russell 2000 has beaten the S&P 500 in the month after the vote
 * six times": the events first (EVENTS_FIRST), then the window after each and the count (AFTER_TIMES).
 */
const EVENTS_FIRST = new RegExp(
  `\\b(?:over|in|across|of|for)\\s+the\\s+(?:past|last|previous|prior)\\s+${CARD}\\s+(?:(?:us|u\\.s\\.|american)\\s+)?(?:(presidential|midterm)\\s+)?(?:elections|votes|midterms)\\b`,
  'i',
);
const AFTER_TIMES = new RegExp(
  `\\b(?:in|during|over)\\s+the\\s+((?:following|next|subsequent)\\s+)?(?:${CARD}[- ])?(day|session|week|month|year)s?(\\s+(?:after|following)\\s+(?:the|each|an?)\\s+(?:vote|election|poll|ballot)s?\\b)?[^.;]*?\\b(?:${CARD}\\s+times|(twice|once))\\b`,
  'i',
);

/** An event tally ("in the month after seven of the last ten presidential elections"), or null. */
function eventTally(text: string): RecordHit | null {
  const each = eachOfTimes(text); // "In the month after each of the eight … elections from 1988 …, … five times"
  if (each) return each;
  const first = EVENTS_FIRST.exec(text);
  const next = first && AFTER_TIMES.exec(text.slice(first.index + first[0].length));
  // "… in the month after the vote six times", "Of the last 10 elections, … in the following month seven times".
  const after = first && next && (next[1] || next[4]) ? next : null;
  // "Over the past 10 elections, … in the month after the vote six times": EVENT_TALLY's groups, the span the
  // window's words and the count (the subjects and the verb between are not the record's).
  const m = after
    ? (Object.assign(
        [after[0], after[2], after[3], after[5] ?? (after[6] === 'once' ? '1' : '2'), first?.[1], first?.[2]],
        {
          index: (first?.index ?? 0) + (first?.[0].length ?? 0) + after.index,
        },
      ) as unknown as RegExpExecArray)
    : EVENT_TALLY.exec(text);
  const k = m && countedTally(text, m, 3, 4);
  if (!m || !k) return bareEventTally(text);
  const { hits, of, at, direction } = k;
  const words = after ? `${first?.[0]} … ${m[0]}` : m[0];
  const record = electionTally(
    first?.[0] ?? m[0],
    words,
    { hits, of, after: afterEach(m[1], m[2]) },
    direction,
  );
  return { start: at, end: at + m[0].length, record };
}

/** "Small caps have outperformed large caps in seven of the past ten sessions": a tally (../record-tally.ts). */
export function tallyRecord(text: string, refYear?: number): RecordHit | null {
  // "… gained after each of the three cuts this year, on the day of the decision": over the Fed's decisions.
  const events =
    firstSaid(text, [
      shareTally(text),
      eventTally(text),
      electionCounts(text),
      fedTally(text, refYear),
      daysShare(text),
    ]) ?? everyDay(text); // ("the first said": "in 9 out of 10 elections since 1988, and … in seven of the last ten")
  if (events) return events;
  // "rose more than 2% five times in December" (./beyond-count.ts), before "in four sessions" reads as a tally.
  const nth = beyondCount(text) ?? nthIn(text) ?? nthOf(text) ?? everyYearSince(text, refYear); // "every year since 2021"
  if (nth) return nth;
  const time = nthTime(text);
  if (time) return time;
  // "in eight of the nine weeks since the election, and … in nine of the past ten weeks": the first said.
  const [past, after] = [
    TALLY.exec(text) ?? THIS_TALLY.exec(text),
    AFTER_TALLY.exec(text) ?? POSSESSED_TALLY.exec(text),
  ];
  const m = past && !(after && after.index < past.index) ? past : after;
  const k = m && countedTally(text, m, 1, 2);
  if (!m || !k) return null;
  const { hits, of, at, direction, flows } = k;
  // "in four of the five sessions after the vote": the words go on past the span, into the window's.
  const more =
    m === past
      ? ''
      : (/^(?:the\s+)?(?:first\s+|next\s+|following\s+|subsequent\s+)?(?:(?:this\s+|last\s+)?\S+['’]s\s+)?\S+\s+(?:trading\s+)?\w+/i.exec(
          text.slice(at + m[0].length),
        )?.[0] ?? '');
  // "in seven of the past 10 years": calendar years, the last one the year before the article's.
  const record: RecordPhrase = {
    ...periodTally(hits, of, m[3], direction, m[0] + more),
    ...(flows ? { flows } : {}),
  };
  return { start: at, end: at + m[0].length, record };
}

/**
 * The tallies of a sentence's later clauses: "Small caps have beaten large caps in eight of the nine weeks
 * since the election, and the Russell 2000 has risen in nine of the past ten weeks" states two (what comes
 * before each blanked, so the offsets stay the sentence's).
 */
export function laterTallies(text: string, first: RecordHit, refYear?: number): RecordHit[] {
  const next = tallyRecord(' '.repeat(first.end) + text.slice(first.end), refYear);
  if (!next || next.start <= first.end || !/[,;]/.test(text.slice(first.end, next.start))) return [];
  // "…, and the index itself rose over that stretch in seven of the last ten elections": the first's window after each.
  const [t, was] = [next.record.tally, first.record.tally];
  if (t?.events && was?.events && !t.after && !t.toYearEnd)
    next.record.tally = {
      ...t,
      ...(was.after ? { after: was.after } : {}),
      ...(was.toYearEnd ? { toYearEnd: true } : {}),
    };
  return [next, ...laterTallies(text, next, refYear)];
}
