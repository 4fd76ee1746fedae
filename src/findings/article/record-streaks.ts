/**
 * Streaks: "its 10th straight decline", "a fifth straight weekly gain", "its third weekly gain in a row", "the
 * third consecutive session of losses", "has risen for seven straight sessions", "five days in a row", and "the longest losing streak
 * since 1974", "its longest winning streak on record". A sentence's count and its "longest" phrase make one
 * record (`streak`: the count stated, 0 when none is; `kind`: 'biggest-since' with the year, 'best-on-record',
 * or 'streak' for a count alone), checked on the closes by ../record-streak.ts. A tally ("in seven of the past
 * ten sessions") is a streak record with `tally` (../record-tally.ts).
 */
import type { RecordPhrase } from '../claim-read.ts';
import { NUMBER_WORDS, ORDINALS } from './number-words.ts';
import type { RecordHit } from './records.ts';
import { findVerbs } from './verbs.ts';

const ORD = `(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})`;
const CARD = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const MOVE =
  '(declines?|loss(?:es)?|drops?|falls?|retreats?|slides?|gains?|rises?|advances?|increases?|rall(?:y|ies)|up\\s+days?|down\\s+days?)';
const UNIT = '(sessions?|days?|trading\\s+days?|weeks?|months?)';

/** "its 10th straight decline", "a fifth straight weekly gain", "the third consecutive day of gains", "its seventh straight session". */
const NTH = new RegExp(
  `\\b(?:its|their|a|the)\\s+${ORD}\\s+(?:straight|consecutive|successive)\\s+(?:(daily|weekly|monthly)\\s+)?(?:${MOVE}|${UNIT}(?:\\s+(?:of\\s+|in\\s+the\\s+)?${MOVE})?)(?![\\w-])`,
  'gi',
);
/** "its third weekly gain in a row", "a fifth session in a row", "its fourth decline in a row". */
const NTH_IN_A_ROW = new RegExp(
  `\\b(?:its|their|a|the)\\s+${ORD}\\s+(?:(daily|weekly|monthly)\\s+)?(?:${MOVE}|${UNIT}(?:\\s+of\\s+${MOVE})?)\\s+in\\s+a\\s+row\\b`,
  'gi',
);
/** "for seven straight sessions", "for a fifth straight day", "five sessions in a row", "three straight weeks". */
const FOR_N = new RegExp(
  `\\b(?:for\\s+(?:a\\s+|the\\s+)?)?(?:${ORD}|${CARD})\\s+(?:(?:straight|consecutive|successive)\\s+${UNIT}|(?:straight\\s+)?${UNIT}\\s+in\\s+a\\s+row)\\b`,
  'gi',
);
/** "in seven of the past ten sessions", "on eight of the last 10 trading days", "in each of the past three weeks". */
const TALLY = new RegExp(
  `\\b(?:in|on|during)\\s+(?:${CARD}|each)\\s+of\\s+the\\s+(?:past|last|previous|prior)\\s+${CARD}\\s+(?:trading\\s+)?${UNIT}`,
  'i',
);
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "the longest losing streak since 1974", "its longest run of weekly gains since March 2021", "… on record". */
const LONGEST = new RegExp(
  `\\b(?:the|its|their)\\s+longest\\s+(?:(winning|losing)\\s+(?:streak|run)|(?:streak|run)\\s+of\\s+(?:(daily|weekly|monthly)\\s+)?${MOVE})(?:\\s+(?:for|in|of)\\s+(?:the\\s+)?[\\w&.'’-]+(?:\\s+\\d{3,4})?)?\\s+(?:since\\s+(?:${MONTH}\\.?\\s+)?(\\d{4})|(on\\s+record|ever))`,
  'gi',
);
const DOWN = /declin|loss|losing|drop|fall|fell|retreat|slid|down|lower|lost/i;
const PERIOD: Record<string, RecordPhrase['period']> = { daily: 'day', weekly: 'week', monthly: 'month' };

