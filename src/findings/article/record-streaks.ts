/**
 * Streaks: "its 10th straight decline", "a fifth straight weekly gain", "its third weekly gain in a row", "the
 * third consecutive session of losses", "has risen for seven straight sessions", "five days in a row", and "the longest losing streak
 * since 1974", "its longest winning streak on record". A sentence's count and its "longest" phrase make one
 * record (`streak`: the count stated, 0 when none is; `kind`: 'biggest-since' with the year, 'best-on-record',
 * or 'streak' for a count alone), checked on the closes by ../record-streak.ts. A tally ("in seven of the past
 * ten sessions") is a streak record with `tally` (../record-tally.ts).
 */
import type { RecordPhrase } from '../claim-read.ts';
import { lastMonthBefore } from './dates.ts';
import { LOOKBACK_WORDS } from './hedges.ts';
import { monthTally } from './month-tally.ts';
import { ORDINALS } from './number-words.ts';
import { allButTally } from './record-all-but.ts';
import { runPhrase } from './record-first-in.ts';
import { laterTallies, tallyRecord } from './record-tallies.ts';
import type { RecordHit } from './records.ts';
import { CARD, count, DOWN, EXTENDED_RUN, flowSide, UNIT, unitPeriod, verbSide } from './streak-words.ts';

const ORD = `(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})`;
const MOVE =
  '(declines?|loss(?:es)?|drops?|falls?|retreats?|slides?|gains?|rises?|advances?|increases?|rall(?:y|ies)|up\\s+days?|down\\s+days?)';

/** The periods a run's adjective names ("five straight weekly gains", "its second straight annual gain"). */
const PERIOD: Record<string, RecordPhrase['period']> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'year',
  yearly: 'year',
};

const ADJ = `(${Object.keys(PERIOD).join('|')})`;

/** "its 10th straight decline", "the Russell 2000's 10th straight decline", "a fifth straight weekly gain", "the third consecutive day of gains", "its seventh straight session". */
const NTH = new RegExp(
  `\\b(?:its|their|a|the|['’]s)\\s+${ORD}\\s+(?:straight|consecutive|successive)\\s+(?:${ADJ}\\s+)?(?:${MOVE}|${UNIT}(?:\\s+(?:of\\s+|in\\s+the\\s+)?${MOVE})?)(?![\\w-])`,
  'gi',
);
/** "its third weekly gain in a row", "a fifth session in a row", "its fourth decline in a row". */
const NTH_IN_A_ROW = new RegExp(
  `\\b(?:its|their|a|the)\\s+${ORD}\\s+(?:${ADJ}\\s+)?(?:${MOVE}|${UNIT}(?:\\s+of\\s+${MOVE})?)\\s+in\\s+a\\s+row\\b`,
  'gi',
);
/**
 * "for seven straight sessions", "for a fifth straight day", "five sessions in a row", "three straight weeks",
 * "6 straight up days", "for three weeks running", "five days in a row of gains" (the move after it its side).
 */
const FOR_N = new RegExp(
  `\\b(?:for\\s+(?:a\\s+|the\\s+)?)?(?:${ORD}|${CARD})\\s+(?:(?:straight|consecutive|successive)\\s+(?:(?:up|down|winning|losing|positive|negative)\\s+)?${UNIT}|(?:straight\\s+)?${UNIT}\\s+(?:in\\s+a\\s+row|running)(?:\\s+of\\s+${MOVE})?)\\b`,
  'gi',
);
/** "has notched five straight weekly gains", "2 consecutive daily declines": a count of moves, the streak's. */
const N_MOVES = new RegExp(
  `\\b${CARD}\\s+(?:straight|consecutive|successive)\\s+(?:${ADJ}\\s+)?${MOVE}(?![\\w-])`,
  'gi',
);
/** "a 15-day winning streak", "its three-week losing run", "a 12-session winning streak". */
const N_UNIT_STREAK = new RegExp(
  `\\b(?:a|an|its|their|the)\\s+${CARD}[- ]${UNIT}[- ](?:winning|losing)\\s+(?:streak|run)\\b`,
  'gi',
);
/** "climbed for a ninth day", "fell for the fourth session": a move verb before it says it is a run. */
const FOR_NTH = new RegExp(
  `(?<=\\b(?:rose|risen|climbed|gained|advanced|rallied|fell|fallen|dropped|declined|slid|lost|retreated|(?:ended|closed|finished)\\s+(?:higher|lower|up|down))\\s+)for\\s+(?:a|the)\\s+${ORD}\\s+${UNIT}\\b(?!\\s+(?:of|in|since|this|out)\\b)`,
  'gi',
);
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/**
 * "the longest losing streak since 1974", "its longest run of weekly gains since March 2021", "… on record",
 * "the longest winning streak in three years" (since the year three before the article's), and beside a
 * count, "its longest streak since July", "the longest such streak since 2003", "the longest since 1996" (the
 * count's side; a month with no year is the last such month before the article's).
 */
