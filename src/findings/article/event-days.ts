/**
 * The built-in events an article's words may name (every event set, once each), the countries an article
 * names, and the events of a day or a year (./event-infer.ts, ./dateline-year.ts, ./window-since.ts).
 */
import { ALL_EVENT_SETS, electionDay, eventSet, type MarketEvent } from '../../events/event-sets.ts';

/**
 * Whose election: a country the article names (by its words, index or leaders), else the US's. ("French"
 * alone is not France: Kenneth French's data; "FTSE Russell", the Russell 2000's publisher, is not Britain.)
 */
const COUNTRIES: { tag: string; re: RegExp }[] = [
  {
    tag: 'uk',
    re: /\b(?:UK|U\.K\.|Britain|British|FTSE(?!\s+Russell)|sterling|Tory|Tories|Labour|Westminster)\b/,
  },
  { tag: 'france', re: /\b(?:France|Macron|Le\s+Pen|CAC\s*40|Élysée|Elysee)\b/ },
  { tag: 'germany', re: /\b(?:Germany|German|DAX|Bundestag|Merkel|Scholz|Merz)\b/ },
];

/** The countries an article names, else the US. */
export function countriesOf(text: string): string[] {
  const named = COUNTRIES.filter((c) => c.re.test(text)).map((c) => c.tag);
  return named.length ? named : ['us'];
}

let catalogue: MarketEvent[] | null = null;
/** Every built-in event, once (a date and label in several sets counts once). */
export function allEvents(): MarketEvent[] {
  if (catalogue) return catalogue;
  const seen = new Set<string>();
  catalogue = [];
  for (const name of ALL_EVENT_SETS)
    for (const e of eventSet(name)) {
      const k = `${e.date}|${e.label}`;
      if (!seen.has(k)) {
        seen.add(k);
        catalogue.push(e);
      }
    }
  return catalogue;
}

const COVID = /\b(?:coronavirus|covid(?:-19)?|pandemic)\b/i;

/**
 * The dates of the built-in events of `kind` on `monthDay` ("11-05") in any year, of the country the article
 * names (else the US's, for elections); when the article names a winner whose election is among them
 * ("Trump", labels such as "2024 presidential election (Trump)"), only that winner's; an article about the
 * coronavirus only the events since 2020. "The Nov. 5 vote" with "Trump" is 2024's alone; without a name it
 * is also 1996's, 1968's and three midterms'.
 * @example eventsOnDay('11-05', 'election', 'Trump won the Nov. 5 vote.') // ['2024-11-05']
 */
export function eventsOnDay(monthDay: string, kind: 'election' | 'referendum', text = ''): string[] {
  const countries = countriesOf(text);
  const found = allEvents().filter(
    (e) =>
      e.date.slice(5) === monthDay &&
      e.tags.includes(kind) &&
      (kind !== 'election' || e.tags.some((t) => countries.includes(t))),
  );
  const winner = (e: MarketEvent) => /\(([A-Z][a-z]+)\)/.exec(e.label)?.[1];
  // "…bet a coronavirus vaccine would speed the recovery": an event of the pandemic's years or later.
  const covid = COVID.test(text) ? found.filter((e) => e.date >= '2020') : [];
  if (covid.length) found.splice(0, found.length, ...covid);
  const theirs = found.filter((e) => {
    const w = winner(e);
    return w !== undefined && new RegExp(`\\b${w}\\b`).test(text);
  });
  return [...new Set((theirs.length ? theirs : found).map((e) => e.date))].sort().reverse();
}

/**
 * The dates of the built-in events of `kind` in `year` ("the 2016 election", "the 2016 referendum"), of the
 * country the article `text` names (else the US's, for elections), latest first.
 * @example eventsOfYear('2016', 'election') // ['2016-11-08']
 */
export function eventsOfYear(year: string, kind: 'election' | 'referendum', text = ''): string[] {
  const countries = countriesOf(text);
  const out = new Set<string>();
  for (const e of allEvents()) {
    if (!e.date.startsWith(year) || !e.tags.includes(kind)) continue;
    if (kind === 'election' && !e.tags.some((t) => countries.includes(t))) continue;
    out.add(e.date);
  }
  return [...out].sort().reverse();
}

