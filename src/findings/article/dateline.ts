/**
 * The article's own date, from its first lines, for "last week", "this month", "on Thursday" and the end of
 * "since" windows when no --to is given. Looked for in the first 1,500 characters, in this order: a
 * timestamp line ("Updated Nov. 10, 2016 4:32 p.m. ET", "Published: 24 June 2016", "Date: 2016-12-09",
 * "Episode 212, recorded Friday, Nov. 11, 2016", "Data as of Nov. 29, 2024"; a data date wins, then the last
 * update over the first publication: the article speaks as of then), a wire dateline ("NEW YORK, Nov 10
 * (Reuters) -", "LONDON, June 27 (Reuters) -", any source in brackets, a release's "NEW YORK, Dec. 2, 2024
 * /PRNewswire/ --"), a line that is only a date (and time; "07-Nov-2024", "2024/11/07", "07.11.2024" too:
 * ./numeric-date.ts; an alert's "🔔 CLOSE 10-Mar-2023 16:00 ET"; a broadcast's "…, Wednesday, December 13,
 * 2023, 5 p.m."), a date before a dash and the lede ("Dec. 2, 2024 — Investors poured …"), a byline or label
 * ending in a date ("By Jane Doe, Reuters, Sept. 20, 2024", "Research note, 30 November 2016") or with its
 * source in parentheses ("Nov. 22, 2016 (Reuters)"), a running header with the date at its right ("US Equity
 * Strategy 10 November 2016", "SMALL-CAP STRATEGY | November 18, 2024 Page 1 of 4"), a headline closing on
 * its date ("Small caps, by the numbers (Nov. 30, 2016)", AP's "… fared Wednesday, 11/6/2024"), then the
 * date the page's markup gives (HTML `<time>`, `article:published_time`), then a month alone ("Annual Letter
 * to Shareholders, January 2026": ./dateline-month.ts). A date without its year takes the year of another
 * date found, else the event's, else the year the article's other dates put it in (./dateline-year.ts:
 * "Election Day, Nov. 8, 2016", "the 2016 election"). Returns where the date came from, so the output can
 * say it; a dateline with no year anywhere is `yearlessDateline`'s to report.
 */
import { monthDateline, unmark } from './dateline-month.ts';
import { datelineYear } from './dateline-year.ts';
import { AGENCY_LEDE, WIRE, YEARLESS_LINE } from './dateline-yearless.ts';
import { MONTH_RE, resolveDate } from './dates.ts';
import { headlineNumericDate, NUMERIC_FULL, numericWords } from './numeric-date.ts';

export { yearlessDateline } from './dateline-yearless.ts';

/** The article's date and the words it was read from. */
export interface ArticleDate {
  date: string;
  source: string;
  /** When the source gave no year: the article's words the year came from ("the 2016 election"). */
  yearFrom?: string;
  /** When the source gave a month alone ("January 2026"): that month; `date` is its last day. */
  month?: string;
}

const FULL = `(?:\\d{4}-\\d{2}-\\d{2}|${NUMERIC_FULL}|${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+\\d{4})`;
/** A full date, or a data date written in figures ("Data as of 11/15/24", month first as US notes write it). */
const STAMPED = `(?:${FULL}|(?<=\\b(?:as\\s+(?:of|at)|through)\\s+)\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})\\b)`;
/** A time before the date: "Published 3:14 PM EST, November 12, 2024". */
const CLOCK = String.raw`\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?`;
const TIMESTAMP = new RegExp(
  `^[^\\n]{0,80}?\\b(updated|last\\s+updated|published|first\\s+published|posted|recorded|taped|aired|broadcast|date|(?:data|prices|figures|returns|performance)\\s+(?:as\\s+(?:of|at)|through)|as\\s+of|as\\s+at)\\b[^\\n\\d]{0,30}?(?:${CLOCK}[^\\n\\d]{0,20}?)?(${STAMPED})`,
  'gim',
);
/** "Data through Dec. 31, 2024." as a sentence in the head (a thread's first post), ending its line. */
const DATA_SENTENCE = new RegExp(
  `(?<=^|[.!?]\\s)\\s*(?:data|prices|figures|returns|performance)\\s+(?:as\\s+(?:of|at)|through)\\s+(${STAMPED})\\.?[ \\t]*$`,
  'im',
);
/**
 * A section, byline or social handle before a bar: "Business | Friday 1 July 2016 18.05 BST", "By Elena Moss | June 30,
 * 2021", "@smallcapdesk · Nov 6, 2024".
 */
