/**
 * Price levels in words: "highest close", "lowest level" are levels (not "the highest inflows"), and counts of
 * record closes: "closed at a record high 8 times this month", "closed at a record for the 42nd time this year",
 * "closed at a record for a fifth straight session" (each of the last five; so "its third straight record close",
 * "its second record close in a row"), "its 57th record close of 2024", "has set 40 record highs this year". A
 * count is a level record with `times` (the closes in the claimed period that topped every earlier close:
 * ../record-level.ts). Starts to a period are read in ./record-starts.ts.
 */
import type { ClaimWindow } from '../claim.ts';
import type { RecordPhrase } from '../claim-read.ts';
import { sessionsBack } from './dates.ts';
import { NUMBER_WORDS, ORDINALS } from './number-words.ts';
import { droughtRecord } from './record-drought.ts';
import { startRecords } from './record-starts.ts';
import type { RecordHit } from './records.ts';

const ORD = `(\\d{1,3}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})`;
const CARD = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const KIND = '(?:(?:all-time\\s+)?(high|low|close|closing\\s+(?:high|low)|level)s?)';
/** "closed at a record high 8 times", "set a record 40 times". */
const TIMES = new RegExp(`\\brecord(?:\\s+${KIND})?\\s+${CARD}\\s+times\\b`, 'i');
/** "closed at a record for the 42nd time", "a record high for the third time this year", "for a 10th time". */
const NTH_TIME = new RegExp(`\\brecord(?:\\s+${KIND})?\\s+for\\s+(?:the|a)\\s+${ORD}\\s+time\\b`, 'i');
/** "closed at a record for a fifth straight session", "a record high for the third day in a row": every one. */
const STRAIGHT = new RegExp(
  `\\brecord(?:\\s+${KIND})?\\s+for\\s+(?:the|a)\\s+${ORD}\\s+(?:(?:straight|consecutive|successive)\\s+(?:trading\\s+)?(?:sessions?|days?)|(?:trading\\s+)?(?:sessions?|days?)\\s+in\\s+a\\s+row)\\b`,
  'i',
);
/** "its third straight record close", "a second consecutive record high": every one of that many sessions. */
const RUN_STRAIGHT = new RegExp(
  `\\b(?:its|their|a|the)\\s+${ORD}\\s+(?:straight|consecutive|successive)\\s+record(?:\\s+${KIND})?`,
  'i',
);
/** "its second record close in a row", "a third record high in as many sessions": the same. */
const RUN_IN_A_ROW = new RegExp(
  `\\b(?:its|their|a|the)\\s+${ORD}\\s+record(?:\\s+${KIND})?\\s+(?:in\\s+a\\s+row|in\\s+as\\s+many\\s+(?:trading\\s+)?(?:sessions|days))\\b`,
  'i',
);
/** The sessions a run of record closes spans ("for a fifth straight session": 5), or undefined. */
function runLength(t: string): number | undefined {
  const r = STRAIGHT.exec(t)?.[2] ?? (RUN_STRAIGHT.exec(t) ?? RUN_IN_A_ROW.exec(t))?.[1];
  return r ? number(r) : undefined;
}
/** "has hit record highs on nine of the 21 trading days since the vote" (the days are the window's words). */
const ON_DAYS = new RegExp(`\\brecord(?:\\s+${KIND})?\\s+on\\s+${CARD}\\s+of\\s+the\\b`, 'i');
/** "its 57th record close of 2024", "the index's 40th record high", "its 10th record this year" (a close's). */
const NTH_RECORD = new RegExp(
  `\\b${ORD}\\s+record(?:\\s+${KIND}|(?=\\s+(?:(?:so\\s+far\\s+)?this\\s+(?:year|month)|of\\s+(?:the\\s+)?(?:year|month)|(?:of|in)\\s+(?:19|20)\\d\\d)\\b))`,
  'i',
);
/** "has set 40 record highs this year", "notched 57 record closes", a list's "- 3: record highs for the S&P 500". */
const N_RECORDS = new RegExp(
  `\\b${CARD}(?:\\s*[:—–])?\\s+record\\s+(high|low|close|closing\\s+high)s\\b`,
  'i',
);