const LONGEST = new RegExp(
  `\\b(?:the|its|their)\\s+longest(?:\\s+(?:(winning|losing)\\s+(?:streak|run)|(?:streak|run)\\s+of\\s+(?:${ADJ}\\s+)?${MOVE}|(?:such\\s+)?(?:streak|run))|(?=\\s+since\\s))(?:\\s+(?:for|in|of)\\s+(?:the\\s+)?[\\w&.'’-]+(?:\\s+\\d{3,4})?)?\\s+(?:since\\s+(?:at\\s+least\\s+)?(?:(?:early|mid|late)[- ]?)?(?:${MONTH}\\.?(?:,?\\s+(\\d{4}))?\\b|(\\d{4}))|(on\\s+record|ever)|in\\s+(?:(?:${LOOKBACK_WORDS})\\s+)?(${CARD})\\s+years)`,
  'gi',
);

/** "is up for a third straight week", "were lower for a fifth day": a form of "be" and a side, right before. */
const beSide = (before: string): 'gain' | 'loss' | undefined => {
  const m = /\b(?:is|are|was|were|been)\s+(?:now\s+)?(up|higher|down|lower)\s+$/i.exec(before);
  return m ? (/up|higher/i.test(m[1]) ? 'gain' : 'loss') : undefined;
};

/**
 * "snapped a three-day winning streak", "ending its five-session losing streak", "broke a winning streak of
 * seven sessions"; of flows: "snapped a five-week streak of inflows", "ended its three-week outflow streak";
 * the streak the subject of its end: "The Russell 2000's 15-day winning streak ended on Monday".
 */
const ENDED = new RegExp(
  `\\b(?:snap(?:ped|ping|s)?|br(?:oke|eaking|eaks)|end(?:ed|ing|s)?|halt(?:ed|ing|s)?)\\s+(?:a|an|its|their|the)\\s+(?:${CARD}[- ]${UNIT}[- ])?(?:(winning|losing|inflow|outflow)\\s+(?:streak|run)|(?:streak|run)\\s+of\\s+(?:net\\s+)?(inflows|outflows))(?:\\s+of\\s+${CARD}\\s+${UNIT})?\\b` +
    `|(?:\\b(?:its|their|the)|['’]s)\\s+${CARD}[- ]${UNIT}[- ](winning|losing|inflow|outflow)\\s+(?:streak|run)\\s+(?:(?:finally|abruptly)\\s+)?(?:ended|came\\s+to\\s+an\\s+end|was\\s+(?:snapped|broken|halted))\\b`,
  'gi',
);

/** The streak a sentence says ended on its period, or undefined. */
function endedStreak(text: string): RecordHit | undefined {
  const m = ENDED.exec(text);
  ENDED.lastIndex = 0;
  if (!m) return undefined;
  const n = count(m[1] ?? m[5] ?? m[7] ?? '');
  if (!(n >= 1)) return undefined;
  const side = m[3] ?? m[4] ?? m[9];
  const record: RecordPhrase = {
    kind: 'streak',
    streak: n,
    ended: true,
    period: unitPeriod(m[2] ?? m[6] ?? m[8]) ?? 'day',
    direction: /losing|outflow/i.test(side) ? 'loss' : 'gain',
    ...(/flow/i.test(side) ? { flows: true } : {}),
    words: m[0],
  };
  return { start: m.index, end: m.index + m[0].length, record };
}

/**
 * The streak record of a sentence (one at most: its count and its "longest" phrase together), or none.
 * @example streakRecords('fell 2.6%, its 10th straight decline, the longest losing streak since 1974')[0].record // { kind: 'biggest-since', streak: 10, sinceYear: 1974, direction: 'loss', period: 'day', … }
 */
