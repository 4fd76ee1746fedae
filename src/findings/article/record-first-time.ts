/**
 * "The Russell 2000 closed above 1,850 for the first time", "its first close above 1,300": a close past a round
 * level never reached before is
 * a record close (every earlier close was at or under the level, this one above it), so the phrase is read as
 * the close ranked first among all closes, highest for "above", lowest for "below" ("ended below 1,000 for the
 * first time"); the level itself is the close's bound (./level-claim.ts). "for the first time since 2018" is
 * ./records.ts's (the highest close since). Only after a level's bound: "rose for the first time in a week" is
 * no record of a close.
 */
import type { RecordPhrase } from '../claim-phrases.ts';
import { MONTH_RE } from './dates.ts';

/** "for the first time" (ever): a first close past a level when a bound comes before it (`pastLevel`). */
const FIRST_TIME =
  /\bfor\s+the\s+(?:very\s+)?first\s+time\b(?!\s+(?:since|in|this|of)\b)(?:\s+(?:ever|on\s+record|in\s+(?:its|their)\s+history))?/gi;

/**
 * The first-time closes of a sentence, as record-level phrases (the bound and its side from `pastLevel`;
 * ./records.ts adds the level itself).
 * @example firstTimeRecords('closed above 1,850 for the first time')[0][1] // { kind: 'best-on-record', level: true, direction: 'gain' }
 */
export function firstTimeRecords(
  text: string,
  event?: string,
): [RegExpMatchArray, Omit<RecordPhrase, 'words'>][] {
  const said = [...text.matchAll(FIRST_TIME)].flatMap(
    (m): [RegExpMatchArray, Omit<RecordPhrase, 'words'>][] => {
      const past = pastLevel(text, m.index, m[0]);
      if (past.past === undefined) return [];
      const kind = past.direction === 'loss' ? 'worst-on-record' : 'best-on-record';
      return [[m, { kind, level: true, direction: past.direction }]];
    },
  );
  // "its first close above 1,300": the same record, the level in its words.
  for (const m of text.matchAll(FIRST_CLOSE)) {
    const loss = /^(?:below|under|beneath)$/i.test(m[1]);
    const past = Number(m[2].replace(/,/g, ''));
    said.push([
      m,
      {
        kind: loss ? 'worst-on-record' : 'best-on-record',
        level: true,
        past,
        direction: loss ? 'loss' : 'gain',
      },
    ]);
  }
  // "slipped below 2,100 for the first time since the election": the last close past it on or before the vote.
  for (const m of event ? text.matchAll(SINCE_EVENT) : []) {
    const past = pastLevel(text, m.index, m[0]);
    if (past.past === undefined || !event) continue;
    const [y, mo, d] = event.split('-');
    const since = { sinceYear: Number(y), sinceMonth: `${y}-${mo}`, sinceDay: Number(d), orEarlier: true };
    said.push([m, { kind: 'biggest-since', ...since, level: true, direction: past.direction ?? 'gain' }]);
  }
  return said;
}

/** "for the first time since the election", "… since the vote", "… since Election Day": the article's event. */
const SINCE_EVENT =
  /\bfor\s+the\s+first\s+time\s+since\s+(?:the\s+)?(?:(?:us|u\.s\.|presidential)\s+)?(?:election(?:\s+day)?|vote)\b(?!\s+(?:of|in)\b)/gi;

/** "its first close above 1,300", "the first finish below 1,000 ever" (not "since …", "in …": ./records.ts's). */
const FIRST_CLOSE =
  /\b(?:its|their|the|a)\s+(?:very\s+)?first\s+(?:ever\s+)?(?:close|closing\s+level|finish|settle)\s+(above|over|below|under|beneath)\s+(\d[\d,]*(?:\.\d+)?)(?:\s+points?)?(?!\s*(?:%|per\s?cent|percent)|[\d,.]|\s+(?:since|in)\b)/gi;

/**
 * The bound before a first time: "above 1,850 for the first time", "below 1,000 points for the first time since",
 * "above its November 2021 record of 2,442.74 for the first time" (an earlier peak's level); "topped 1,300 for
 * the first time", "crossed 6,000 for the first time" (a crossing verb is the bound above).
 */
