/**
 * Record phrases that compare elections and name no year: "the biggest post-election gap of any presidential
 * election on record", "its best post-election week on record", "the third-largest gap after any
 * presidential election". A superlative (or an ordinal one) with "post-election" before its noun or "of /
 * after / following any (every) … election" after it is a record (or a place, `kind: 'rank'` with no
 * count) among the same window after every earlier event; ../event-rank.ts ranks it once the phrase is
 * attached (its words carry the event words). "Ranking it second among the 10 elections since 1980" is a
 * place among a counted set; "the best post-election run for small caps of any election since 1980" the
 * first place among the elections from 1980; "has never done better in the week after an election" is the best
 * post-election week on record. "its best day after a midterm election since 1982" (a / an, not any) is the
 * best since that year's, as "its best post-midterm day since 1982". Other "since YEAR" forms stay in ./records.ts.
 */
import type { RecordPhrase, TextSpan } from '../claim-read.ts';
import { NUMBER_WORDS, ORDINALS } from './number-words.ts';
import { eventLevelRecords } from './record-event-level.ts';
import { frontedRecords } from './record-fronted.ts';
import { POST_EVENT } from './record-words.ts';

const SUPER = '(best|strongest|biggest|largest|widest|worst|weakest|smallest|narrowest)';
const POST = `(?:${POST_EVENT}\\s+)`;
const PERIOD =
  '(?:(daily|weekly|monthly|one-day|single-day)\\s+)?(?:(?:two|three|four|five|\\d)[- ](?:day|session|week)\\s+)?(?:(day|session|week|month|quarter|year)\\s+)?';
const NOUN =
  '(?:(?:small|large|mid)[- ]cap\\s+|size\\s+)?(?:(?:gap|spread|gain|rally|run|start|lead|outperformance|performance|showing|reaction|move|surge|jump|advance|return|loss|fall|drop|decline|slump|shortfall|inflows?|outflows?)\\s+)?';
// "… for small caps of any election since 1980": the subject's words may come between, a year may end it.
const ANY =
  '(?:(?:for\\s+(?:[\\w&%.-]+\\s+){1,5}?)?(?:of|after|following|for)\\s+(?:any|every|all|an?)\\s+(?:(?:earlier|previous|prior|other|us|u\\.s\\.|presidential|midterm)\\s+){0,3}(?:elections?|votes?|referendums?)(?:\\s+since\\s+(?:at\\s+least\\s+)?(?:19|20)\\d\\d)?|to\\s+any\\s+post[- ]?(?:election|vote|referendum)\\s+(?:period|stretch|run))';
/** "… for small caps since 1980" after a place's event words: "the second-best post-election month … since 1980". */
const SINCE = '(?:for\\s+(?:[\\w&%.-]+\\s+){1,5}?)?since\\s+(?:at\\s+least\\s+)?(?:19|20)\\d\\d';
/**
 * A superlative with its event words, then "on record", "ever", "in history" or "in the index's history" (required
 * unless "after any …" ends it).
 */
const EVENT_RECORD = new RegExp(
  `\\b(?:its|their|the)\\s+(?:(${Object.keys(ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))[- ])?${SUPER}\\s+(?:((?:(?:two|three|four|five|\\d)[- ](?:day|session|week)\\s+)?${POST}${PERIOD}${NOUN}(?:${ANY}|${SINCE})?)|(${PERIOD}${NOUN}${ANY}))(\\s*(?:on\\s+record|ever|since\\s+(?:the\\s+index|records)\\s+(?:began|started)|in\\s+(?:(?:the\\s+(?:index|gauge|benchmark)['’]s|its|their)\\s+(?:[\\w-]+\\s+)?)?history)\\b)?`,
  'gi',
);
/** Period adjectives ("its best weekly gain") as periods; ./records.ts reads them too. */
export const PERIOD_ADJ: Record<string, RecordPhrase['period']> = {
  daily: 'day',
  'one-day': 'day',
  'single-day': 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'year',
};
const RUN = new RegExp(
  `\\b(\\d+|${Object.keys(NUMBER_WORDS).join('|')})[- ](day|session|week|month)\\b`,
  'i',
);

/**
 * A run of several periods a record phrase names ("three-day run", "5-session streak", "two-week"), as the
 * record's `stretch` and `period` (a session is a day), or {} when it names none.
 * @example runOf('the worst two-day performance') // { stretch: 2, period: 'day' }
 */