const ORDINAL_WIN =
  /\b(trump|biden|obama|clinton|bush)(?:['’]s)?\s+(?:(first|second|third)\s+(?:(?:presidential\s+)?(?:election\s+)?(?:victory|win)|(?:presidential\s+)?election(?:\s+(?:victory|win))?)|(re-?election|was\s+re-?elected))\b/i;

/**
 * The US presidential election a winner's ordinal names ("Donald Trump's first victory": 2016; "Trump's
 * second win": 2024; "Obama's re-election": 2012), or null.
 * @example nthWin("Donald Trump's first victory") // '2016-11-08'
 */
export function nthWin(phrase: string): string | null {
  const m = ORDINAL_WIN.exec(phrase);
  if (!m) return null;
  const who = m[1][0].toUpperCase() + m[1].slice(1).toLowerCase();
  // "Obama's re-election", "Bush was re-elected": the second win.
  const n = m[3] ? 1 : { first: 0, second: 1, third: 2 }[m[2].toLowerCase() as 'first'];
  const won = allEvents()
    .filter((e) => e.tags.includes('us') && e.tags.includes('election') && e.label.includes(`(${who})`))
    .map((e) => e.date)
    .sort();
  return won[n] ?? null;
}

/** "Back in 2016, …", "with 2016, when …", "Unlike 2012, …", "came in 2020, when …", "since 2016, when …": a year set off by a comma. */
const OPEN_YEAR =
  /(?:^\s*(?:back\s+|even\s+|also\s+)?in\s+|\b(?:with|unlike|than|versus|vs\.?)\s+|(?<!\b(?:than|with|versus|vs\.?|unlike)\s+)\b(?:in|since)\s+(?=(?:19|20)\d\d,\s+when\b))((?:19|20)\d\d)\s*,/i;

/** A sentence opening on a day in November or December of a year: "On Nov. 5, 2008, …", "By Nov. 20, 2008, …". */
const OPEN_DATE =
  /^\s*(?:on|by|through|until|as\s+of)\s+(?:nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2},\s+((?:19|20)\d\d)\s*,/i;

/** A sentence opening on a year: "In 2008, …"; or on its election: "After the 2016 election, …", "Following the 2008 vote, …". */
const OPEN_IN =
  /^\s*(?:in|(?:after|following|in\s+the\s+wake\s+of)\s+the(?=\s+(?:19|20)\d\d\s+(?:(?:us|u\.s\.|presidential)\s+)?(?:election|vote)\s*,))\s+((?:19|20)\d\d)\b/i;

/**
 * The year `text` opens with ("In 2008, …", "On Nov. 5, 2008, …", "After the 2016 election, …"), else one set
 * off by a comma ("Compare that with 2016, when …").
 */
const openingYear = (text: string): string | undefined =>
  (OPEN_IN.exec(text) ?? OPEN_DATE.exec(text) ?? OPEN_YEAR.exec(text))?.[1];

/**
 * What a date with no year of its own resolves against in `text`: the end of the year a sentence opens with
 * ("In 2019, the Russell 2000 fell 1.2% in the week after the July 31 cut": 2019-07-31) when that is not the
 * article's year; else `o` itself.
 * @example datedRef('In 2019, … after the July 31 cut', { event: '2024-09-18' }) // { to: '2019-12-31' }
 */
export function datedRef(text: string, o: { event?: string; to?: string }): { event?: string; to?: string } {
  const y = openingYear(text);
  const ref = o.event ?? o.to;
  return y && ref && y < ref.slice(0, 4) ? { to: `${y}-12-31` } : o;
}

/**
 * The US presidential election a winner's victory names in a year ("Barack Obama's 2008 victory", or "In
 * 2008, … after Barack Obama's victory" with the year opening the sentence `text`, "after Donald Trump's win in
 * 2016" with the year after it; "In 2016, … after the vote" too, when 2016 is not the year of the article's
 * `event`), or null.
 * @example yearWin("Barack Obama's victory", 'In 2008, by contrast, …') // '2008-11-04'
 */
export function yearWin(phrase: string, text: string, event?: string): string | null {
  const who = /\b(trump|biden|obama|clinton|bush)\b/i.exec(phrase);
  const at = text.indexOf(phrase);
  // "In 2008, …", "Back in 2016, …", "Compare that with 2016, when …": a year set off before the phrase.
  const opener = openingYear(at < 0 ? text : text.slice(0, at));
  // "In 2016, small caps beat large caps by 9 points in the month after the vote": that year's US election
  // ("the vote" only in an article about a US election or none; a referendum's article keeps its own).
  if (
    !who &&
    opener &&
    !event?.startsWith(opener) &&
    /^(?:the\s+(?:election|vote)|election\s+day)$/i.test(phrase.trim())
  )
    return /vote/i.test(phrase) && !usVoteArticle(event) ? null : electionDay(Number(opener));
  if (!who || !/\b(?:win|victory|won|(?:re-?)?elected|re-?election)\b/i.test(phrase)) return null;
  // "after Donald Trump's upset win in 2016": the year right after the phrase.
  const after =
    at < 0 ? undefined : /^\s+(?:in|of)\s+((?:19|20)\d\d)\b/i.exec(text.slice(at + phrase.length))?.[1];
  const year = /\b((?:19|20)\d\d)\b/.exec(phrase)?.[1] ?? after ?? opener;
  if (!year) return null;
  const name = who[1][0].toUpperCase() + who[1].slice(1).toLowerCase();
  const won = allEvents().find(
    (e) =>
      e.tags.includes('us') &&
      e.tags.includes('election') &&
      e.date.startsWith(year) &&
      e.label.includes(`(${name})`),
  );
  return won?.date ?? null;
}

/** Whether an article's event is a US election day (or it has none): where "the 2016 vote" is a US election. */
export function usVoteArticle(event: string | undefined): boolean {
  return !event || electionDay(Number(event.slice(0, 4))) === event;
}

/**
 * The one US presidential election a winner the sentence `text` names won ("Joe Biden's victory"), when it is
 * not the article's `event`; null for a winner of two or more ("Donald Trump's win"), or none named.
 * @example soleWin("Joe Biden's victory was followed by a 14.5% gain", '2024-11-05') // '2020-11-03'
 */
export function soleWin(text: string, event?: string): string | null {
  const who = /\b(trump|biden|obama|clinton|bush)['’]s\s+(?:[\w-]+\s+)?(?:win|victory|election)\b/i.exec(
    text,
  );
  if (!who) return null;
  const name = who[1][0].toUpperCase() + who[1].slice(1).toLowerCase();
  const won = allEvents().filter(
    (e) => e.tags.includes('us') && e.tags.includes('election') && e.label.includes(`(${name})`),
  );
  return won.length === 1 && won[0].date !== event ? won[0].date : null;
}
