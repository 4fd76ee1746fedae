/**
 * A small grammar for claim sentences (one per line), turning each into claims or an 'ambiguous' with the
 * reason. Forms (case-insensitive; EVENT is a date like "Nov. 8, 2016" or a name like "the election",
 * which then needs --event):
 *   1. SUBJECT (has) returned|gained|rose|fell|lost… Y% since EVENT [(through|to|as of) DATE]
 *      [, against Z% for SUBJECT2]
 *   2. SUBJECT returned|rose|fell… Y% over the (first) K (trading) days|sessions after EVENT;
 *      … on the first trading day after EVENT
 *   3. the smallest N% beat|outperformed|trailed|lagged the largest N% by Y(%| percentage points)
 *      since EVENT [through DATE] | in MONTH YEAR | over the (first) K days after EVENT
 *   4. BUCKET beat|outperformed|trailed|lagged the market|the S&P 500 by Y(%|pp) over (the first) K days
 *      [after EVENT]   (BUCKET: the smallest|largest N%, the smallest|largest decile|quintile, Lo 10, Hi 20…)
 *   5. CATEGORY ETFs|funds took in|drew|attracted|saw (net) inflows|outflows|flows of $X (billion|million)
 *      in a|the week [after|of EVENT | ended DATE];  also "CATEGORY flows of $X in a week"
 * Anything else, or any phrase that does not name one thing (e.g. "small caps", which names no size
 * portfolio), is reported as ambiguous: the grammar never guesses.
 */
import { isIsoDate } from '../calendar/dates.ts';
import type { Claim, ClaimConventions, ClaimWindow } from './claim.ts';
import { parseStated, toleranceOf } from './claim.ts';
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

/** A parsed line: its claims, or why it is ambiguous. */
export type ParsedLine = { text: string; claims: Claim[] } | { text: string; ambiguous: string };

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
const UP = 'returned|gained|rose|risen|climbed|jumped|surged|rallied|advanced|is up|was up|has risen|added';
const DOWN = 'fell|fallen|lost|dropped|declined|slid|is down|was down|slumped';
const BEAT = 'beat|outperformed|outpaced';
const TRAIL = 'trailed|lagged|underperformed';

class Ambiguous extends Error {}

/** An ISO date from '2016-11-08', 'Nov. 8, 2016', 'November 8 2016' or '8 November 2016'; null if none. */
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

function eventDate(phrase: string, o: GrammarOptions): string {
  const d = parseDatePhrase(phrase);
  if (d) return d;
  if (!/^(the |election day)/i.test(phrase.trim()))
    throw new Ambiguous(`cannot read the event ${JSON.stringify(phrase)}`);
  if (!o.event)
    throw new Ambiguous(`names an event (${JSON.stringify(phrase.trim())}) but no --event DATE was given`);
  return o.event;
}

function count(word: string): number {
  const n = NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
  if (!Number.isInteger(n) || n < 1)
    throw new Ambiguous(`cannot read the number of days ${JSON.stringify(word)}`);
  return n;
}

function subject(phrase: string): string {
  const id = resolveSubject(phrase);
  if (!id) throw new Ambiguous(`does not name a known index or fund: ${JSON.stringify(phrase.trim())}`);
  return id;
}

