/**
 * Starts to a period: "its best start to a year since 2019", "the strongest start to November since 1980", and
 * a year's first stretch: "their best first week of a year on record", "its worst opening day of the year since
 * 2008", "the best first quarter of a year since 1991" (`start`, with `startUnit` for the stretch:
 * ../record-start.ts ranks the claimed period's start among the same starts of earlier periods), not the
 * period's own record ("its best week since 2006" ranks every week; "its best first week of the year since
 * 2006" the years' first weeks).
 */
import type { RecordPhrase } from '../claim-read.ts';
import { MONTH_RE, monthNumber } from './dates.ts';
import type { RecordHit } from './records.ts';

const RANKED = "(?:\\b(?:its|their|the)\\s+|(?<=\\w['’]s\\s+))(best|strongest|biggest|worst|weakest)\\s+";
const SINCE = `(?:\\s+(?:on\\s+record|ever)|\\s+since\\s+(?:${MONTH_RE}\\s+)?((?:19|20)\\d\\d))?`;
/** "its best start to a year since 2019", "the worst start to a month on record", "the strongest start to November". */
const START = new RegExp(
  `${RANKED}start\\s+to\\s+(?:(?:a|the)\\s+)?(?:(year|month|quarter|week)|(${MONTH_RE}))${SINCE}`,
  'i',
);
/** "their best first week of a year on record", "its worst opening day of the year", "the best first month of 2021". */
const FIRST_OF = new RegExp(
  `${RANKED}(?:first|opening)\\s+(?:trading\\s+)?(day|session|week|month|quarter)\\s+of\\s+(?:(?:a|the|any)\\s+)?(?:new\\s+)?(?:year|(?:19|20)\\d\\d)(?!\\s*-)${SINCE}`,
  'i',
);

/**
 * The start records of a sentence (one of each form at most).
 * @example startRecords('their best first week of a year on record')[0].record // { kind: 'best-on-record', start: true, period: 'year', startUnit: 'week', … }
 */
export function startRecords(text: string): RecordHit[] {
  const out: RecordHit[] = [];
  const m = START.exec(text);
  if (m)
    out.push(
      hit(m, m[1], m[4], m[2]?.toLowerCase() ?? 'month', m[3] ? { startMonth: monthNumber(m[3]) } : {}),
    );
  const f = FIRST_OF.exec(text);
  const unit = f?.[2].toLowerCase().replace('session', 'day') as RecordPhrase['startUnit'];
  if (f) out.push(hit(f, f[1], f[4] ?? f[3], 'year', { startUnit: unit }));
  return out;
}

function hit(
  m: RegExpExecArray,
  word: string,
  since: string | undefined,
  period: string,
  more: Partial<RecordPhrase>,
): RecordHit {
  const loss = /worst|weakest/i.test(word);
  const record: RecordPhrase = {
    kind: since ? 'biggest-since' : loss ? 'worst-on-record' : 'best-on-record',
    ...(since ? { sinceYear: Number(since) } : {}),
    start: true,
    period: period as RecordPhrase['period'],
    ...more,
    direction: loss ? 'loss' : 'gain',
    words: m[0],
  };
  return { start: m.index, end: m.index + m[0].length, record };
}
