/**
 * How long since the last record close: "The Russell 2000 has gone more than 750 trading days without a record
 * close", "three years without a new high", "hasn't set a record close in nearly three years"; or how long the
 * record close a sentence names ended ("its first record close in almost four years", "closed at a record for
 * the first time in two years"). A level record
 * (`drought`: the time since the last close above every earlier one, in sessions, calendar days, weeks, months or
 * years, with the comparator the words set; ../record-drought.ts checks it), read in place of the "record close"
 * its words hold (./record-times.ts `specialRecords`).
 */
import type { ClaimWindow } from '../claim.ts';
import type { RecordPhrase } from '../claim-read.ts';
import { comparatorFor } from './comparators.ts';
import { previousSession } from './dates.ts';
import type { RecordHit } from './records.ts';
import { CARD, count } from './streak-words.ts';

const CMP = String.raw`(?:(more\s+than|over|nearly|almost|about|around|roughly|at\s+least|close\s+to)\s+)?`;
/** "750 trading days", "1,000 days", "three years", "a year". */
const SPAN = String.raw`${CMP}(\d{1,3}(?:,\d{3})+|\d+|${CARD.slice(1, -1)}|a)\s+(trading\s+days?|sessions?|days?|weeks?|months?|years?)`;
/** A record close's words, without an article: "record close", "new high", "all-time high". */
const RECORD_WORDS = String.raw`(?:new\s+)?(?:record(?:\s+(?:close|closing\s+high|high|low))?|all[- ]time\s+(?:high|low)|closing\s+record|(?<=new\s+)(?:closing\s+)?(?:high|low))`;
const RECORD = String.raw`(?:a\s+|an\s+)?${RECORD_WORDS}`;

/** "has gone more than 750 trading days without a record close", "three years without setting a new high". */
const GONE = new RegExp(
  String.raw`\b(?:gone|went|going|go)\s+${SPAN}\s+without\s+(?:(?:setting|hitting|notching|posting|reaching|closing\s+at)\s+)?${RECORD}`,
  'i',
);
/** "has not set a record close in nearly three years", "hasn't closed at a record high for 750 sessions". */
const NOT_IN = new RegExp(
  String.raw`\b(?:has\s+not|hasn['’]t|have\s+not|haven['’]t|has\s+yet\s+to|have\s+yet\s+to)\s+(?:set|hit|notched|posted|reached|closed\s+at|seen)\s+${RECORD}\s+(?:in|for)\s+${SPAN}`,
  'i',
);

/** "its first record close in almost four years", "their first all-time high for 18 months": a drought ended. */
const FIRST_IN = new RegExp(
  String.raw`\b(?:its|their|the|a)\s+first\s+${RECORD_WORDS}\s+(?:in|for)\s+${SPAN}`,
  'i',
);

/** "closed at a record for the first time in two years": a drought ended too. */
const FIRST_TIME = new RegExp(
  String.raw`\b(?:closed|ended|finished|settled)\s+at\s+${RECORD}\s+for\s+the\s+first\s+time\s+in\s+${SPAN}`,
  'i',
);

/** The unit of a span word: "trading days" and "sessions" are sessions, "days" calendar days. */
function unitOf(w: string): NonNullable<RecordPhrase['drought']>['unit'] {
  const u = w.toLowerCase().replace(/s$/, '');
  return /trading|session/.test(u) ? 'session' : (u as 'day' | 'week' | 'month' | 'year');
}

/**
 * The drought a sentence states, or null.
 * @example droughtRecord('It has gone more than 750 trading days without a record close.')?.record.drought // { count: 750, unit: 'session', … }
 */
export function droughtRecord(text: string): RecordHit | null {
  const first = FIRST_IN.exec(text) ?? FIRST_TIME.exec(text);
  const m = GONE.exec(text) ?? NOT_IN.exec(text) ?? first;
  if (!m) return null;
  const n = m[2].toLowerCase() === 'a' ? 1 : count(m[2].replace(/,/g, ''));
  if (!(n >= 1)) return null;
  const unit = unitOf(m[3]);
  const words = m[1]?.toLowerCase().replace(/\s+/g, ' ');
  // A bare span of weeks, months or years is whole ones ("three years": three, not yet four); of days, the count.
  const whole = !words && unit !== 'session' && unit !== 'day';
  const comparator = whole ? { kind: 'range' as const, lo: n, hi: n + 1 } : comparatorFor(n, 0.5, words);
  const low = /\blow\b/i.test(m[0]);
  const record: RecordPhrase = {
    kind: low ? 'worst-on-record' : 'best-on-record',
    level: true,
    direction: low ? 'loss' : 'gain',
    drought: { count: n, unit, comparator, ...(m === first ? { ended: true as const } : {}) },
    words: m[0],
  };
  return { start: m.index, end: m.index + m[0].length, record };
}

/**
 * The window of a level record: the sentence's own, else the article's day's close; the time since a record
 * close is always as of the article's day, unless it ended on the sentence's day ("its first record close in
 * almost four years on Sept. 18, 2025").
 * @example levelRecordWindow({ kind: 'best-on-record', level: true, … }, undefined, '2024-11-11') // { kind: 'dates', from: '2024-11-08', to: '2024-11-11' }
 */
export function levelRecordWindow(
  r: RecordPhrase,
  window: ClaimWindow | undefined,
  to: string,
): ClaimWindow | undefined {
  const own = window && (!r.drought || (r.drought.ended && window.kind === 'dates'));
  return own ? window : { kind: 'dates', from: previousSession(to), to };
}