/** A French size portfolio from words: 'the smallest 10%' → 'Lo 10', 'the largest quintile' → 'Hi 20'. */
function bucket(phrase: string): string {
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

function category(phrase: string): string {
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

/** The window phrase after the number: since EVENT [through DATE] | in MONTH YEAR | over K days after EVENT. */
function windowOf(phrase: string, o: GrammarOptions): ClaimWindow {
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

function stated(num: string, unit: 'percent' | 'pp', sign: number) {
  const s = parseStated(`${num}${unit === 'percent' ? '%' : 'pp'}`);
  return { stated: sign * s.value, unit: s.unit, tolerance: s.tolerance };
}

function claim(
  id: string,
  text: string,
  body: Omit<Claim, 'id' | 'text' | 'conventions'> & { conventions?: ClaimConventions },
): Claim {
  return { id, text, conventions: {}, ...body };
}

const NUM = '([+-]?\\d+(?:\\.\\d+)?)';

function parseOne(text: string, id: string, o: GrammarOptions): Claim[] {
  const s = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '');
  // 3. spread: the smallest N% beat the largest N% by Y …
  let m = new RegExp(
    `^(the (?:smallest|bottom) [^ ]+(?: of (?:us )?stocks)?) (${BEAT}|${TRAIL}) (the (?:largest|top) [^ ]+(?: of (?:us )?stocks)?) by ${NUM}( ?%| percentage points?| pp| points?)? (.+)$`,
    'i',
  ).exec(s);
  if (m) {
    const small = bucket(m[1]);
    const large = bucket(m[3]);
    if (small.slice(3) !== large.slice(3))
      throw new Ambiguous(`compares ${small} with ${large}: groups of different sizes`);
    const sign = new RegExp(`^(${TRAIL})$`, 'i').test(m[2]) ? -1 : 1;
    return [
      claim(id, text, {
        metric: 'spread',
        subjects: [small, large],
        window: windowOf(m[6], o),
        ...stated(m[4], 'pp', sign),
      }),
    ];
  }
  // 4. bucket vs the market
  m = new RegExp(
    `^(.+?) (${BEAT}|${TRAIL}) (the market|the broad market|the s&p 500) by ${NUM}( ?%| percentage points?| pp| points?)? (.+)$`,
    'i',
  ).exec(s);
  if (m) {
    const p = bucket(m[1]);
    const sign = new RegExp(`^(${TRAIL})$`, 'i').test(m[2]) ? -1 : 1;
    const conventions: ClaimConventions = /s&p/i.test(m[3]) ? { market: '^GSPC' } : {};
    return [
      claim(id, text, {
        metric: 'excess-return',
        subjects: [p],
        window: windowOf(m[6], o),
        conventions,
        ...stated(m[4], 'pp', sign),
      }),
    ];
  }
  // 5. flows
  m =
    /^(?:the )?(.+?)(?: etfs| funds| exchange-traded funds)? (?:(?:took in|drew|attracted|saw|had|recorded|posted) (?:net )?)?(inflows|outflows|flows) of (-)?\$(\d[\d,]*(?:\.\d+)?) ?(billion|million|bn|m)? in (?:a|one|the) week(?: (?:after|following|of) (.+?)| ended (.+))?$/i.exec(
      s,
    );
  if (m) {
    const cat = category(m[1]);
    const v = parseStated(`$${m[4]} ${m[5] ?? ''}`.trim());
    const sign = m[2].toLowerCase() === 'outflows' || m[3] ? -1 : 1;
    let window: ClaimWindow;
    if (m[7]) {
      const d = parseDatePhrase(m[7]);
      if (!d) throw new Ambiguous(`cannot read the week end ${JSON.stringify(m[7])}`);
      window = { kind: 'week', weekEnd: d };
    } else if (m[6]) window = { kind: 'week', event: eventDate(m[6], o) };
    else if (o.event) window = { kind: 'week', event: o.event };
    else
      throw new Ambiguous('says "in a week" but not which week: add "after EVENT", "ended DATE" or --event');
    return [
      claim(id, text, {
        metric: 'flow',
        subjects: [cat],
        window,
        stated: sign * v.value,
        unit: 'usd',
        tolerance: v.tolerance,
      }),
    ];
  }
  // 1–2. index or fund returns, optionally ", against Z% for SUBJECT2"
  let against: { num: string; subj: string } | undefined;
  let body = s;
  const vs = new RegExp(
    `^(.*?),? (?:against|compared with|versus|vs\\.?) (?:a (?:gain|loss) of )?${NUM}% for (.+)$`,
    'i',
  ).exec(s);
  if (vs) {
    body = vs[1];
    against = { num: /against a loss of/i.test(s) ? `-${vs[2]}` : vs[2], subj: vs[3] };
  }
  m = new RegExp(`^(?:index )?(.+?) (?:has |have )?(${UP}|${DOWN}) (?:by )?${NUM}% (.+)$`, 'i').exec(body);
  if (m) {
    const sign = new RegExp(`^(?:has |have )?(${DOWN})$`, 'i').test(m[2]) ? -1 : 1;
    const window = windowOf(m[4], o);
    const out = [
      claim(id, text, {
        metric: 'return',
        subjects: [subject(m[1])],
        window,
        ...stated(m[3], 'percent', sign),
      }),
    ];
    if (against) {
      const v = Number(against.num);
      out.push(
        claim(`${id}b`, text, {
          metric: 'return',
          subjects: [subject(against.subj)],
          window,
          stated: v,
          unit: 'percent',
          tolerance: toleranceOf(against.num.replace('-', '')),
        }),
      );
    }
    return out;
  }
  throw new Ambiguous('does not match any claim form capgap reads (see docs/report.md, "Claim sentences")');
}

/**
 * Parses one sentence into claims, or says why it is ambiguous.
 * @example parseClaimText('The Russell 2000 has returned 8.95% since Nov. 8, 2016, through Nov. 15, 2016') // { claims: [ … ] }
 */
export function parseClaimText(text: string, options: GrammarOptions = {}, index = 0): ParsedLine {
  const id = `${options.idPrefix ?? 'line'}-${index + 1}`;
  try {
    return { text, claims: parseOne(text, id, options) };
  } catch (err) {
    if (err instanceof Ambiguous) return { text, ambiguous: err.message };
    throw err;
  }
}

/**
 * Parses a text file of claim sentences, one a line; blank lines and lines starting with '#' are skipped.
 * @example parseClaimLines('IWM rose 4.7% over the first two sessions after the election', { event: '2016-11-08' })
 */
export function parseClaimLines(text: string, options: GrammarOptions = {}): ParsedLine[] {
  const out: ParsedLine[] = [];
  let n = 0;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    out.push(parseClaimText(line.trim(), options, n++));
  }
  return out;
}
