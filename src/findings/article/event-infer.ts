/**
 * The event an article means by "the election", "the vote" or "the referendum" when none is given
 * (--event): the most recent built-in event of that kind (src/events/event-sets.ts: US presidential and
 * midterm elections, the Brexit referendum, the regional sets' elections and votes) on or before the
 * article's date and at most a year before it. Said with the words it came from, so the output can
 * state it; --event overrides it.
 *
 * A Fed decision ("since the Fed cut rates", "the Fed's decision") is the latest change to the rate target
 * (the `fomc` set) within 45 days of the article for words that say cut or hike, within 7 days for words
 * that do not (a meeting that held rates is not in the set, so an older change is not what "the decision"
 * means). It is the article's event only when the article names no election or referendum, or names the
 * Fed's decision first and the decision came after the election: an election story that mentions the Fed
 * keeps its election; a Fed-day wrap that mentions "post-election gains" later is about the Fed.
 */
import { toDay } from '../../calendar/dates.ts';
import { monthsBefore, resolveDate, WEEKDAY_POSS, WEEKDAY_RE } from './dates.ts';
import { allEvents, countriesOf } from './event-days.ts';
import { NUMBER_WORDS } from './number-words.ts';

/** The words that name an event, the tags of the events they may mean, how far back, and if only as a fallback. */
const KINDS: {
  re: RegExp;
  tags: readonly string[];
  horizon?: number;
  fallback?: boolean;
  ambiguous?: boolean;
  first?: boolean;
  way?: boolean;
}[] = [
  {
    // "Britain voted to leave the European Union", "Britain's vote to quit the EU", "after Brexit", "the
    // Brexit shock" also name it.
    re: /\b(?:(?:the|Britain['’]s|the\s+UK['’]s)\s+(?:(?:UK|EU|Brexit|British|June\s+23(?:rd)?|(?:19|20)\d\d)\s+){0,2}referendum|the\s+Brexit\s+vote|the\s+(?:vote|decision)\s+to\s+leave(?:\s+the\s+(?:EU|European\s+Union))?|the\s+Leave\s+vote|(?:Britain|the\s+UK|the\s+U\.K\.|British\s+voters|Britons)\s+voted\s+to\s+(?:leave|exit|quit)|(?:Britain|the\s+UK)['’]s\s+(?:vote|decision)\s+to\s+(?:leave|exit|quit)|voted\s+to\s+(?:leave|exit|quit)\s+the\s+(?:EU|European\s+Union)|post-Brexit|(?:post|pre)-referendum|after\s+Brexit|Brexit\s+(?:shock|result|outcome|decision|surprise|vote|referendum|poll))\b/i,
    tags: ['referendum'],
  },
  {
    re: /\b(?:(?:the\s+(?:(?:19|20)\d\d\s+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+)?|(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+|(?:last|this)\s+(?:week|year)['’]s\s+)(?:(?:US|U\.S\.|American|presidential|general|midterm|snap)\s+){0,2}(?:election|elections|midterms|elex)|election\s+(?:day|night|results?|outcome)|election[- ]week|post-?(?:election|elex)|(?:Trump|Biden|Obama|Clinton)(?:['’]s)?\s+(?:(?:surprise|shock|upset|stunning|decisive|landslide|resounding|narrow)\s+)?(?:win|victory|election)|(?:Trump|Biden|Obama|Clinton|Bush)\s+(?:won|wins|clinched|secured)\s+(?:the\s+(?:presidency|White\s+House|(?:presidential\s+)?(?:election|race))|re-?election|a\s+second\s+term)|(?:Trump|Biden|Obama|Clinton|Bush)\s+was\s+(?:re-?)?elected|the\s+(?:presidential\s+)?race\s+was\s+called|called\s+the\s+(?:presidential\s+)?(?:race|election)|was\s+(?:declared|projected)\s+(?:the\s+)?winner)\b/i,
    tags: ['election'],
  },
  // "The vote" is an election or a referendum: whichever of the article's country came last.
  // An election or a referendum named in so many words wins ("Brexit, one year on … after the vote").
  {
    re: new RegExp(
      String.raw`\b(?:the\s+(?:(?:19|20)\d\d\s+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+)?|${WEEKDAY_POSS}\s+|this\s+year['’]s\s+)(?:vote|ballot)\b`,
      'i',
    ),
    tags: ['election', 'referendum'],
    ambiguous: true,
  },
  {
    // "since the Fed's last rate cut", "the most recent Fed hike": the latest change that way (`way`), whenever.
    re: /\b(?:the\s+(?:Fed|Federal\s+Reserve|FOMC)['’]s\s+(?:last|most\s+recent)\s+(?:(?:half|quarter)[- ]point\s+)?(?:interest[- ])?(?:rate\s+)?(?:cut|hike|increase|reduction)|the\s+(?:Fed|Federal\s+Reserve|FOMC)\s+last\s+(?:cut|raised|hiked|lowered)\s+(?:interest\s+)?rates|the\s+(?:last|most\s+recent)\s+(?:Fed|FOMC)\s+(?:rate\s+)?(?:cut|hike|increase))\b/i,
    tags: ['fomc'],
    horizon: 25 * 366,
    way: true,
    fallback: true,
  },
  {
    re: /\b(?:the\s+(?:Fed|Federal\s+Reserve|FOMC)['’]s\s+(?:(?:surprise\s+|jumbo\s+|latest\s+)?(?:(?:half|quarter|three-quarter)[- ]point\s+|\d+[- ]basis[- ]point\s+)?(?:rate\s+)?(?:cut|hike|increase|reduction))|(?:the\s+)?(?:Fed|Federal\s+Reserve|FOMC)\s+(?:cut|raised|hiked|lowered|slashed|lifted|cuts|raises|hikes|lowers|slashes|lifts)\s+(?:(?:its\s+)?(?:benchmark\s+|key\s+|policy\s+)?(?:interest\s+)?rates?|borrowing\s+costs)|(?:Fed|Federal\s+Reserve|FOMC)\s+rate\s+(?:cut|hike|increase)|(?:Fed|Federal\s+Reserve|FOMC)\s+(?:delivered|announced|made|enacted|unveiled|implemented|opted\s+for)\s+(?:a|an|its)\s+(?:(?:surprise|jumbo|widely\s+expected|larger-than-expected|bigger-than-expected)\s+)?(?:(?:half|quarter|three-quarter)[- ]point\s+|\d+[- ]basis[- ]point\s+)?(?:interest[- ]rate\s+|rate\s+)?(?:cut|hike|increase|reduction)|(?:Fed|Federal\s+Reserve|FOMC)\s+(?:cuts|cut|hikes|hiked|raises|raised|lowers|lowered)\s+(?:rates\s+)?by\s+(?:half\s+a|a\s+quarter|a\s+half|\d+\s+basis)(?:[- ](?:percentage[- ])?points?)?)\b/i,
    tags: ['fomc'],
    horizon: 45,
    fallback: true,
  },
  {
    // "since the Fed started cutting (rates)", "the Fed's first rate cut": the first change of the cycle, the
    // earliest of the run of same-way changes that ends with the latest (`first`), up to three years back.
    re: /\b(?:the\s+(?:Fed|Federal\s+Reserve|FOMC)\s+(?:started|began)\s+(?:cutting|easing|lowering|raising|hiking|tightening)(?:\s+(?:interest\s+)?rates)?|the\s+(?:Fed|Federal\s+Reserve|FOMC)['’]s\s+first\s+(?:(?:half|quarter)[- ]point\s+)?(?:rate\s+)?(?:cut|hike|increase|reduction))\b/i,
    tags: ['fomc'],
    horizon: 3 * 366,
    fallback: true,
    first: true,
  },
  {
    re: new RegExp(
      String.raw`\b(?:the\s+(?:Fed|Federal\s+Reserve|FOMC)['’]s\s+(?:${WEEKDAY_RE}\s+|latest\s+|surprise\s+|hawkish\s+|dovish\s+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)?(?:rate\s+|policy\s+)?(?:decision|announcement|move|statement|meeting)|the\s+(?:Fed|FOMC)\s+(?:decision|meeting|announcement))\b`,
      'i',
    ),
    tags: ['fomc'],
    horizon: 7,
    fallback: true,
  },
];

/** "A year after", "Two years since", "Six months after": the event named next is that long before the article. */
const AGO = /\b(a|an|one|two|three|four|five|six|nine|\d{1,2})\s+(years?|months?)\s+(?:after|since)\s+$/i;

/** Days an article's "the election" may look back. */
const HORIZON = 366;

/** An inferred event: its date and label, and the article's words that named it. */
export interface InferredEvent {
  date: string;
  label: string;
  words: string;
}

/**
 * The event the article's words name, as of its date `to`, or null when it names none or none is known.
 * @example inferEvent('Small caps have jumped since the election.', '2016-11-14')?.date // '2016-11-08'
 */
export function inferEvent(text: string, to: string, context = text): InferredEvent | null {
  const countries = countriesOf(context);
  let best: InferredEvent | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const k of KINDS) {
    const m = k.re.exec(text);
    if (!m || (k.ambiguous && best)) continue;
    // "A year after the Federal Reserve raised rates …": the event as of a year before the article.
    const ago = AGO.exec(text.slice(Math.max(0, m.index - 30), m.index));
    const months = ago
      ? (NUMBER_WORDS[ago[1].toLowerCase()] ?? (Number(ago[1]) || 1)) * (/^y/i.test(ago[2]) ? 12 : 1)
      : 0;
    const end = toDay(months ? monthsBefore(to, months) : to);
    // "Since the Brexit vote" in 2019: Brexit has one referendum, however long ago.
    const horizon = /brexit|leave|quit|exit/i.test(m[0]) ? Number.POSITIVE_INFINITY : (k.horizon ?? HORIZON);
    const year = /\b(?:19|20)\d\d\b/.exec(m[0]);
    // "the June 23 referendum", "the Nov. 8 election": the event on that day, whoever's it is.
    const named = /\b([A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:st|nd|rd|th)?\b/.exec(m[0]);
    const day = named ? resolveDate(named[1].replace('.', ''), { event: '2000-01-01' })?.slice(5) : undefined;
    let found: InferredEvent | null = null;
    for (const e of allEvents()) {
      const d = toDay(e.date);
      if (d > end || end - d > horizon || !e.tags.some((t) => k.tags.includes(t))) continue;
      if (k.way && e.tags.includes('hike') !== /rais|hik|increase/i.test(m[0])) continue; // "the last hike"
      // "the 2020 election": that year's only; "the 2016 election" in a 2020 story names no event of its own.
      if (year && !e.date.startsWith(year[0])) continue;
      // A referendum is the one it names; an election (or "the vote") is the country's the article is about
      // ("Trump's win" is the US's, whatever else the article names).
      if (day && e.date.slice(5) !== day) continue;
      const theirs = /Trump|Biden|Obama|Clinton/.test(m[0]) ? ['us'] : countries;
      if (k.tags.includes('election') && !day && !e.tags.some((t) => theirs.includes(t))) continue;
      // "Trump's surprise win" is an election Trump won, not the latest one ("(Biden)" in 2020).
      const who = /\b(Trump|Biden|Obama|Clinton)\b(?=\S*\s+(?:\w+\s+)?(?:win|victory)\b)/.exec(m[0]);
      if (who && !e.label.includes(who[1])) continue;
      if (!found || e.date > found.date) found = { date: e.date, label: e.label, words: m[0] };
    }
    if (found && k.first) found = firstOfCycle(found, m[0]);
    if (!found) continue;
    // The fallbacks come last: an election or a referendum named wins, unless the Fed's decision is named
    // first and came after it (a Fed-day story that looks back at "post-election gains" later on).
    const wins = !best || (k.fallback ? m.index < bestAt && found.date > best.date : found.date > best.date);
    if (!wins) continue;
    best = found;
    bestAt = m.index;
  }
  return best;
}

/**
 * The event an undated article names with its year ("the 2016 U.S. presidential election"): the first such
 * words, as of that year's end, else null (an undated "since the election" names no event).
 * @example yearNamedEvent('We study the 2016 U.S. presidential election.')?.date // '2016-11-08'
 */
export function yearNamedEvent(text: string): InferredEvent | null {
  for (const k of KINDS) {
    const m = k.re.exec(text);
    const year = m && /\b(?:19|20)\d\d\b/.exec(m[0]);
    if (year) return inferEvent(m[0], `${year[0]}-12-31`, text);
  }
  return null;
}

/**
 * "Since the election" in an article whose event is a built-in event of another kind (a Fed decision): the
 * event the words name as of the article's date `to` (countries from the sentence `context`), else null
 * (the words mean the article's event, or it is no built-in event: --event DATE of the user's own).
 * @example otherKindEvent('the election', '2016-12-14', '2016-12-14') // '2016-11-08'
 */
export function otherKindEvent(
  phrase: string,
  event: string | undefined,
  to: string | undefined,
  context = '',
): string | null {
  const on = event ? allEvents().filter((e) => e.date === event) : [];
  const kind = KINDS.find((k) => k.re.test(phrase));
  if (!event || !on.length || !kind || on.some((e) => e.tags.some((t) => kind.tags.includes(t)))) return null;
  const named = inferEvent(phrase, to ?? event, `${phrase} ${context}`);
  return named && named.date !== event ? named.date : null;
}

/**
 * The first Fed change of the run the latest one `found` ends ("since the Fed started cutting": Sept. 18,
 * 2024, from the Dec. 18 cut back through November's): earlier changes the same way, with none the other way
 * between. When the words say the other way than `found` ("started hiking" after a cut), none.
 */
function firstOfCycle(found: InferredEvent, words: string): InferredEvent | null {
  const hike = /rais|hik|tighten|increase/i.test(words);
  const fomc = allEvents()
    .filter((e) => e.tags.includes('fomc') && e.date <= found.date)
    .sort((a, b) => (a.date < b.date ? 1 : -1));
  const way = (e: { tags: readonly string[] }) => e.tags.includes('hike');
  if (fomc.length === 0 || way(fomc[0]) !== hike) return null;
  let first = fomc[0];
  for (const e of fomc.slice(1)) {
    if (way(e) !== hike) break;
    first = e;
  }
  return { date: first.date, label: first.label, words };
}