function unitPeriod(u: string | undefined): RecordPhrase['period'] | undefined {
  if (!u) return undefined;
  if (/^week/i.test(u)) return 'week';
  if (/^month/i.test(u)) return 'month';
  return 'day';
}

function count(word: string): number {
  const w = word.toLowerCase();
  return ORDINALS[w] ?? NUMBER_WORDS[w] ?? (w === 'first' ? 1 : Number.parseInt(w, 10));
}

/**
 * The side of a count with no move word: the last verb before it ("has risen for seven straight sessions",
 * "small caps have outperformed large caps for four straight sessions"), read by ./verbs.ts.
 */
function verbSide(text: string, at: number): 'gain' | 'loss' | undefined {
  const v = findVerbs(text)
    .filter((h) => h.end <= at && (h.kind === 'move' || h.kind === 'relative'))
    .pop();
  return v ? (v.sign < 0 ? 'loss' : 'gain') : undefined;
}

/** "Small caps have outperformed large caps in seven of the past ten sessions": a tally (../record-tally.ts). */
function tallyRecord(text: string): RecordHit | null {
  const m = TALLY.exec(text);
  if (!m) return null;
  const of = count(m[2]);
  const hits = m[1] ? count(m[1]) : of;
  const at = m.index ?? 0;
  const word = /\b(higher|up|lower|down)\b/i.exec(text)?.[1];
  const direction = verbSide(text, at) ?? (word ? (DOWN.test(word) ? 'loss' : 'gain') : undefined);
  if (!direction || !(hits >= 0 && hits <= of)) return null;
  const period = unitPeriod(m[3]) ?? 'day';
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: { hits, of },
    period,
    direction,
    words: m[0],
  };
  return { start: at, end: at + m[0].length, record };
}

/**
 * The streak record of a sentence (one at most: its count and its "longest" phrase together), or none.
 * @example streakRecords('fell 2.6%, its 10th straight decline, the longest losing streak since 1974')[0].record // { kind: 'biggest-since', streak: 10, sinceYear: 1974, direction: 'loss', period: 'day', … }
 */
export function streakRecords(text: string): RecordHit[] {
  const tally = tallyRecord(text);
  if (tally) return [tally];
  // The count: an ordinal ("its 10th straight decline": NTH's first group) or a cardinal ("for seven
  // straight sessions", "five days in a row": FOR_N's first or second group).
  const n = [...text.matchAll(NTH), ...text.matchAll(NTH_IN_A_ROW), ...text.matchAll(FOR_N)].sort(
    (a, b) => (a.index ?? 0) - (b.index ?? 0),
  )[0];
  const l = [...text.matchAll(LONGEST)][0];
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
    direction = move ? (DOWN.test(move) ? 'loss' : 'gain') : verbSide(text, n.index ?? 0);
    const adj = /\b(daily|weekly|monthly)\b/i.exec(m)?.[1];
    period = adj ? PERIOD[adj.toLowerCase()] : (unitPeriod(new RegExp(UNIT, 'i').exec(m)?.[0]) ?? 'day');
  }
  if (l) {
    direction ??= l[1] ? (/losing/i.test(l[1]) ? 'loss' : 'gain') : DOWN.test(l[3] ?? '') ? 'loss' : 'gain';
    if (!n && l[2]) period = PERIOD[l[2].toLowerCase()];
  }
  if (!direction) return [];
  const start = Math.min(n?.index ?? Number.POSITIVE_INFINITY, l?.index ?? Number.POSITIVE_INFINITY);
  const end = Math.max(n ? (n.index ?? 0) + n[0].length : 0, l ? (l.index ?? 0) + l[0].length : 0);
  const since = l?.[5] ? Number(l[5]) : undefined;
  const record: RecordPhrase = {
    kind: l ? (since ? 'biggest-since' : 'best-on-record') : 'streak',
    ...(since ? { sinceYear: since } : {}),
    streak: stated,
    period: period ?? 'day',
    direction,
    words: [n?.[0], l?.[0]].filter(Boolean).join(', '),
  };
  return [{ start, end, record }];
}
