/**
 * The page's whole state, as the shareable URL holds it: event, region, timing, scheme, weighting, from, to
 * and the events compared. The region is 'us' unless the link names another ('europe', 'developed-ex-us').
 * Checks it before anything is fetched, with a message that names the bad value.
 */

/** What the page shows. */
export interface PageState {
  event: string;
  /** The market: 'us' (the size portfolios and indexes) or a region of French's regional factors. */
  region: string;
  timing: string;
  scheme: string;
  weighting: string;
  from: number;
  to: number;
  compare: string[];
}

export const DEFAULTS = { event: '2016-11-08', from: -5, to: 2 } as const;
/** Bounds the API enforces (/api/schemes limits). */
export const LIMITS = { minFrom: -250, maxTo: 756 };

/**
 * Why a date typed by a user is not a date, or null when it is one.
 * @example dateProblem('1999-13-45') // '1999-13-45 is not a date: there is no month 13'
 */
export function dateProblem(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return `${JSON.stringify(s)} is not a date: write it as YYYY-MM-DD, e.g. 2016-11-08`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `${s} is not a date: there is no month ${mo}`;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return `${s} is not a date: ${y}-${m[2]} has ${days} days`;
  return null;
}

/**
 * Why a window is not valid, or null.
 * @example windowProblem(5, 2) // 'from day 5 is after to day 2'
 */
export function windowProblem(from: number, to: number): string | null {
  if (!Number.isInteger(from)) return `from day ${JSON.stringify(String(from))} is not a whole number`;
  if (!Number.isInteger(to)) return `to day ${JSON.stringify(String(to))} is not a whole number`;
  if (from < LIMITS.minFrom)
    return `from day ${from} is before ${LIMITS.minFrom}, the earliest the data allow here`;
  if (to > LIMITS.maxTo)
    return `to day ${to} is after ${LIMITS.maxTo} (about three years of sessions), the latest allowed`;
  if (from > to) return `from day ${from} is after to day ${to}`;
  return null;
}

/** The state in a URL's query (missing values take the defaults; bad ones are kept for the message). */
export function readUrl(search: string): PageState & { raw: { from: string; to: string } } {
  const u = new URLSearchParams(search);
  const from = u.get('from') ?? String(DEFAULTS.from);
  const to = u.get('to') ?? String(DEFAULTS.to);
  return {
    event: u.get('event') ?? DEFAULTS.event,
    region: u.get('region') ?? 'us',
    timing: u.get('timing') ?? '',
    scheme: u.get('scheme') ?? 'deciles',
    weighting: u.get('weighting') ?? 'value',
    from: Number(from),
    to: Number(to),
    compare: (u.get('compare') ?? '').split(',').filter(Boolean).slice(0, 8),
    raw: { from, to },
  };
}

/** The query string of a state (the order is fixed, so equal states give equal URLs). */
export function toQuery(s: PageState): URLSearchParams {
  const q = new URLSearchParams({
    event: s.event,
    region: s.region,
    timing: s.timing,
    scheme: s.scheme,
    weighting: s.weighting,
    from: String(s.from),
    to: String(s.to),
  });
  if (s.compare.length) q.set('compare', s.compare.join(','));
  return q;
}

/**
 * An event's entry in the event list: its label and its ISO date once (a label that already gives the date
 * in words, "Brexit referendum (23 Jun 2016)", drops it for the ISO one).
 * @example eventOption('Brexit referendum (23 Jun 2016)', '2016-06-23') // 'Brexit referendum (2016-06-23)'
 */
export function eventOption(label: string, date: string): string {
  return `${label.replace(/ \(\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}\)$/, '')} (${date})`;
}
