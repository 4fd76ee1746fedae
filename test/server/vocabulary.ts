/**
 * The JSON vocabulary's rules (docs/json.md), checked on any JSON answer, API or `--json`:
 * - `window` is always { from, to } (sessions relative to t0), nothing else;
 * - a key holding an ISO date is one of the four event dates (eventDate, t0, baseDate, endDate) or a
 *   documented other (DATE_KEYS);
 * - a number under a return key (RETURN_KEYS) sits in an object, or under an ancestor, that says `unit`;
 * - `conventions` is an object; `provenance` has the one shape (src/provenance.ts).
 * Returns the violations, each with its JSON path.
 */

/** The four event dates. */
export const EVENT_DATES = ['eventDate', 't0', 'baseDate', 'endDate'];
/** Other keys that may hold dates, each documented in docs/json.md. */
export const DATE_KEYS = new Set([
  ...EVENT_DATES,
  'date', // one row's date, or the date axis of a series (array)
  'dates',
  'sessions', // the sessions of a window, in order
  'dataThrough', // the last date the data hold
  'startDate', // the session a window of days starts at (day `from`), beside `window`
  'periodStart', // flows: a period's first and last day
  'periodEnd',
  'asOf', // a month to date: through this date
  'inception', // a fund's first day (the ETF registry)
  'historyStart', // the first period a ranking or a fund's price history covers
  'through',
  'from', // inputs' date range (flows, buckets): never a window
  'to',
  'estimationStart', // an event study's estimation window, as dates
  'estimationEnd',
]);
/** Keys whose numbers are returns (decimal). */
export const RETURN_KEYS = new Set([
  'value',
  'small',
  'large',
  'spread',
  'excess',
  'market',
  'car',
  'bhar',
  'ar',
  'aar',
  'caar',
  'smallReturn',
  'largeReturn',
  'returnSmall',
  'returnLarge',
  'compounded',
  'returns',
  'ew',
  'vw',
]);
const PROVENANCE_KEYS = ['dataset', 'source', 'frequency', 'weighting', 'vintage', 'inferred', 'series'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

type Json = unknown;

function isNumbers(v: Json): boolean {
  if (typeof v === 'number') return true;
  return (
    Array.isArray(v) && v.length > 0 && v.every((x) => x === null || typeof x === 'number' || isNumbers(x))
  );
}
function hasDate(v: Json): boolean {
  if (typeof v === 'string') return ISO.test(v);
  return Array.isArray(v) && v.some((x) => typeof x === 'string' && ISO.test(x));
}

/** Violations of the vocabulary in `value` (empty when it follows it). */
export function vocabularyViolations(value: Json, path = '$', unit = false): string[] {
  const out: string[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push(...vocabularyViolations(v, `${path}[${i}]`, unit));
    });
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  const o = value as Record<string, Json>;
  const u = unit || typeof o.unit === 'string';
  for (const [k, v] of Object.entries(o)) {
    const p = `${path}.${k}`;
    if (k === 'window') {
      const w = v as Record<string, Json> | null;
      const ok =
        w !== null &&
        typeof w === 'object' &&
        !Array.isArray(w) &&
        Object.keys(w).sort().join() === 'from,to' &&
        typeof w.from === 'number' &&
        typeof w.to === 'number';
      if (!ok)
        out.push(`${p}: a window is { from, to } in sessions relative to t0, got ${JSON.stringify(v)}`);
      continue;
    }
    if (k === 'conventions') {
      // Sentences keyed by name: their words are not checked as fields.
      if (v === null || typeof v !== 'object' || Array.isArray(v))
        out.push(`${p}: conventions must be an object, got ${Array.isArray(v) ? 'an array' : typeof v}`);
      continue;
    }
    if (k === 'provenance') {
      for (const x of Array.isArray(v) ? v : [v]) {
        const keys = x && typeof x === 'object' ? Object.keys(x).sort().join() : '';
        if (keys !== [...PROVENANCE_KEYS].sort().join()) out.push(`${p}: not the provenance shape: ${keys}`);
      }
      continue;
    }
    if (hasDate(v) && !DATE_KEYS.has(k))
      out.push(`${p}: a date under "${k}" (dates are ${EVENT_DATES.join(', ')})`);
    if (RETURN_KEYS.has(k) && isNumbers(v) && !u) out.push(`${p}: a return with no unit on it or its block`);
    out.push(...vocabularyViolations(v, p, u));
  }
  return out;
}

/** The violations with array indices folded ($.rows[].value), each once: a readable summary. */
export function foldViolations(list: string[]): string[] {
  return [...new Set(list.map((v) => v.replace(/\[\d+\]/g, '[]')))];
}
