/**
 * A record said by comparison with the move just told: "Small caps haven't had a day like this since Nov 2022",
 * "We have not seen a week like that since March 2020", "hasn't had a session like it since 2020". It ranks the
 * period the sentence before spoke of (its window, carried: ./record-claim.ts reads "like this" as pointing
 * back), in that move's direction (a fall's "day like this" is a worst: ./back-record.ts), since the month or
 * year named; a rally or a sell-off "like this" names its side.
 */
import type { RecordPhrase } from '../claim-read.ts';
import { MONTH_RE, monthNumber } from './dates.ts';
import type { RecordHit } from './records.ts';

/** "haven't had a day like this since Nov 2022", "has not seen a week like that since 2020". */
export const LIKE_THIS = new RegExp(
  String.raw`\b(?:ha(?:ve|s)(?:n['’]t|\s+not|\s+never)|never)\s+(?:(?:had|seen|enjoyed|suffered|witnessed|logged|posted)\s+)?(?:a|an|one)\s+(?:(day|session|week|month)|(rally|surge|rebound|melt-?up|sell-?off|rout|slide|drop|plunge|crash))\s+like\s+(?:this|that|it|this\s+one|that\s+one)\s+since\s+(?:(${MONTH_RE})\.?\s+)?((?:19|20)\d\d)\b`,
  'gi',
);
const LOSS_MOVE = /^(?:sell-?off|rout|slide|drop|plunge|crash)$/i;

/**
 * The "like this" records of a sentence.
 * @example likeThisRecords("Small caps haven't had a day like this since Nov 2022")[0].record // { kind: 'biggest-since', period: 'day', sinceYear: 2022, sinceMonth: '2022-11', likeThis: 'back', … }
 */
export function likeThisRecords(text: string): RecordHit[] {
  const out: RecordHit[] = [];
  for (const m of text.matchAll(LIKE_THIS)) {
    const period = (m[1]?.toLowerCase().replace('session', 'day') ?? 'day') as RecordPhrase['period'];
    const month = m[3] ? `${m[4]}-${String(monthNumber(m[3])).padStart(2, '0')}` : undefined;
    const record: RecordPhrase = {
      kind: 'biggest-since',
      period,
      sinceYear: Number(m[4]),
      ...(month ? { sinceMonth: month } : {}),
      direction: m[2] && LOSS_MOVE.test(m[2]) ? 'loss' : 'gain',
      likeThis: m[2] ? 'named' : 'back',
      words: m[0],
    };
    out.push({ start: m.index, end: m.index + m[0].length, record });
  }
  return out;
}
