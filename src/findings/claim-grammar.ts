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
import type { Claim, ClaimConventions, ClaimWindow } from './claim.ts';
import { parseStated, toleranceOf } from './claim.ts';
import {
  Ambiguous,
  bucket,
  category,
  eventDate,
  type GrammarOptions,
  parseDatePhrase,
  subject,
  windowOf,
} from './claim-phrases.ts';

export type { GrammarOptions } from './claim-phrases.ts';
export { parseDatePhrase } from './claim-phrases.ts';

/** A parsed line: its claims, or why it is ambiguous. */
export type ParsedLine = { text: string; claims: Claim[] } | { text: string; ambiguous: string };

const UP = 'returned|gained|rose|risen|climbed|jumped|surged|rallied|advanced|is up|was up|has risen|added';
const DOWN = 'fell|fallen|lost|dropped|declined|slid|is down|was down|slumped';
const BEAT = 'beat|outperformed|outpaced';
const TRAIL = 'trailed|lagged|underperformed';

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
