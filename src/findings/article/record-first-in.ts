/**
 * Runs told by their start or their end: a first move of its kind in a while ("IWM posted its first weekly outflow
 * in six weeks", "The Russell 2000 fell for the first time in six sessions", "its first weekly loss in a month":
 * the periods before it, one fewer than those counted, went the other way, a streak of that length the period
 * ended, the same record as "snapped a five-week streak of inflows", ./record-streaks.ts), and a run carried on
 * ("extending its winning streak to five sessions": a streak of five). Checked by ../record-streak.ts.
 */
import type { RecordPhrase } from '../claim-read.ts';
import { PERIOD_ADJ } from './record-events.ts';
import type { RecordHit } from './records.ts';
import { CARD, count, DOWN, UNIT, unitPeriod } from './streak-words.ts';

/** "its first (weekly) outflow in six weeks", "their first net redemptions in a month". */
const FIRST_MOVE = new RegExp(
  `\\b(?:its|their|the)\\s+first\\s+(?:(daily|weekly|monthly)\\s+)?(?:net\\s+)?(outflows?|inflows?|redemptions?|loss|decline|drop|fall|gain|rise|advance|increase)\\s+in\\s+(a|an|${CARD.slice(1, -1)})\\s+${UNIT}`,
  'i',
);
/** "fell for the first time in six sessions", "saw outflows for the first time in five weeks". */
const FOR_FIRST = new RegExp(
  `\\b(rose|gained|advanced|climbed|fell|declined|dropped|slid|lost|(?:saw|posted|had)\\s+(?:net\\s+)?(?:outflows|inflows|redemptions))\\s+for\\s+the\\s+first\\s+time\\s+in\\s+(a|an|${CARD.slice(1, -1)})\\s+${UNIT}`,
  'i',
);

/** "extending its winning streak to five sessions", "stretched their losing run to four weeks". */
const STREAK_TO = new RegExp(
  `\\b(?:extend|stretch|lengthen|push|bring|tak)(?:s|ed|ing|e)?\\s+(?:its|their|the)\\s+(winning|losing)\\s+(?:streak|run)\\s+to\\s+${CARD}(?:\\s+${UNIT})?`,
  'i',
);

/**
 * The streak a first move in N periods ended (of N − 1 periods the other way), or a run carried on, or undefined.
 * @example runPhrase('IWM posted its first weekly outflow in six weeks')?.record // { kind: 'streak', streak: 5, ended: true, flows: true, direction: 'gain', period: 'week' }
 */
export function runPhrase(text: string): RecordHit | undefined {
  const to = STREAK_TO.exec(text);
  const carried = to ? count(to[2]) : 0;
  if (to && carried >= 2) {
    const direction = /losing/i.test(to[1]) ? 'loss' : 'gain';
    const record: RecordPhrase = {
      kind: 'streak',
      streak: carried,
      period: unitPeriod(to[3]) ?? 'day',
      direction,
      words: to[0],
    };
    return { start: to.index, end: to.index + to[0].length, record };
  }
  const m = FIRST_MOVE.exec(text) ?? FOR_FIRST.exec(text);
  if (!m) return undefined;
  const first = m.length > 4; // FIRST_MOVE's groups: adjective, move, count, unit
  const [move, n, unit] = first ? [m[2], m[3], m[4]] : [m[1], m[2], m[3]];
  const periods = /^an?$/i.test(n) ? 1 : count(n);
  const period = (first && m[1] ? PERIOD_ADJ[m[1].toLowerCase()] : undefined) ?? unitPeriod(unit) ?? 'day';
  // (a month as a unit of weeks: "its first weekly loss in a month" is about four weeks)
  const length =
    unitPeriod(unit) === period ? periods : period === 'week' && /^month/i.test(unit) ? 4 * periods : 0;
  if (!(length >= 2)) return undefined;
  const flows = /flow|redemption/i.test(move);
  const out = /outflow|redemption/i.test(move) || (!flows && DOWN.test(move));
  const record: RecordPhrase = {
    kind: 'streak',
    streak: length - 1,
    ended: true,
    period,
    direction: out ? 'gain' : 'loss', // the streak it ended ran the other way
    ...(flows ? { flows: true } : {}),
    words: m[0],
  };
  return { start: m.index, end: m.index + m[0].length, record };
}