function number(w: string): number {
  const x = w.toLowerCase().replace(/(?<=\d)(?:st|nd|rd|th)$/, '');
  return ORDINALS[x] ?? NUMBER_WORDS[x] ?? Number.parseInt(x, 10);
}

/**
 * A count of record closes in a sentence, or null.
 * @example recordTimes('The S&P 500 closed at a record for the 42nd time this year.')?.record.times // 42
 */
export function recordTimes(text: string): RecordHit | null {
  for (const [re, kindAt, nAt] of [
    [TIMES, 1, 2],
    [STRAIGHT, 1, 2],
    [RUN_STRAIGHT, 2, 1],
    [RUN_IN_A_ROW, 2, 1],
    [NTH_TIME, 1, 2],
    [ON_DAYS, 1, 2],
    [NTH_RECORD, 2, 1],
    [N_RECORDS, 2, 1],
  ] as const) {
    const m = re.exec(text);
    if (!m) continue;
    const times = number(m[nAt]);
    if (!(times >= 1)) continue;
    const low = /low/i.test(m[kindAt] ?? '');
    const record: RecordPhrase = {
      kind: low ? 'worst-on-record' : 'best-on-record',
      level: true,
      times,
      direction: low ? 'loss' : 'gain',
      words: m[0],
    };
    return { start: m.index, end: m.index + m[0].length, record };
  }
  return null;
}

/** "highest close", "lowest level", "highest since": a price level; not "the highest inflows", "lowest return". */
export function isLevel(superlative: string, words: string): boolean {
  return (
    // "its lowest since 2001"; "their weakest level in two decades", "its strongest point since 2021"; not
    // "the Dow's biggest point drop since 2020", a move.
    (/highest|lowest/i.test(superlative) || /\b(?:level|point|reading)s?\b/i.test(words)) &&
    !/flows?|returns?|gains?|spread|gap|premium|margin|drops?|falls?|declines?|losses|loss|rises?|moves?|swings?|jumps?|surges?|rall(?:y|ies)|advances?/i.test(
      words,
    )
  );
}

/**
 * The period a count of record closes speaks of: "of the month" / "this month" is the month to the claimed
 * day ("its 10th record close of the month on Friday": November through that Friday), "this year" / "of the
 * year" (or no period) the year to it; a period the sentence names otherwise ("in 2016") stays.
 * @example timesWindow('its 10th record close of the month on Friday', { kind: 'dates', from: '2016-11-23', to: '2016-11-25' }, '2016-11-30') // { kind: 'month-to-date', month: '2016-11', to: '2016-11-25' }
 */
export function timesWindow(t: string, w: ClaimWindow | undefined, to?: string): ClaimWindow | undefined {
  const end = w && (w.kind === 'dates' || w.kind === 'since' || w.kind === 'month-to-date') ? w.to : to;
  if (!end) return w;
  // "for a fifth straight session": the last five sessions to the claimed day, each a record close.
  // So "its third straight record close", "its second record close in a row".
  const run = runLength(t);
  if (run) return { kind: 'dates', from: sessionsBack(end, run), to: end };
  if (/\b(?:this|of\s+the|for\s+the)\s+month\b/i.test(t))
    return { kind: 'month-to-date', month: end.slice(0, 7), to: end };
  if (!w || /\b(?:this|of\s+the|for\s+the)\s+year\b|year[- ]to[- ]date/i.test(t))
    return { kind: 'dates', from: `${Number(end.slice(0, 4)) - 1}-12-31`, to: end };
  return w;
}