const BOUND_BEFORE =
  /\b(above|below|over|under|beneath|topped|tops|crossed|surpassed|cleared|exceeded|breached|broke\s+through|topping|crossing|surpassing|clearing|exceeding|breaching)\s+(?:(?:its|their|the)\s+(?:[\w.,'’-]+\s+){0,4}?(?:record|high|peak|low|close)(?:\s+(?:high|low|close))?\s+of\s+)?\$?(\d[\d,]*(?:\.\d+)?)(?:\s+points?)?\s+(?:on\s+\w+\s+)?(?:for\s+the\s+(?:very\s+)?)?$/i;

/** "first close above 2,000", "first finish below that level": a first close's own bound. */
const OWN_BOUND =
  /^first\s+(?:close|closing\s+level|finish)\s+(above|over|below|under|beneath)\s+(?:(\d[\d,]*(?:\.\d+)?)|that\s+(?:level|mark))/i;
/** A level crossed before "that level": "closed above 2,000 on Thursday, …". */
const LEVEL_BEFORE =
  /\b(?:above|over|below|under|beneath|topped|crossed|surpassed|cleared|past)\s+(\d[\d,]*(?:\.\d+)?)(?!\s*(?:%|per\s?cent|percent))/gi;

/**
 * What a record phrase that starts "(for the) first time" after a level's bound adds: the level it is the
 * first close past, its direction, and that it ranks closes.
 * @example pastLevel('closed above 1,850 for the first time since 2018', 29, 'first time since 2018') // { level: true, past: 1850, direction: 'gain' }
 */
export function pastLevel(text: string, at: number, words: string): Partial<RecordPhrase> {
  // "its first close above 2,000 since April 2022": the bound in the words; "… above that level": the last before.
  const own = OWN_BOUND.exec(words);
  const that = own && !own[2] ? [...text.slice(0, at).matchAll(LEVEL_BEFORE)].pop() : undefined;
  if (!own && !/^(?:for\s+the\s+(?:very\s+)?)?first\s+time\b/i.test(words)) return {};
  const m = own
    ? [own[0], own[1], own[2] ?? that?.[1]]
    : BOUND_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (!m?.[2]) return {};
  const low = /^(?:below|under|beneath)$/i.test(m[1]);
  // "… for the first time since Nov. 10": the day too (the record's month is ./records.ts's).
  const day = new RegExp(`^[^.;]*?\\bsince\\s+${MONTH_RE}\\.?\\s+(\\d{1,2})\\b(?!,?\\s*\\d{3})`, 'i').exec(
    text.slice(at),
  );
  return {
    level: true,
    past: Number(m[2].replace(/,/g, '')),
    direction: low ? 'loss' : 'gain',
    ...(day ? { sinceDay: Number(day[1]) } : {}),
  };
}

/**
 * True when "for the first time since …" at `at` tells of a rate decision in its own clause ("a day after the
 * Federal Reserve lowered rates by 50 basis points for the first time since 2020"), not of a market's move.
 * @example ratesFirstTime('the Fed lowered rates by 50 basis points for the first time since 2020', 45, 'first time since 2020') // true
 */
export function ratesFirstTime(text: string, at: number, words: string): boolean {
  if (!/^(?:for\s+the\s+)?first\s+time\b/i.test(words)) return false;
  return /\b(?:(?:cut|cuts|cutting|lowered|raised|hiked|lifted|eased|tightened)\s+(?:interest\s+)?rates|(?:rate|rates)\s+(?:cut|cuts|hike|hikes|increase|reduction)|basis\s+points|bps)\b[^,;.]*$/i.test(
    text.slice(Math.max(0, at - 80), at),
  );
}

/**
 * Two phrases of one record: "closed at a record for the first time in three years", "at a record 2,434.73
 * on Monday, its first record close in three years" (the record, with both phrases' words).
 * @example oneRecord(atRecord, firstInThreeYears) // { ...atRecord, words: 'at a record … first time in three years' }
 */
export function oneRecord(a: RecordPhrase, b: RecordPhrase): RecordPhrase | undefined {
  const onRecord = (x: RecordPhrase) => x.kind === 'best-on-record' || x.kind === 'worst-on-record';
  const first = (x: RecordPhrase) => onRecord(x) || /\bfirst\b/i.test(x.words);
  // Not a count or a place ("its 10th record this year"): a claim of its own.
  const plain = (x: RecordPhrase) => !x.times && !x.tally && x.rank === undefined && !x.from;
  const [rec, other] = onRecord(a) ? [a, b] : [b, a];
  if (!onRecord(rec) || !first(other) || !plain(a) || !plain(b) || a.direction !== b.direction)
    return undefined;
  return { ...rec, words: `${a.words} … ${b.words}` };
}
