/**
 * What a table's column header says: the period its cells cover, as a phrase the sentence reader knows
 * ("Friday" → "on Friday", "Since election" → "since the election", "YTD" → "year to date", "Q4" → "in
 * Q4", "Fri" → "on Friday", "Nov. 9" → "on Nov. 9", "November" → "in November", "2016" → "in 2016", "1 day" → "on the day",
 * "Week" → "this week", "5 days" → "in the past 5 sessions"), and the unit it states ("%", "(%)", "pct",
 * "per cent", "percent" → percent; "pp", "points" → pp; "bp" → bp). Words that name the measure and not
 * the period ("Return", "Change", "% chg", "Price return", "Perf.") give no phrase: the caption's window
 * or the default applies.
 */
import { DATE_RE, MONTH_RE } from './dates.ts';

const MEASURE =
  /\b(?:total\s+|price\s+)?(?:returns?|change|chg|perf(?:ormance)?\.?|move|gain|loss|pct|percent|per\s?cent|pp|points|bps?|level|close)\b|\(%\)|%|\(|\)/gi;

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

/**
 * The period phrase of a header or row label: a phrase when it names a period, null when it names only
 * the measure ("Return", "% chg"), undefined when it is something else (a name: "Russell 2000").
 * @example periodPhrase('Nov. 9') // 'on Nov. 9'
 * @example periodPhrase('Russell 2000') // undefined
 */
export function periodPhrase(header: string): string | null | undefined {
  const h = header.replace(MEASURE, ' ').replace(/\s+/g, ' ').trim();
  const l = h.toLowerCase();
  if (!l) return null;
  if (/^(?:ytd|year[- ]to[- ]date)$/.test(l)) return 'year to date';
  if (/^(?:mtd|month[- ]to[- ]date)$/.test(l)) return 'month to date';
  if (/^(?:wtd|week[- ]to[- ]date)$/.test(l)) return 'week to date';
  if (/^(?:qtd|quarter[- ]to[- ]date)$/.test(l)) return 'quarter to date';
  if (/^(?:1|one)[- ]?d(?:ay)?$|^(?:day|today|session|on the day|daily)$/.test(l)) return 'on the day';
  if (/^(?:1|one)?[- ]?w(?:ee)?k$|^(?:this|the) week$/.test(l)) return 'this week';
  if (/^(?:this |the )?month$/.test(l)) return 'this month';
  const days = /^(\d{1,2})[- ]?(?:d|days?|sessions?|trading days?)$/.exec(l);
  if (days) return `in the past ${days[1]} sessions`;
  if (/^since (?:the )?(?:election|vote|referendum|decision|event|midterms?)(?: day)?$/.test(l))
    return `since the ${l.replace(/^since (?:the )?/, '')}`;
  if (/^(?:since|in|on|over|during|for|through|from|after|so far|the)\b/.test(l)) return h;
  if (/^(?:q[1-4]|[1-4]q)(?:\s*'?\d{2,4})?$|^(?:first|second|third|fourth) quarter/.test(l)) return `in ${h}`;
  if (new RegExp(`^(?:${DATE_RE})$`, 'i').test(h) && !/^(?:mon|tues|wednes|thurs|fri)day$/i.test(h))
    return `on ${h}`;
  if (/^(?:mon|tues|wednes|thurs|fri)day$/.test(l)) return `on ${h}`;
  const day = /^(mon|tue|tues|wed|thu|thur|thurs|fri)\.?$/.exec(l)?.[1];
  if (day)
    return `on ${{ mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday' }[day.slice(0, 3)]}`;
  if (new RegExp(`^(?:${MONTH_RE})(?:\\s+\\d{4})?$`, 'i').test(h)) return `in ${h}`;
  if (/^(?:19|20)\d\d$/.test(l)) return `in ${h}`;
  return undefined;
}

/**
 * What a column's cells are: a level (an index close, a price, assets: never a change), index points, or a
 * change (a return, the default).
 * @example columnKind('Close') // 'level'
 * @example columnKind('Pts chg') // 'points'
 */
export function columnKind(header: string): 'level' | 'points' | 'change' {
  const h = header.toLowerCase();
  if (/%|percent|per\s?cent|\bpct\b|return|perf/.test(h)) return 'change';
  if (/\b(?:pts?|points?)\b/.test(h) && !/percentage\s+points?|\bpp\b/.test(h)) return 'points';
  const words = h
    .replace(/\([^)]*\)|[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (
    /^(?:index\s+)?(?:close|closing(?:\s+(?:level|price))?|last(?:\s+price)?|level|price|value|nav|high|low|open|aum|assets|volume|shares(?:\s+outstanding)?|market\s+cap(?:itali[sz]ation)?)$/.test(
      words,
    )
  )
    return 'level';
  return 'change';
}