/** "closed at a record 2,442.03", "rose to a new record of 2,466": a level, the highest close on record. */
const AT_RECORD =
  /\b(?:at|to)\s+(?:a\s+(?:new\s+|fresh\s+)?|another\s+|an\s+all[- ]time\s+)record(?:\s+(?:closing\s+)?(?:high|close|level))?(?:\s+of)?(?=\s+(?:\$\d|\d{1,3},\d{3}|\d+\.\d))/gi;

/** "the S&P 500 climbed 1.7% to a record.", "closed at a record on Friday": the same, with no level stated. */
const AT_RECORD_BARE =
  /\b(?:at|to)\s+(?:a\s+(?:new\s+|fresh\s+)?|another\s+|an\s+all[- ]time\s+)record(?=\s*[.,;:)]|\s*$|\s+(?:on|for|as|after|while|and|in|with|before)\b)/gi;

/**
 * "its first record since November 2021", "their first record close since 2021": a record close now (the last
 * one before it, when the words date it, is what the ranking shows).
 */
const FIRST_RECORD = /\b(?:its|their)\s+first\s+record(?:\s+(?:close|closing\s+high|high))?(?=\s+since\b)/gi;

/**
 * Record phrases that replace the ordinary ones they overlap: a count of record closes, a start to a period,
 * a record level ("closed at a record 2,442.03").
 * @example specialRecords('The S&P 500 had its best start to a year since 2019.')[0].record // { kind: 'biggest-since', start: true, period: 'year', sinceYear: 2019, … }
 */
export function specialRecords(text: string): RecordHit[] {
  const out: RecordHit[] = [];
  const times = recordTimes(text);
  if (times) out.push(times);
  // Money in the sentence ("bringing its assets to a record") is no close's record.
  const bare = /[$£€]|\b(?:bn|billion|million|inflows?|outflows?|assets)\b/i.test(text)
    ? []
    : text.matchAll(AT_RECORD_BARE);
  for (const m of [...text.matchAll(AT_RECORD), ...bare, ...text.matchAll(FIRST_RECORD)]) {
    // "closed at a record for a fifth straight session": the count of record closes says it all.
    if (times && m.index < times.end && m.index + m[0].length + 8 >= times.start) continue;
    const record: RecordPhrase = { kind: 'best-on-record', level: true, direction: 'gain', words: m[0] };
    out.push({ start: m.index, end: m.index + m[0].length, record });
  }
  out.push(...startRecords(text)); // "its best start to a year since 2019", "its best first week of a year"
  const drought = droughtRecord(text); // "has gone 750 trading days without a record close"
  return drought ? [...out.filter((h) => h.end <= drought.start || h.start >= drought.end), drought] : out;
}

/** "fell to its lowest", "hit its highest": a close reached within the window, not at its end. */
export function reached(text: string, at: number): boolean {
  return /\b(?:fell|sank|dropped|slid|slumped|plunged|hit|reached|touched|struck|rose|climbed|jumped|soared|surged)\s+(?:to\s+)?(?:its|their|a|an|the)\s+$/i.test(
    text.slice(Math.max(0, at - 40), at),
  );
}

/** A level near a record: "near their weakest level", "not far from its record high", "within a whisker of its …". */
const NEAR =
  /\b(?:near|nearing|close\s+to|approaching|not\s+far\s+(?:from|off)|within\s+(?:a\s+)?(?:sight|reach|striking\s+distance|touching\s+distance|whisker|hair(?:['’]s\s+breadth)?)\s+of)\s+(?:(?:its|their|the|a|an)\s+(?:[\w'’-]+\s+){0,3}?)?$/i;

/**
 * A level record said to be near, not reached ("small caps remain near their weakest level in two decades"):
 * marked `near`, so the check reports the record and the distance from it (../record-level.ts).
 * @example nearLevel('small caps remain near their weakest level in two decades', hit) // record.near: true
 */
export function nearLevel(text: string, h: RecordHit): RecordHit {
  if (!h.record.level || !NEAR.test(text.slice(Math.max(0, h.start - 40), h.start))) return h;
  return { ...h, record: { ...h.record, near: true } };
}