export function runOf(words: string): Pick<RecordPhrase, 'stretch' | 'period'> {
  const run = RUN.exec(words);
  const n = run ? (NUMBER_WORDS[run[1].toLowerCase()] ?? Number(run[1])) : 1;
  if (!run || !(n > 1)) return {};
  const p = run[2].toLowerCase();
  return { stretch: n, period: (p === 'session' ? 'day' : p) as RecordPhrase['period'] };
}
const LOSS = /worst|weakest|smallest|loss|fall|drop|decline|outflow|shortfall/i;
/** "the 3rd largest of 25 US presidential elections since 1928", "the third-largest gap of 23 elections since 1928". */
export const RANK_OF = new RegExp(
  `\\bthe\\s+(?:(\\d+(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})[\\s-]+)?(largest|biggest|widest|smallest|narrowest)\\s+(?:[\\w-]+\\s+){0,2}?of\\s+(\\d[\\d,]*)\\s+[\\w\\s.-]+?\\s+since\\s+(\\d{4})\\b`,
  'gi',
);
/** "more than after any of the previous nine elections", "bigger than in any of the prior five presidential elections". */
const THAN_ANY = new RegExp(
  `\\b(more|bigger|larger|wider|greater|better|worse|smaller|less|weaker|narrower)\\s+than\\s+(?:after|following|in|for)\\s+any\\s+(?:of\\s+the\\s+)?(?:previous|prior|last|other|preceding|earlier)\\s+(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:(?:us|u\\.s\\.)\\s+)?(?:presidential\\s+|midterm\\s+)?elections\\b`,
  'gi',
);
/** "more … than after any election since 1980", "better than in any other presidential election since 1928". */
const THAN_ANY_SINCE =
  /\b(more|bigger|larger|wider|greater|better|worse|smaller|less|weaker|narrower)\s+(?:[^,;.]{0,80}?\s)?than\s+(?:after|following|in|for)\s+any\s+(?:other\s+)?(?:(?:us|u\.s\.)\s+)?(?:presidential\s+|midterm\s+)?election\s+since\s+(?:at\s+least\s+)?((?:18|19|20)\d\d)\b/gi;
/** "has never done better in the week after an election", "have never fared worse in the month following a vote". */
const NEVER =
  /\b(?:has|have|had)\s+never\s+(?:done|fared|performed)\s+(better|worse)\s+(?:in|over|during)\s+(?:the\s+)?(?:first\s+)?(day|session|week|month)\s+(?:after|following)\s+(?:an?|any)\s+(?:(?:us|u\.s\.|presidential|midterm)\s+)?(?:election|vote|referendum)\b/gi;
/**
 * "ranking it second among the 10 elections since 1980", "ranks third of the 12 presidential elections since 1976",
 * "ranks second among the last ten presidential elections" (the article's and the nine before it).
 */
const RANKED = new RegExp(
  `\\brank(?:s|ed|ing)\\s+(?:it\\s+|them\\s+|(?:19|20)\\d\\d(?:['’]s\\s+(?:gain|rally|move|run))?\\s+)?(first|${Object.keys(ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:(best|worst|highest|lowest)\\s+)?(?:among|of|out\\s+of)\\s+(?:the\\s+)?(?:(?:last|past)\\s+)?(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:(?:us|u\\.s\\.)\\s+)?(?:presidential\\s+|midterm\\s+)?elections(?:\\s+since\\s+(\\d{4}))?\\b`,
  'gi',
);

/**
 * The election-comparing records of a sentence with no year: best/worst on record, or a place (`rank`).
 * @example eventRecords('its best post-election week on record')[0].record.kind // 'best-on-record'
 */