export function streakRecords(text: string, refYear?: number, refDate?: string, event?: string): RecordHit[] {
  const tally = tallyRecord(text, refYear) ?? monthTally(text) ?? endedStreak(text) ?? runPhrase(text);
  const all = tally ?? allButTally(text, event, refDate); // "in all but two sessions since the election"
  if (all) return tally ? [all, ...laterTallies(text, all, refYear)] : [all];
  // The count: an ordinal ("its 10th straight decline": NTH's first group) or a cardinal ("for seven
  // straight sessions", "five days in a row": FOR_N's first or second group; "a 15-day winning streak").
  const n = [
    ...text.matchAll(NTH),
    ...text.matchAll(NTH_IN_A_ROW),
    ...text.matchAll(FOR_N),
    ...text.matchAll(FOR_NTH),
    ...text.matchAll(N_UNIT_STREAK),
    ...text.matchAll(N_MOVES),
    ...text.matchAll(EXTENDED_RUN), // "extended its rally to a fourth day"
  ].sort((a, b) => (a.index ?? 0) - (b.index ?? 0))[0];
  // A bare "its longest streak" needs the count beside it for its side and period.
  const l = [...text.matchAll(LONGEST)].find((x) => n || x[1] || x[3]);
  if (!n && !l) return [];
  let direction: 'gain' | 'loss' | undefined;
  let period: RecordPhrase['period'] | undefined;
  let stated = 0;
  if (n) {
    const m = n[0];
    const word = (n[1] ?? n[2] ?? '').replace(/(?<=\d)(?:st|nd|rd|th)$/i, '');
    stated = count(word);
    if (!Number.isFinite(stated) || stated < 2) stated = 0;
    const move = new RegExp(`\\b${MOVE}`, 'i').exec(m)?.[0];
    const side = /\b(winning|losing|positive|negative)\b/i.exec(m)?.[1];
    direction = move
      ? DOWN.test(move)
        ? 'loss'
        : 'gain'
      : side
        ? /losing|negative/i.test(side)
          ? 'loss'
          : 'gain'
        : (verbSide(text, n.index ?? 0, (n.index ?? 0) + n[0].length) ?? beSide(text.slice(0, n.index)));
    const adj = new RegExp(`\\b${ADJ}\\b`, 'i').exec(m)?.[1];
    period = adj ? PERIOD[adj.toLowerCase()] : (unitPeriod(new RegExp(UNIT, 'i').exec(m)?.[0]) ?? 'day');
  }
  if (l) {
    direction ??= l[1] ? (/losing/i.test(l[1]) ? 'loss' : 'gain') : DOWN.test(l[3] ?? '') ? 'loss' : 'gain';
    if (!n && l[2]) period = PERIOD[l[2].toLowerCase()];
  }
  const start = Math.min(n?.index ?? Number.POSITIVE_INFINITY, l?.index ?? Number.POSITIVE_INFINITY);
  const end = Math.max(n ? (n.index ?? 0) + n[0].length : 0, l ? (l.index ?? 0) + l[0].length : 0);
  // "attracted inflows for three straight weeks": weeks of money in, not of gains.
  const money = n && !new RegExp(`\\b${MOVE}`, 'i').test(n[0]) ? flowSide(text, start, end) : undefined;
  if (money) direction = money;
  if (!direction) return [];
  // "since July": the last July before the article's month.
  const month = l?.[4] && !l[5] ? lastMonthBefore(l[4], refDate) : undefined;
  if (l?.[4] && !l[5] && !month) return [];
  const year = l?.[5] ?? l?.[6] ?? month?.slice(0, 4);
  const since = year ? Number(year) : l?.[8] && refYear ? refYear - count(l[8]) : undefined;
  if (l?.[8] && !since) return [];
  const record: RecordPhrase = {
    kind: l ? (since ? 'biggest-since' : 'best-on-record') : 'streak',
    ...(since ? { sinceYear: since } : {}),
    ...(month ? { sinceMonth: month } : {}),
    streak: stated,
    ...(money ? { flows: true } : {}),
    period: period ?? 'day',
    direction,
    words: [n?.[0].replace(/^['’]s\s+/, ''), l?.[0]].filter(Boolean).join(', '), // not the possessive's "'s"
  };
  // "…, its second straight annual gain, but it lagged the S&P 500 for a fourth year in a row": a run a later
  // clause states is a record too (what comes before it blanked, so the offsets stay the sentence's).
  const later = n
    ? streakRecords(' '.repeat(end) + text.slice(end), refYear, refDate, event).filter(
        (h) => h.start > end && /[,;]/.test(text.slice(end, h.start)),
      )
    : [];
  return [{ start, end, record }, ...later];
}
