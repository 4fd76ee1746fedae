/**
 * What a table's column header says: the period its cells cover, as a phrase the sentence reader knows
 * ("Friday" → "on Friday", "Since election" → "since the election", "YTD" → "year to date", "Q4" → "in
 * Q4", "Fri" → "on Friday", "Nov. 9" → "on Nov. 9", "November" → "in November", "2016" → "in 2016", "1 day"
 * → "on the day", "Week", "Weekly return", "Weekly flows ($bn)" → "this week", "5 days" → "in the past 5
 * sessions"), and the unit it states ("%", "(%)", "pct", "per cent", "percent" → percent; "pp", "points" →
 * pp; "bp" → bp). Words that name the measure and not the period ("Return", "Change", "% chg", "Price
 * return", "Perf.", "Flows", "($bn)") give no phrase: the caption's window or the default applies.
 */
import { DATE_RE, isWeekdayName, MONTH_RE } from './dates.ts';
import { NOT_A_RETURN } from './not-a-claim.ts';

const MEASURE =
  /\bnet\s+(?=(?:chg|change|ch)\b)|\b(?:total\s+|price\s+)?(?:returns?|change|chg|perf(?:ormance)?\.?|move|gain|loss|pct|percent|per\s?cent|pp|points|pts|bps?|level|close)\b|\b(?:net\s+|fund\s+)?(?:in)?flows?\b|\(\s*[$£€]?\s*,?\s*(?:bn|b|mn|mm|m|billions?|millions?)?\s*\)|[$£€]|\b(?:bn|mn|mm|billions?|millions?)\b|\(%\)|%|\(|\)/gi;

/**
 * The unit a piece of text states, or undefined.
 * @example unitOf('Change (%)') // 'percent'
 */
export function unitOf(text: string): string | undefined {
  if (/%|\bpct\b|\bper\s?cent\b|\bpercent(?:age)?\s+change\b|\bpercent\b/i.test(text)) {
    if (/\bpercentage\s+points?\b/i.test(text)) return 'pp';
    return 'percent';
  }
  if (/\bpp\b|\bpercentage\s+points?\b|\bpoints?\s+(?:difference|gap)\b/i.test(text)) return 'pp';
  if (/\bbps?\b|\bbasis\s+points?\b/i.test(text)) return 'bp';
  return undefined;
}

/**
 * The period phrase of a column header, or null when it names none.
 * @example columnPhrase('Since election') // 'since the election'
 */
export function columnPhrase(header: string): string | null {
  const p = periodPhrase(header);
  return p === undefined ? header.replace(MEASURE, ' ').replace(/\s+/g, ' ').trim() : p;
}

const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/**
 * A trailing period to the article's date: "1M", "3-month", "3 mo" → "over the past 3 months"; "1Y", "12M",
 * "3-year" → months or years; "1W", "1-week", "4 wks", "52-week", "52W" → "over the past N weeks" (7 × N
 * calendar days; "1W" is "the past week", five sessions). Undefined when the header is not one.
 */
function trailingPhrase(l: string): string | undefined {
  const m = /^(\d{1,2})[- ]?(m|mo|mos|mth|mths|months?|y|yr|yrs|years?|w|wk|wks|weeks?)$/.exec(l);
  if (!m) return undefined;
  const n = Number(m[1]);
  const u = m[2][0];
  if (u === 'w') return n === 1 ? 'over the past week' : `over the past ${n} weeks`;
  if (u === 'y') return n === 1 ? 'over the past year' : `over the past ${n} years`;
  return n === 1 ? 'over the past month' : `over the past ${n} months`;
}

/** "Since 11/8" (US month/day; day/month when the first number is over 12), "Since 11/8/16" → "since Nov. 8, 2016". */
function sinceSlash(m: RegExpExecArray): string | null {
  let [mo, d] = [Number(m[1]), Number(m[2])];
  if (mo > 12) [mo, d] = [d, mo];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const y = m[3] ? (m[3].length === 2 ? `20${m[3]}` : m[3]) : '';
  return `since ${MONTHS[mo - 1]} ${d}${y ? `, ${y}` : ''}`;
}

/**
 * The period phrase of a header or row label: a phrase when it names a period, null when it names only
 * the measure ("Return", "% chg"), undefined when it is something else (a name: "Russell 2000").
 * @example periodPhrase('Nov. 9') // 'on Nov. 9'
 * @example periodPhrase('Russell 2000') // undefined
 */