export function eventRecords(text: string, event?: string): (TextSpan & { record: RecordPhrase })[] {
  const out: (TextSpan & { record: RecordPhrase })[] = [];
  // "more than after any of the previous nine elections": first of the ten to the article's election.
  const year = event ? Number(event.slice(0, 4)) : undefined;
  for (const m of year ? text.matchAll(THAN_ANY) : []) {
    const n = NUMBER_WORDS[m[2].toLowerCase()] ?? Number(m[2]);
    const direction = /worse|smaller|less|weaker|narrower/i.test(m[1]) ? 'loss' : 'gain';
    const record: RecordPhrase = {
      kind: 'rank',
      rank: 1,
      of: n + 1,
      sinceYear: year! - 4 * n,
      direction,
      words: m[0],
    };
    if (n >= 1 && n <= 40) out.push({ start: m.index, end: m.index + m[0].length, record });
  }
  for (const m of text.matchAll(THAN_ANY_SINCE)) {
    const direction = /worse|smaller|less|weaker|narrower/i.test(m[1]) ? 'loss' : 'gain';
    const record: RecordPhrase = { kind: 'rank', rank: 1, sinceYear: Number(m[2]), direction, words: m[0] };
    out.push({ start: m.index, end: m.index + m[0].length, record });
  }
  for (const m of text.matchAll(EVENT_RECORD)) {
    const words = m[0].trimEnd();
    // "the biggest post-election gap" alone says neither "on record" nor "of any election": not a record; a place
    // since a year is ("its second-best post-election month since 1980"; the first, ./records.ts's "since").
    const placed = m[1] && new RegExp(`${SINCE}$`, 'i').test(m[3] ?? '');
    if (m[3] && !m[9] && !new RegExp(ANY, 'i').test(m[3]) && !placed) continue;
    const adj = m[4] ?? m[7];
    const noun = m[5] ?? m[8];
    const p = adj
      ? PERIOD_ADJ[adj.toLowerCase()]
      : noun?.toLowerCase() === 'session'
        ? 'day'
        : noun?.toLowerCase();
    // The superlative's own words: "the best run for the smallest 30% of stocks" is a gain.
    const loss = LOSS.test(words.split(/\s+for\s+/i)[0]);
    const rank = m[1] ? (ORDINALS[m[1].toLowerCase()] ?? Number.parseInt(m[1], 10)) : 0;
    const base = {
      ...(p ? { period: p as RecordPhrase['period'] } : {}),
      direction: loss ? 'loss' : 'gain',
    } as const;
    // "… of any election since 1980": the first place among the elections from that year on.
    const since = /\bsince\s+(?:at\s+least\s+)?(\d{4})$/.exec(words);
    // "its best day after a midterm election since 1982": since that year's, as "best post-midterm day since".
    const sinceOne = since && rank <= 1 && !/\b(?:any|every|all)\s/i.test(words);
    const record: RecordPhrase = sinceOne
      ? {
          kind: /widest|narrowest/i.test(words) ? 'widest-since' : 'biggest-since',
          sinceYear: Number(since[1]),
          ...base,
          words,
        }
      : rank > 1 || since
        ? {
            kind: 'rank',
            rank: Math.max(rank, 1),
            ...base,
            words,
            ...(since ? { sinceYear: Number(since[1]) } : {}),
          }
        : { kind: loss ? 'worst-on-record' : 'best-on-record', ...base, words };
    // "the worst two-day performance after a presidential election": a run of two days.
    Object.assign(record, runOf(words));
    out.push({ start: m.index, end: m.index + words.length, record });
  }
  // "has never done better in the week after an election": the best of the same window after every election.
  for (const m of text.matchAll(NEVER)) {
    const loss = /worse/i.test(m[1]);
    const p = m[2].toLowerCase() === 'session' ? 'day' : (m[2].toLowerCase() as RecordPhrase['period']);
    const record: RecordPhrase = {
      kind: loss ? 'worst-on-record' : 'best-on-record',
      period: p,
      direction: loss ? 'loss' : 'gain',
      words: m[0],
    };
    out.push({ start: m.index, end: m.index + m[0].length, record });
  }
  // "ranking it second among the 10 elections since 1980": a place among a counted set of elections.
  // "ranks second among the last ten presidential elections": the ten to the article's, four years apart.
  for (const m of text.matchAll(RANKED)) {
    const rank = { first: 1, ...ORDINALS }[m[1].toLowerCase()] ?? Number.parseInt(m[1], 10);
    const of = NUMBER_WORDS[m[3].toLowerCase()] ?? Number(m[3]);
    const direction = /worst/i.test(m[2] ?? '') ? 'loss' : 'gain';
    const since = m[4] ? Number(m[4]) : year ? year - 4 * (of - 1) : undefined;
    const record: RecordPhrase = { kind: 'rank', rank, of, sinceYear: since, direction, words: m[0] };
    if (since && rank >= 1 && of >= rank) out.push({ start: m.index, end: m.index + m[0].length, record });
  }
  out.push(...eventLevelRecords(text, event)); // "a fresh post-election high": a close among the closes since
  out.push(...frontedRecords(text)); // "Ranked against every election since 1988, …, was the largest"
  return out;
}
