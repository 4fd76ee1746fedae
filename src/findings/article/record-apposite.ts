/**
 * A record said in apposition: "US$6.5bn flowed into small-cap ETFs this week, a record.", "That's a record.",
 * "…, according to EPFR, a monthly record.", "a record for any week" (not "a record high": a level,
 * ./records.ts RECORD_NOUN): the best on record, of the period its adjective or noun names. And "…, a margin last
 * seen in 2000", "a level not seen since 2021": the biggest (widest) since that year.
 */
import type { RecordPhrase } from '../claim-read.ts';
import { PERIOD_ADJ } from './record-events.ts';

/**
 * ", a record.", "— another record", "a monthly record", a sentence of its own: "That's a record.", and a close's:
 * "The index's Nov. 13 close of 1,744.04 is a record.", "The Russell 2000's close was a record."
 */
const APPOSITE_RECORD =
  /(?<=[,;—–]\s*|\s-\s|^\s*(?:that|this|it)(?:['’]s|\s+(?:is|was))\s+(?:also\s+|now\s+)?|\b(?:close|closing\s+level|finish)(?:\s+of\s+\$?[\d,.]+(?:\s+points?)?)?(?:\s+(?:on|from)\s+[\w.]+(?:\s+\d{1,2})?)?\s+(?:is|was)\s+(?:also\s+|now\s+)?)(?:a|another|a\s+new|an\s+all-time)\s+(?:(daily|weekly|monthly)\s+)?record\b(?:\s+for\s+(?:any|a|one|a\s+single)\s+(day|session|week|month))?(?!\s+(?:high|low|close|level|number|amount|\w+\s+(?:high|low)))(?=\s*(?:[.,;)]|$))/gi;
/** "…, a margin last seen in 2000", "a level not seen since 2021", "a gain unseen since 2011": since that year. */
const LAST_SEEN =
  /(?:\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(margin|gap|lead|spread|outperformance|gain|rally|level|pace|move|drop|decline|loss|slump)\s+)?\b(?:last|not|un)\s*seen\s+(?:in|since)\s+(?:(?:early|mid|late)[- ]?)?(?:[A-Z][a-z]+\.?\s+)?((?:19|20)\d\d)\b/gi;

/**
 * The apposite records of `text`, each with its period when it names one.
 * @example appositeRecords('… $12bn this month, a monthly record.')[0][1] // { kind: 'best-on-record', direction: 'gain', period: 'month' }
 */
export function appositeRecords(text: string): [RegExpMatchArray, Omit<RecordPhrase, 'words'>][] {
  const seen = [...text.matchAll(LAST_SEEN)].map((m): [RegExpMatchArray, Omit<RecordPhrase, 'words'>] => {
    const noun = m[1]?.toLowerCase() ?? '';
    const kind = /margin|gap|lead|spread|outperformance/.test(noun) ? 'widest-since' : 'biggest-since';
    const loss = /drop|decline|loss|slump/.test(noun);
    const level = noun === 'level' ? { level: true } : {};
    return [m, { kind, sinceYear: Number(m[2]), direction: loss ? 'loss' : 'gain', ...level }];
  });
  return [
    ...seen,
    ...[...text.matchAll(APPOSITE_RECORD)].map((m): [RegExpMatchArray, Omit<RecordPhrase, 'words'>] => {
      const w = (m[1] ?? m[2])?.toLowerCase();
      const period = w && (PERIOD_ADJ[w] ?? (w === 'session' ? 'day' : (w as RecordPhrase['period'])));
      // "The Russell 2000's close was a record.": a close's record, a level's, with or without its number.
      const close = /\b(?:close|closing\s+level|finish)\b[^.;]*$/i.test(text.slice(0, m.index));
      return [
        m,
        {
          kind: 'best-on-record',
          direction: 'gain',
          ...(period ? { period } : {}),
          ...(close ? { level: true } : {}),
        },
      ];
    }),
  ];
}