export function periodPhrase(header: string): string | null | undefined {
  const h = header
    .replace(MEASURE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '');
  const l = h.toLowerCase();
  if (!l) return null;
  // An event study's window: "CAR [0,+2]", "AR (-1,+1)", "[0, +5]".
  const ev =
    /^(?:c?ar|abnormal|cumulative abnormal|excess)?\s*[[(]\s*([+-]?\d{1,2})\s*,\s*\+?(\d{1,2})\s*[\])]$/.exec(
      l,
    );
  if (ev) return `over days ${Number(ev[1])} to +${ev[2]}`;
  if (/^(?:ytd|year[- ]to[- ]date)$/.test(l)) return 'year to date';
  if (/^(?:mtd|month[- ]to[- ]date)$/.test(l)) return 'month to date';
  if (/^(?:wtd|week[- ]to[- ]date)$/.test(l)) return 'week to date';
  if (/^(?:qtd|quarter[- ]to[- ]date)$/.test(l)) return 'quarter to date';
  if (/^(?:1|one)[- ]?d(?:ay)?$|^(?:day|today|session|on the day|daily)$/.test(l)) return 'on the day';
  if (/^w(?:ee)?k$|^(?:this|the) week$|^weekly$/.test(l)) return 'this week';
  const trailing = trailingPhrase(l);
  if (trailing) return trailing;
  if (/^(?:this |the )?month$|^monthly$/.test(l)) return 'this month';
  const days = /^(\d{1,2})[- ]?(?:d|days?|sessions?|trading days?)$/.exec(l);
  if (days) return `in the past ${days[1]} sessions`;
  if (/^since (?:the )?(?:election|vote|referendum|decision|event|midterms?)(?: day)?$/.test(l))
    return `since the ${l.replace(/^since (?:the )?/, '')}`;
  const slash = /^since (\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(l);
  if (slash) return sinceSlash(slash);
  if (/^(?:since|in|on|over|during|for|through|from|after|so far|the)\b/.test(l)) return h;
  // A row after the event: "Election Day", "Election week", "Day after", "Week after the vote".
  if (/^(?:election|vote) day$/.test(l)) return 'on Election Day';
  if (/^(?:election|vote) week$/.test(l)) return 'in election week';
  const after = /^(day|session|week|month) after(?: the (election|vote))?$/.exec(l);
  if (after)
    return `${after[1] === 'week' || after[1] === 'month' ? 'in' : 'on'} the ${after[1]} after the ${after[2] ?? 'election'}`;
  // A label's gloss in brackets: "Nov. 6 (day after the vote)" is Nov. 6.
  const gloss = /^(.+?)\s*\([^()]*\)$/.exec(header.trim());
  if (gloss) return periodPhrase(gloss[1]);
  // "Week ended Nov. 8", "Week to Nov. 8"; "Election Day close to Dec. 31", "Nov. 5 close to Dec. 31" (its
  // "close" gone with the measures).
  if (new RegExp(`^week (?:ended|ending|to|through) (?:${DATE_RE})$`, 'i').test(h)) return `in the ${h}`;
  const span = new RegExp(`^(election day|${DATE_RE})(?:'s)? (?:to|through) (${DATE_RE})$`, 'i').exec(h);
  if (span) return `from the close on ${span[1]} to ${span[2]}`;
  if (/^(?:q[1-4]|[1-4]q)(?:\s*'?\d{2,4})?$|^(?:first|second|third|fourth) quarter/.test(l)) return `in ${h}`;
  if (new RegExp(`^(?:${DATE_RE})$`, 'i').test(h) && !isWeekdayName(h)) return `on ${h}`;
  if (isWeekdayName(l)) return `on ${h}`;
  const day = /^(mon|tue|tues|wed|thu|thur|thurs|fri)\.?$/.exec(l)?.[1];
  if (day)
    return `on ${{ mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday' }[day.slice(0, 3)]}`;
  if (new RegExp(`^(?:${MONTH_RE})(?:\\s+\\d{4})?$`, 'i').test(h)) return `in ${h}`;
  if (/^(?:19|20)\d\d$/.test(l)) return `in ${h}`;
  return undefined;
}

/**
 * What a column's cells are: a level (an index close, "23 June close", a price, assets: never a change), index
 * points, a per cent that is not a return ("Expense ratio", "Yield"), or a change (a return, the default).
 * @example columnKind('Close') // 'level'
 * @example columnKind('Pts chg') // 'points'
 * @example columnKind('Chg', ['Index', 'Close', 'Chg', '%Chg']) // 'points'
 * @example columnKind('Expense ratio') // 'not-a-return'
 */
export function columnKind(
  header: string,
  headers: readonly string[] = [],
): 'level' | 'points' | 'not-a-return' | 'change' {
  const h = header.toLowerCase();
  // A market table's "Chg" (or "Net chg") beside its "%Chg": the net change, in index points.
  if (
    /^(?:net\s+)?(?:chg|change|ch)\.?$/.test(h.trim()) &&
    headers.some((x) => /%.*(?:chg|change)|(?:chg|change).*%/i.test(x))
  )
    return 'points';
  // "Expense ratio", "Yield (%)", "Bid-ask spread": per cents that are not returns.
  if (NOT_A_RETURN.test(h) && !/return|perf/.test(h)) return 'not-a-return';
  if (/%|percent|per\s?cent|\bpct\b|return|perf/.test(h)) return 'change';
  if (/\b(?:pts?|points?)\b/.test(h) && !/percentage\s+points?|\bpp\b/.test(h)) return 'points';
  // "23 June close", "Nov. 8 close": a level on a date.
  const words = h
    .replace(new RegExp(`\\b${MONTH_RE}(?=\\s|$)`, 'g'), ' ')
    .replace(/\([^)]*\)|[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (
    /\b52[- ]?w(?:ee)?k\s+(?:high|low)\b/.test(h) ||
    /^(?:index\s+)?(?:close|closing(?:\s+(?:level|price))?|last(?:\s+price)?|level|price|value|nav|high|low|open|aum|assets|volume|shares(?:\s+outstanding)?|market\s+cap(?:itali[sz]ation)?)$/.test(
      words,
    )
  )
    return 'level';
  return 'change';
}

/** The subject a caption names before its window or measure words: "Russell 2000 after the election" → "Russell 2000". */
function captionSubject(caption: string | undefined): string | undefined {
  const head = caption
    ?.split(/\s+(?:after|since|around|following|before|in|over|during|returns?|performance)\b|\s*[:—–(]/i)[0]
    ?.trim();
  return head || undefined;
}

/**
 * A column's subject in a table whose rows are periods: its header ("Russell 2000"), or over a measure alone
 * ("Return", "% chg") the subject the caption names; undefined when the header is a period.
 * @example columnSubject('Return', 'Russell 2000 after the election') // 'Russell 2000'
 */
export function columnSubject(header: string, caption?: string): string | undefined {
  const p = periodPhrase(header);
  return p === undefined ? header : p === null ? captionSubject(caption) : undefined;
}
