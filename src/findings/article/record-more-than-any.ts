/**
 * A record told as a comparison with every earlier period: "Small caps rose more in November than in any month
 * since 2008", "took in $10.2bn, more than any week on record" (the best on record), "fell further last week than in any week since March 2020", "a week in which they rose more than
 * in any week since April" (the last April before the article's month), "gained more this month than in any
 * other month since 2008": the biggest gain (loss) of its period since then, as "their best month since 2008"
 * reads (./records.ts). The period the move is over ("in November", "last week") is the claim's window, read
 * apart; the hit spans the words from the comparison on ("than in any month since 2008"). Set off after a
 * number ("gained 11% in November, more than in any month since 2008"), the sentence's verb gives the direction.
 * And a record told before its number: "poured a record $6.5 billion into small-cap ETFs" (the best on record);
 * one told by the only year that beat it: "Only 2020 saw a bigger post-election rally in small caps" (second
 * among the elections).
 */
import type { RecordPhrase } from '../claim-read.ts';
import { lastMonthBefore, MONTH_RE } from './dates.ts';
import { LOSS as RECORD_LOSS } from './record-words.ts';
import type { RecordHit } from './records.ts';
import { findVerbs } from './verbs.ts';

const GAIN = 'rose|risen|gained|rallied|climbed|advanced|jumped|surged|soared|outperformed|did\\s+better';
const LOSS = 'fell|fallen|dropped|lost|declined|slid|slumped|tumbled|sank|underperformed|did\\s+worse';
/**
 * "… any month since 2008", "since March 2020", "since April", "… any week on record": groups period, year |
 * month, year | on record.
 */
const ANY = `any\\s+(?:other\\s+|single\\s+|previous\\s+|prior\\s+)?(day|session|week|month|quarter|year)\\s+(?:since\\s+(?:((?:19|20)\\d\\d)|(${MONTH_RE})(?:\\s+((?:19|20)\\d\\d))?)|(on\\s+record|ever|in\\s+(?:its|their|the\\s+[\\w'’]+)\\s+history))\\b`;

const MORE_THAN_ANY = new RegExp(
  `\\b(?:${GAIN}|(${LOSS}))\\s+(?:by\\s+)?(?:more|further|harder|faster)\\b[^.;:!?]{0,60}?\\b(than\\s+(?:(?:in|on|during|over|at)\\s+)?${ANY})`,
  'gi',
);
/** ", more than in any month since 2008" set off after a move. */
const APPOSITE = new RegExp(`(?<=[,—–(]\\s*)(more\\s+than\\s+(?:(?:in|on|during|over)\\s+)?${ANY})`, 'gi');
/** A fall or money out right before ("SPY shed $2.1bn, the most …", "fell 4%, more than in …"): the last verb's sign. */
const fellBefore = (text: string, at: number): boolean => findVerbs(text.slice(0, at)).pop()?.sign === -1;

/**
 * Every "rose more … than in any month since 2008" in `text`; a month with no year needs the article's date.
 * @example moreThanAny('Small caps rose more in November than in any month since 2008')[0].record // { kind: 'biggest-since', sinceYear: 2008, period: 'month', direction: 'gain', … }
 */
export function moreThanAny(text: string, refDate?: string): RecordHit[] {
  const out: RecordHit[] = [];
  const hit = (start: number, end: number, words: string, g: string[], loss: boolean) => {
    const [period, year, month, monthYear, ever] = g;
    const yearless = month && !monthYear ? lastMonthBefore(month, refDate) : undefined;
    if (month && !monthYear && !yearless) return;
    const kind = loss ? 'worst-on-record' : 'best-on-record'; // "more than any week on record"
    out.push({
      start,
      end,
      record: {
        ...(ever
          ? { kind }
          : { kind: 'biggest-since', sinceYear: Number(year ?? monthYear ?? yearless?.slice(0, 4)) }),
        ...(yearless ? { sinceMonth: yearless } : {}),
        period: period.toLowerCase().replace('session', 'day') as RecordPhrase['period'],
        direction: loss ? 'loss' : 'gain',
        words,
      },
    });
  };
  for (const m of text.matchAll(MORE_THAN_ANY)) {
    const end = m.index + m[0].length;
    hit(end - m[2].length, end, m[0], m.slice(3), m[1] !== undefined);
  }
  for (const m of text.matchAll(APPOSITE)) {
    if (out.some((h) => m.index < h.end && m.index + m[0].length > h.start)) continue;
    hit(m.index, m.index + m[0].length, m[0], m.slice(2), fellBefore(text, m.index));
  }
  return out;
}

/** "a record $6.5 billion", "a record 4.2%": the words before a number that make it the best on record. */
const RECORD_AMOUNT =
  /\ba\s+(?:new\s+|fresh\s+)?record(?:[- ]breaking)?(?=\s+(?:[$£€]\s?\d|\d[\d.,]*\s*(?:%|per\s?cent|percent|bn\b|billion|million)))/gi;

/**
 * Every "a record $6.5 billion" in `text`: the best on record (its period the claim's), a loss when a loss's
 * word follows the number ("a record 5% drop").
 * @example recordAmount('Investors poured a record $6.5 billion into small-cap ETFs')[0].record // { kind: 'best-on-record', … }
 */
