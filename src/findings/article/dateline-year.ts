/**
 * The year of a dateline that gives none ("NEW YORK, Nov 10 (Reuters) -"), from the article's other dates:
 * a full date anywhere in it ("Election Day, Nov. 8, 2016", "24 June 2016", "2016-11-08"), else an event
 * named with its year ("the 2016 election", "the 2016 referendum": the built-in event of that year), else
 * an event named by its day when only one built-in event fits ("the Nov. 5 vote" with Trump named), else a
 * winner named when the dateline falls within weeks after only one of their elections ("Nov 6" and "Trump
 * win": 2024), else a Fed rate change on the dateline's day (./dateline-fed.ts). The
 * latest such date is the reference; the dateline takes the year that puts it nearest that date (a wire of
 * "Jan 5" citing "Nov. 8, 2016" is 2017's). Dates inside record phrases ("the most since Dec. 2, 2011") are
 * history, not the article's time, and are not used. Returns the words the year came from, so the output
 * can say it; undefined when the article has no such date (the caller says the article is undated).
 */
import { fromDay, toDay, weekday } from '../../calendar/dates.ts';
import { fedDate } from './dateline-fed.ts';
import { MONTH_RE, resolveDate } from './dates.ts';
import { allEvents, eventsOfYear, eventsOnDay } from './event-days.ts';