export const LABEL_BAR = "(?:(?:@[A-Za-z0-9_]{1,30}|[A-Za-z][A-Za-z .&'-]{0,40})\\s*[|·•]\\s*)?";
/**
 * A byline or label before the date, with commas: "By Jane Doe, Reuters, Sept. 20, 2024", "Research note,
 * 30 November 2016" (words without digits; the rest of the line is the date).
 */
const BYLINE_COMMA = '(?:[^\\n,|\\d%]{1,50},\\s*(?:[^\\n,|\\d%]{1,30},\\s*)?)?';
/** An alert's emoji and one word before its date: "🔔 CLOSE 10-Mar-2023 16:00 ET" (surrogates: no u flag). */
const ALERT =
  '(?:(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[\\u2600-\\u27BF])\\uFE0F?\\s*)?(?:[a-z]{2,12}\\s+(?=\\d))?';
const DATE_LINE = new RegExp(
  `^[\\s*_]*${ALERT}${BYLINE_COMMA}${LABEL_BAR}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(${FULL})(?:,?\\s+(?:at\\s+)?(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.m\\.)(?:\\s+[A-Z]{2,4})?)?(?:\\s*\\([A-Z][A-Za-z .&'-]{1,30}\\))?(?:\\s*[|·/-]\\s*[^\\n%]{0,40})?(?:\\s+page\\s+\\d{1,3}(?:\\s+of\\s+\\d{1,3})?)?[\\s*_]*$`,
  'gim',
);

function clean(phrase: string): string {
  return numericWords(phrase.trim())
    .replace(/\s+/g, ' ')
    .replace(/\.(?=\s)/, '');
}

/**
 * The date an article gives itself, or undefined; a year before 1900 ("27 June 0816", a typo) is no date: no
 * market series reaches back to it, and the article is read as undated.
 * @example articleDate('Updated Nov. 10, 2016 4:32 p.m. ET\n\nNEW YORK (Reuters) - …') // { date: '2016-11-10', source: 'Updated Nov. 10, 2016' }
 */
export function articleDate(
  text: string,
  o: { event?: string; markup?: string } = {},
): ArticleDate | undefined {
  const d = datedBy(text, o);
  return d && d.date >= '1900' ? d : undefined;
}

