/**
 * The phrases of claim sentences: dates, events, counts of days, index and fund names, French size
 * portfolios, fund categories and periods. Each either returns what the phrase names or throws Ambiguous
 * with the reason (./claim-grammar.ts reports it); nothing is guessed.
 */
import { isIsoDate } from '../calendar/dates.ts';
import type { ClaimWindow } from './claim.ts';
import { resolveSubject } from './names.ts';

/** Options of the grammar: the event that "the election" refers to, and the as-of date for "since". */
export interface GrammarOptions {
  /** ISO date of the event a sentence names by words ("the election"). */
  event?: string;
  /** ISO end date for "since EVENT" sentences that give none. */
  to?: string;
  /** Prefix of claim ids; defaults to 'line'. */
  idPrefix?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
};

/** Thrown when a phrase does not pin down what it means; the grammar reports the line as ambiguous. */
export class Ambiguous extends Error {}

/**
 * An ISO date from '2016-11-08', 'Nov. 8, 2016', 'November 8 2016' or '8 November 2016'; null if none.
 * @example parseDatePhrase('Nov. 8, 2016') // '2016-11-08'
 */
export function parseDatePhrase(s: string): string | null {
  const t = s.trim().replace(/,/g, '');
  if (isIsoDate(t)) return t;
  let m = /^([a-z]+)\.? (\d{1,2}) (\d{4})$/i.exec(t);
  let mon: string | undefined;
  let day: string | undefined;
  let year: string | undefined;
  if (m) [, mon, day, year] = m;
  else {
    m = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/i.exec(t);
    if (m) [, day, mon, year] = m;
  }
  if (!mon || !day || !year) return null;
  const i = MONTHS.indexOf(mon.slice(0, 3).toLowerCase());
  if (i < 0) return null;
  const iso = `${year}-${String(i + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * The ISO date an event phrase names: a date, or a name ("the election") resolved to --event.
 * @example eventDate('the election', { event: '2016-11-08' }) // '2016-11-08'
 */
export function eventDate(phrase: string, o: GrammarOptions): string {
  const d = parseDatePhrase(phrase);
  if (d) return d;
  if (!/^(the |election day)/i.test(phrase.trim()))
    throw new Ambiguous(`cannot read the event ${JSON.stringify(phrase)}`);
  if (!o.event)
    throw new Ambiguous(`names an event (${JSON.stringify(phrase.trim())}) but no --event DATE was given`);
  return o.event;
}

/**
 * A count of days in words or digits: 'three' → 3.
 * @example count('three') // 3
 */
export function count(word: string): number {
  const n = NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
  if (!Number.isInteger(n) || n < 1)
    throw new Ambiguous(`cannot read the number of days ${JSON.stringify(word)}`);
  return n;
}

/**
 * The index or fund id a phrase names ('the Russell 2000' → '^RUT'); Ambiguous if none.
 * @example subject('the S&P 500') // '^GSPC'
 */
export function subject(phrase: string): string {
  const id = resolveSubject(phrase);
  if (!id) throw new Ambiguous(`does not name a known index or fund: ${JSON.stringify(phrase.trim())}`);
  return id;
}

/**
 * A French size portfolio from words: 'the smallest 10%' → 'Lo 10', 'the largest quintile' → 'Hi 20'.
 * @example bucket('the smallest decile') // 'Lo 10'
 */
export function bucket(phrase: string): string {
  const p = phrase
    .trim()
    .toLowerCase()
    .replace(/ of (us |u\.s\. )?(stocks|companies|firms)$/, '');
  const m =
    /^(?:the )?(smallest|bottom|largest|top) (10|20|30)%$/.exec(p) ??
    /^(?:the )?(smallest|bottom|largest|top) (decile|quintile)$/.exec(p);
  if (m) {
    const n = m[2] === 'decile' ? '10' : m[2] === 'quintile' ? '20' : m[2];
    return `${m[1] === 'smallest' || m[1] === 'bottom' ? 'Lo' : 'Hi'} ${n}`;
  }
  const f = /^(lo|hi) (10|20|30)$/i.exec(p);
  if (f) return `${f[1][0].toUpperCase()}${f[1][1].toLowerCase()} ${f[2]}`;
  if (/small[- ]?caps?|smaller (companies|stocks)|small stocks/.test(p)) {
    throw new Ambiguous(
      `${JSON.stringify(phrase.trim())} names no size portfolio; say "the smallest 10%" (French decile) or "the smallest 30%"`,
    );
  }
  if (/(smallest|largest) \d+%/.test(p))
    throw new Ambiguous(`no French size portfolio for ${JSON.stringify(phrase.trim())}; use 10%, 20% or 30%`);
  throw new Ambiguous(`does not name a size portfolio: ${JSON.stringify(phrase.trim())}`);
}

/**
 * The fund category a phrase names: 'small-cap' → 'US small cap'; Ambiguous otherwise.
 * @example category('Small-cap') // 'US small cap'
 */
export function category(phrase: string): string {
  const p = phrase
    .trim()
    .toLowerCase()
    .replace(/^(us |u\.s\. )/, '');
  if (/^small[- ]cap$/.test(p)) return 'US small cap';
  if (/^mid[- ]cap$/.test(p)) return 'US mid cap';
  if (/^large[- ]cap$/.test(p)) return 'US large cap';
  throw new Ambiguous(
    `does not name a fund category: ${JSON.stringify(phrase.trim())}; say "small-cap", "mid-cap" or "large-cap"`,
  );
}

/**
 * The window phrase after the number: since EVENT [through DATE] | in MONTH YEAR | over K days after EVENT.
 * @example windowOf('in November 2016', {}) // { kind: 'month', month: '2016-11' }
 */
export function windowOf(phrase: string, o: GrammarOptions): ClaimWindow {
  const p = phrase.trim();
  let m = /^since (.+?)(?:,? \(?(?:through|to|as of|until) ([^)]+)\)?)?$/i.exec(p);
  if (m) {
    const to = m[2] ? parseDatePhrase(m[2]) : (o.to ?? null);
    if (m[2] && !to) throw new Ambiguous(`cannot read the end date ${JSON.stringify(m[2])}`);
    return { kind: 'since', event: eventDate(m[1], o), to: to ?? undefined };
  }
  m =
    /^(?:over|in|during) (?:the )?(?:first )?(\w+) (?:trading )?(?:days|sessions)(?: (?:after|since|following) (.+))?$/i.exec(
      p,
    );
  if (m) {
    if (!m[2] && !o.event)
      throw new Ambiguous('says how many days but not after what: add "after EVENT" or --event');
    return {
      kind: 'sessions',
      event: m[2] ? eventDate(m[2], o) : (o.event as string),
      sessions: count(m[1]),
    };
  }
  m = /^on the (?:first )?(?:trading )?day (?:after|following) (.+)$/i.exec(p);
  if (m) return { kind: 'sessions', event: eventDate(m[1], o), sessions: 1 };
  m = /^in ([a-z]+) (\d{4})$/i.exec(p);
  if (m) {
    const i = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase());
    if (i >= 0) return { kind: 'month', month: `${m[2]}-${String(i + 1).padStart(2, '0')}` };
  }
  throw new Ambiguous(`cannot read the period ${JSON.stringify(p)}`);
}