const FULL = new RegExp(
  `\\b(?:\\d{4}-\\d{2}-\\d{2}|${MONTH_RE}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE}\\.?,?\\s+\\d{4})\\b`,
  'gi',
);
const EVENT_YEAR =
  /\b(?:the\s+)?((?:19|20)\d\d)(?:'s)?\s+(?:(?:US|U\.S\.|presidential|general|midterm|EU|Brexit|UK)\s+)?(election|elections|midterms|vote|referendum)\b/gi;
/** An event named by its month and day: "the Nov. 5 vote", "the election on Nov. 5". */
const EVENT_DAY = new RegExp(
  `\\b(${MONTH_RE}\\s+\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:US|U\\.S\\.|presidential|general|midterm|EU|Brexit|UK)\\s+)?(election|elections|midterms|vote|referendum)\\b|\\b(election|vote|referendum)\\s+(?:on|of)\\s+(${MONTH_RE}\\s+\\d{1,2})\\b(?!,?\\s+\\d{4})`,
  'gi',
);
const KIND_BOTH = ['election', 'referendum'] as const;
const KIND_REF = ['referendum'] as const;
const KIND_ELECTION = ['election'] as const;
/** A record's "since": "the most since", "the widest gap since", "highest close since". */
const RECORD_BEFORE =
  /\b(?:most|least|best|worst|biggest|largest|smallest|widest|narrowest|highest|lowest|strongest|weakest|first\s+time)\b[^.;]{0,40}\bsince\s+(?:the\s+)?$/i;

/**
 * "Trump win", "Biden's victory", "Obama's election win", "Obama won re-election", "Trump won the presidential
 * election": a winner named, and so their elections; a re-election or a second term (group 2) is not their first.
 */
const WINNER =
  /\b([A-Z][a-z]+)(?:(?:['’]s)?\s+(?:(?:surprise|shock|upset|stunning|decisive|landslide|resounding|narrow|election)\s+)?(?:win|victory|triumph)\b|\s+(?:won|wins|winning|secured|clinched)\s+(?:(?:a\s+)?(re-?election|second\s+term)|the\s+(?:(?:presidential|general|US|U\.S\.)\s+)?(?:presidency|election|White\s+House))\b|['’]s\s+(re-?election)\s+(?:win|victory))/g;
/** "a day after President Barack Obama won re-election": the election was the day before the dateline. */
const DAY_AFTER = /\b(?:a|the|one)\s+day\s+after\b/i;
/** A date told as the day after what follows: "Nov. 6, the day after ", "on Nov 6, a day after ". */
const DATE_DAY_AFTER = new RegExp(
  `\\b(${MONTH_RE}\\.?\\s+\\d{1,2}),?\\s+(?:the|a|one)\\s+day\\s+after\\s+(?:[\\w.]+\\s+){0,3}$`,
  'i',
);
/** How long after an election a dateline still reports on it ("Nov 6 … Trump win"). */
const WIN_DAYS = 45;

/**
 * The election a winner named in the article means, when the dateline's month and day fall within WIN_DAYS
 * after exactly one of their elections ("Nov 6" and "Trump win": 2024's, not 2016's of Nov. 8), else undefined.
 */
function winnerDate(text: string, monthDay: string): { date: string; words: string } | undefined {
  const fits = new Map<string, string>();
  const dayBefore: string[] = [];
  for (const m of text.matchAll(WINNER)) {
    const theirs = allEvents().filter((e) => e.tags.includes('election') && e.label.includes(`(${m[1]})`));
    // "on Nov. 6, the day after Donald Trump's victory": that election is the day before the date told.
    const told = DATE_DAY_AFTER.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1];
    const eve = told && resolveDate(told.replace(/\.(?=\s)/, ''), { event: '2001-01-01' });
    for (const e of theirs) {
      if ((m[2] ?? m[3]) && e.date === theirs.map((x) => x.date).sort()[0]) continue; // a re-election
      const d = toDay(`${e.date.slice(0, 4)}-${monthDay}`) - toDay(e.date);
      if (d >= 0 && d <= WIN_DAYS) fits.set(e.date, m[0]);
      if (d === 1 || (eve && toDay(`${e.date.slice(0, 4)}${eve.slice(4)}`) - toDay(e.date) === 1))
        dayBefore.push(e.date);
    }
  }
  // "a day after … won": of several, the one the day before the dateline (or before the date the story gives it).
  if (fits.size > 1 && DAY_AFTER.test(text) && new Set(dayBefore).size === 1)
    for (const d of [...fits.keys()]) if (d !== dayBefore[0]) fits.delete(d);
  // "Obama's victory" fits 2008 and 2012: the year whose dateline falls no earlier in its week than the last
  // weekday the story tells of ("Nov 7" with "On Friday, stocks recovered": Friday, Nov. 7, 2008).
  const told = Math.max(0, ...[...text.matchAll(WEEKDAYS)].map((m) => DAYS.indexOf(m[1].toLowerCase()) + 1));
  const fit = [...fits].filter(
    ([d]) => fits.size === 1 || weekday(toDay(`${d.slice(0, 4)}-${monthDay}`)) >= told,
  );
  return fit.length === 1 ? { date: fit[0][0], words: fit[0][1] } : undefined;
}

/** The weekdays a story tells of, Monday 1 … Friday 5 (../../calendar/dates.ts `weekday`: Sunday 0). */
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const WEEKDAYS = /\b(monday|tuesday|wednesday|thursday|friday)\b/gi;

/** The year found and the words it came from. */
export interface DatelineYear {
  year: string;
  words: string;
}

/**
 * The year for a dateline's month and day `monthDay` ("11-10") from the article's other dates.
 * @example datelineYear('… up 7% since Election Day, Nov. 8, 2016.', '11-10') // { year: '2016', words: 'Nov. 8, 2016' }
 */
export function datelineYear(text: string, monthDay: string): DatelineYear | undefined {
  let ref: { date: string; words: string } | undefined;
  const consider = (date: string | null, words: string) => {
    if (date && (!ref || date > ref.date)) ref = { date, words };
  };
  for (const m of text.matchAll(FULL)) {
    if (RECORD_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    consider(resolveDate(m[0].replace(/\.(?=\s)/, ''), {}), m[0]);
  }
  if (!ref)
    for (const m of text.matchAll(EVENT_YEAR)) {
      if (RECORD_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
      const kind = /vote|referendum/i.test(m[2]) ? 'referendum' : 'election';
      const [e] = eventsOfYear(m[1], kind, text);
      consider(e ?? null, m[0]);
    }
  if (!ref) {
    // "The Nov. 5 vote": the built-in event of that day, when only one is (the winner named narrows it).
    const dates = new Set<string>();
    let words = '';
    for (const m of text.matchAll(EVENT_DAY)) {
      const md = resolveDate((m[1] ?? m[4]).replace(/\.(?=\s)/, ''), { event: '2000-01-01' })?.slice(5);
      if (!md) continue;
      const word = (m[2] ?? m[3]).toLowerCase();
      const kinds = word === 'vote' ? KIND_BOTH : word === 'referendum' ? KIND_REF : KIND_ELECTION;
      for (const kind of kinds) for (const d of eventsOnDay(md, kind, text)) dates.add(d);
      words ||= m[0];
    }
    if (dates.size === 1) consider([...dates][0], words);
  }
  if (!ref) ref = winnerDate(text, monthDay);
  if (!ref) ref = fedDate(text, monthDay); // "NEW YORK, Dec 18 (Reuters) - … after the Federal Reserve cut rates"
  if (!ref) return undefined;
  const r = toDay(ref.date);
  const y = Number(ref.date.slice(0, 4));
  let best: number | undefined;
  for (const year of [y - 1, y, y + 1]) {
    const d = toDay(`${year}-${monthDay}`);
    if (Number.isNaN(d)) continue;
    if (best === undefined || Math.abs(d - r) < Math.abs(toDay(`${best}-${monthDay}`) - r)) best = year;
  }
  return best === undefined
    ? undefined
    : { year: fromDay(toDay(`${best}-${monthDay}`)).slice(0, 4), words: ref.words };
}