function datedBy(text: string, o: { event?: string; markup?: string }): ArticleDate | undefined {
  const head = text.slice(0, 1500);
  // A timestamp is a short line of its own, not a sentence ("Data published on Nov. 1, 2016 showed …").
  const lineOf = (at: number) =>
    head.slice(head.lastIndexOf('\n', at) + 1, (head.indexOf('\n', at) + 1 || head.length + 1) - 1);
  const isStampLine = (l: string) =>
    l.length <= 100 && !l.includes('%') && !/[a-z]{3,}[.!?]["”']?\s*$/.test(l);
  const stamps = [...head.matchAll(TIMESTAMP)]
    .filter((m) => isStampLine(lineOf(m.index)))
    .map((m) => ({
      kind: m[1].toLowerCase(),
      date: resolveDate(clean(m[2]), {}),
      source: m[0].slice(m[0].toLowerCase().lastIndexOf(m[1].toLowerCase())).trim(),
    }));
  // "… cutting (Sept. 18, 2024). Data through Dec. 31, 2024.": a data date as a sentence of its own too.
  const said = DATA_SENTENCE.exec(head);
  if (said)
    stamps.push({ kind: 'data through', date: resolveDate(clean(said[1]), {}), source: said[0].trim() });
  // "Data as of Nov. 29, 2024": the day the numbers speak of, before any update or publication.
  const updated =
    stamps.find((s) => s.date && /\bas\s+(?:of|at)\b|through/.test(s.kind)) ??
    stamps.find((s) => s.date && /updated/.test(s.kind)) ??
    stamps.find((s) => s.date);
  if (updated?.date) return { date: updated.date, source: unmark(updated.source) };
  const lines = [...head.matchAll(DATE_LINE)]
    .map((m) => ({ date: resolveDate(clean(m[1]), {}), source: m[0].trim() }))
    .filter((s) => s.date) as ArticleDate[];
  const year = lines[0]?.date.slice(0, 4) ?? o.markup?.slice(0, 4) ?? o.event?.slice(0, 4);
  const wire = WIRE.exec(head);
  WIRE.lastIndex = 0;
  if (wire) {
    const words = wire[0].replace(/\s*[-\u2013\u2014]$/, '').trim();
    const d = resolveDate(clean(wire[1]), year ? { event: `${year}-01-01` } : {});
    if (d) return { date: d, source: words };
    // No year in the dateline, nor a dated line, the page's date or the event: the article's other dates.
    const md = resolveDate(clean(wire[1]), { event: '2000-01-01' })?.slice(5);
    const other = md ? datelineYear(text, md) : undefined;
    if (other) return { date: `${other.year}-${md}`, source: words, yearFrom: other.words };
  }
  if (lines[0]) return lines[0];
  // A dateline with no place, the lede after it: "Dec. 2, 2024 — Investors poured $10.9 billion …",
  // "Dec. 10, 2025 (Bloomberg) -- The Federal Reserve cut …" (a source in parentheses, a double hyphen).
  const placeless = new RegExp(
    `^[\\s*_]*(${FULL})(?:\\s*\\([A-Z][A-Za-z .&'-]{1,30}\\))?\\s*(?:--|[-\u2013\u2014])\\s+\\S`,
    'im',
  ).exec(head);
  const lday = placeless ? resolveDate(clean(placeless[1]), {}) : null;
  if (placeless && lday) return { date: lday, source: placeless[1] };
  // A running header with the date at its right ("US Equity Strategy          10 November 2016").
  const right = new RegExp(`^[^\\n]{1,80}?(?: {2,}|\\t)(${FULL})[ \\t]*$`, 'im').exec(head);
  const r = right ? resolveDate(clean(right[1]), {}) : null;
  if (right && r) return { date: r, source: right[1] };
  // A headline closing on its date: "Small caps, by the numbers (Nov. 30, 2016)", "Weekly wrap — Dec. 9,
  // 2016", "ETF flows weekly — week ended Nov. 11, 2016".
  const top = head
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 3)
    .join('\n');
  const titled = new RegExp(
    `^[^\\n%]{1,100}?(?:\\(|\\s[-\u2013\u2014:]\\s*)(?:(?:the\\s+)?week\\s+(?:ended|ending|to)\\s+)?(${FULL})\\)?[\\s*_]*$`,
    'im',
  ).exec(top);
  const t = titled ? resolveDate(clean(titled[1]), {}) : null;
  if (titled && t) return { date: t, source: titled[0].trim() };
  // AP's table: "How major US stock indexes fared Wednesday, 11/6/2024" (./numeric-date.ts).
  const numeric = headlineNumericDate(top);
  if (numeric) return numeric;
  if (o.markup) return { date: o.markup, source: "the page's publication date" };
  const month = monthDateline(text); // "Annual Letter to Shareholders, January 2026": as of its last day
  if (month) return month;
  // A date line or timestamp without its year ("Thursday, Nov. 10", "Updated Nov. 10 4:32 p.m. ET").
  const partial = YEARLESS_LINE.exec(head);
  const md = partial ? resolveDate(clean(partial[1]), { event: '2000-01-01' })?.slice(5) : undefined;
  if (partial && md) {
    const words = unmark(partial[0].trim());
    if (o.event) return { date: `${o.event.slice(0, 4)}-${md}`, source: words, yearFrom: 'the given event' };
    const other = datelineYear(text, md);
    if (other) return { date: `${other.year}-${md}`, source: words, yearFrom: other.words };
  }
  // An undated wire ("NEW YORK (AP) — Stocks rallied Wednesday after …"): a wire's lede names the day it
  // is written; with the event known, that weekday is the first on or after the event.
  const lede = AGENCY_LEDE.exec(head);
  const day = lede && o.event ? /\b(mon|tues|wednes|thurs|fri)day\b/i.exec(lede[1]) : null;
  const d = day ? resolveDate(day[0], { event: o.event }) : null;
  if (day && d)
    return {
      date: d,
      source: day[0],
      yearFrom: `the wire's lede, the first ${day[0]} on or after the event`,
    };
  // A page's foot: "This page was last edited on 3 December 2024, at 14:22 (UTC)." (a wiki's), "Last updated: …".
  const foot = FOOT.exec(text.slice(-800));
  const f = foot ? resolveDate(clean(foot[1]), {}) : null;
  return foot && f ? { date: f, source: foot[0].trim() } : undefined;
}
const FOOT = new RegExp(
  `^[ \\t]*(?:this\\s+page\\s+was\\s+last\\s+(?:edited|modified|updated)\\s+on|last\\s+(?:edited|modified|updated)\\s*:?(?:\\s+on)?)\\s+(${FULL})`,
  'im',
);