export function recordAmount(text: string): RecordHit[] {
  return [...text.matchAll(RECORD_AMOUNT)].map((m) => {
    // The words after the number: "a record 8% drop", "a record $3 billion in outflows", "a record 8% slide".
    const next = /^\s+\S+(?:\s+\S+){0,2}/.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    const loss = RECORD_LOSS.test(next) || /\b(?:slide|slump|withdrawals?)\b/i.test(next);
    return {
      start: m.index,
      end: m.index + m[0].length,
      record: {
        kind: loss ? 'worst-on-record' : 'best-on-record',
        direction: loss ? 'loss' : 'gain',
        words: m[0],
      },
    };
  });
}

/** "the most for any single week this year", "the biggest of any month in 2024": the first of the year's periods. */
const ANY_THIS_YEAR =
  /\bthe\s+(most|biggest|largest|best|worst|weakest)\s+(?:for|of|in)\s+any\s+(?:other\s+|single\s+)?(day|session|week|month|quarter)\s+(?:(?:so\s+far\s+)?this\s+year|of\s+the\s+year|in\s+((?:19|20)\d\d))\b/gi;

/**
 * Every "the most for any single week this year" in `text`: the top place among the year's periods so far
 * (`refYear`, the article's year, unless a year is named), a loss after a fall or an outflow.
 * @example anyThisYear('IWM took in $3bn, the most for any single week this year', 2024)[0].record // { kind: 'rank', rank: 1, from: '2024-01-01', period: 'week', … }
 */
export function anyThisYear(text: string, refYear?: number): RecordHit[] {
  return [...text.matchAll(ANY_THIS_YEAR)].flatMap((m) => {
    const year = m[3] ?? refYear;
    if (!year) return [];
    const loss = /worst|weakest/i.test(m[1]) || fellBefore(text, m.index);
    const period = m[2].toLowerCase().replace('session', 'day') as RecordPhrase['period'];
    const record = { kind: 'rank' as const, rank: 1, from: `${year}-01-01`, period, words: m[0] };
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        record: { ...record, direction: loss ? ('loss' as const) : ('gain' as const) },
      },
    ];
  });
}

/** "Only 2020 saw a bigger post-election rally", "only in 2008 was there a steeper post-election drop". */
const ONLY_YEAR =
  /\bonly\s+(?:in\s+)?(?:19|20)\d\d\s+(?:saw|had|brought|produced|delivered|was\s+there)\s+(?:an?\s+)?(bigger|larger|stronger|better|sharper|steeper|deeper|worse)\s+post[- ]?(?:election|vote)\s+(rally|gain|rise|advance|surge|jump|drop|fall|decline|slide|sell-?off|loss)\b/gi;

/**
 * "Only 2020 saw a bigger post-election rally in small caps": the stretch after the article's election ranks
 * second among the elections (the sessions since it, as "the second-biggest post-election rally" reads).
 * @example onlyBigger('Only 2020 saw a bigger post-election rally in small caps.')[0].record // { kind: 'rank', rank: 2, amongEvents: true, … }
 */
export function onlyBigger(text: string): RecordHit[] {
  return [...text.matchAll(ONLY_YEAR), ...onlyDid(text)].map((m) => {
    const loss = /deeper|worse/i.test(m[1]) || RECORD_LOSS.test(m[2]) || /slide|sell/i.test(m[2]);
    const period = m[3]?.toLowerCase().replace('session', 'day') as RecordPhrase['period'] | undefined;
    const record: RecordPhrase = {
      kind: 'rank',
      rank: 2,
      amongEvents: true,
      ...(period ? { period } : {}), // "… in the week after an election"
      direction: loss ? 'loss' : 'gain',
      words: m[0],
    };
    // (The subject between "did" and the verb is the claim's, outside the record's span: "small caps".)
    const start = (m.index ?? 0) + ((m as { verbAt?: number }).verbAt ?? 0);
    return { start, end: (m.index ?? 0) + m[0].length, record };
  });
}

/** "Only in 2016 did small caps rally more in the week after an election", "only in 2008 did they fall further". */
const ONLY_DID =
  /\bonly\s+in\s+(?:19|20)\d\d\s+(?:did|have|has|had)\s+(?:[\w&.'’-]+\s+){1,5}?(rally|gain|rise|advance|climb|jump|surge|fall|drop|decline|lose|slide|slump)\s+(more|further|harder|faster)\s+(?:in\s+the\s+(day|session|week|month)\s+)?(?:after|following)\s+(?:an?|the|any)\s+(?:(?:us|u\.s\.|presidential)\s+)?(?:election|vote)\b/gi;

/** ONLY_DID's matches as ONLY_YEAR's groups (1: the comparative's side, 2: the move), with the period named. */
function onlyDid(text: string): (RegExpMatchArray & { verbAt: number })[] {
  return [...text.matchAll(ONLY_DID)].map(
    (m) =>
      Object.assign(
        [m[0], /fall|drop|decline|lose|slide|slump/i.test(m[1]) ? 'worse' : 'bigger', m[1], m[3]],
        {
          index: m.index,
          verbAt: m[0].search(new RegExp(`\\b${m[1]}\\s+${m[2]}\\b`, 'i')),
        },
      ) as unknown as RegExpMatchArray & { verbAt: number },
  );
}
