/**
 * Query-parameter parsing for the API: every parameter is checked against the route's allow-list, parsed,
 * bounded, and a bad one is a 400 naming it. Nothing from a request reaches SQL or the filesystem except
 * through these parsers (values are then bound as SQL parameters or looked up in allow-lists).
 */
import { isIsoDate } from '../calendar/dates.ts';
import { quote } from '../quote.ts';
import { ApiError, badParam } from './errors.ts';

/** The most characters a query string may have. */
export const MAX_QUERY_LENGTH = 2048;

/** Throws a 400 naming the first parameter whose name or value is not valid percent-encoded UTF-8 (`%zz`,
 * a cut `%E0%A4`): decoded, it would read as U+FFFD replacement characters the client never sent. */
function checkEncoding(search: string): void {
  for (const piece of search.replace(/^\?/, '').split('&')) {
    const eq = piece.indexOf('=');
    const [k, v] = eq < 0 ? [piece, ''] : [piece.slice(0, eq), piece.slice(eq + 1)];
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replaceAll('+', ' '));
      } catch {
        return null;
      }
    };
    const name = decode(k);
    if (name === null) throw badParam(k, 'the name is not valid percent-encoded UTF-8');
    if (decode(v) === null)
      throw badParam(
        name,
        `${quote(v)} is not valid percent-encoded UTF-8 (a % not followed by a byte's two hex digits, or a cut character)`,
      );
  }
}

/**
 * The 414 for a query string over MAX_QUERY_LENGTH characters, naming its longest parameter (as sent, cut).
 * @example tooLongQuery('event=2016-11-08&claim=' + 'x'.repeat(3000)).parameter // 'claim'
 */
export function tooLongQuery(search: string): ApiError {
  const pieces = search.replace(/^\?/, '').split('&');
  const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a), '');
  const name = longest.split('=')[0].slice(0, 80);
  return new ApiError(
    414,
    `query string of ${search.replace(/^\?/, '').length} characters; at most ${MAX_QUERY_LENGTH} (the longest parameter, ${quote(name)}, has ${longest.length})`,
    name,
  );
}

/**
 * Reads a query string, rejecting unknown and repeated parameters, nameless ones and broken percent-escapes.
 * @example readQuery(new URL('http://x/?event=2016-11-08'), ['event']).get('event') // '2016-11-08'
 */
export function readQuery(url: URL, allowed: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  checkEncoding(url.search);
  const takes = `this endpoint takes ${allowed.length ? allowed.join(', ') : 'none'}`;
  for (const [k, v] of url.searchParams) {
    if (k === '') throw badParam(k, `a value with no parameter name (${quote(`=${v}`)}); ${takes}`);
    if (!allowed.includes(k)) {
      throw badParam(k, `unknown parameter; ${takes}`);
    }
    if (out.has(k)) throw badParam(k, 'given more than once');
    out.set(k, v);
  }
  return out;
}

/**
 * An ISO date parameter (YYYY-MM-DD, a real calendar day, 1900..2100).
 * @example isoDate(q, 'event') // '2016-11-08'
 */
export function isoDate(q: Map<string, string>, name: string, fallback?: string): string {
  const v = q.get(name) ?? fallback;
  if (v === undefined) throw badParam(name, 'required; expected a date YYYY-MM-DD');
  if (!isIsoDate(v)) throw badParam(name, `${quote(v)} is not a date YYYY-MM-DD`);
  if (v < MIN_DATE || v > MAX_DATE) throw badParam(name, `${v} is outside 1900..2100`);
  return v;
}

/** The documented date bounds of every date parameter (docs/server.md "Safety and bounds"). */
const MIN_DATE = '1900-01-01';
const MAX_DATE = '2100-12-31';

/**
 * An integer parameter within [min, max].
 * @example integer(q, 'to', { min: 0, max: 756, fallback: 20 })
 */
export function integer(
  q: Map<string, string>,
  name: string,
  o: { min: number; max: number; fallback?: number },
): number {
  const v = q.get(name);
  if (v === undefined) {
    if (o.fallback === undefined) throw badParam(name, `required; expected an integer in ${o.min}..${o.max}`);
    return o.fallback;
  }
  if (!/^-?\d{1,6}$/.test(v)) throw badParam(name, `${quote(v)} is not an integer`);
  const n = Number(v);
  if (n < o.min || n > o.max) throw badParam(name, `${n} is outside ${o.min}..${o.max}`);
  return n;
}

/**
 * One of an allow-list of values.
 * @example oneOf(q, 'weighting', ['value', 'equal'], 'value')
 */
export function oneOf<T extends string>(
  q: Map<string, string>,
  name: string,
  values: readonly T[],
  fallback?: T,
): T {
  const v = q.get(name) ?? fallback;
  if (v === undefined) throw badParam(name, `required; expected one of ${values.join(', ')}`);
  if (!(values as readonly string[]).includes(v)) {
    throw badParam(name, `${quote(v)}; expected one of ${values.join(', ')}`);
  }
  return v as T;
}

/**
 * A comma-separated list of at most `max` items, each parsed by `item` (which throws on a bad one).
 * @example list(q, 'events', 12, (s) => s) // ['2016-11-08', '2020-11-03']
 */
export function list<T>(
  q: Map<string, string>,
  name: string,
  max: number,
  item: (s: string) => T,
  fallback?: string,
): T[] {
  const v = q.get(name) ?? fallback;
  if (v === undefined || v === '') throw badParam(name, 'required; expected a comma-separated list');
  const parts = v.split(',');
  if (parts.length > max) throw badParam(name, `${parts.length} items; at most ${max}`);
  return parts.map((s) => {
    try {
      return item(s.trim());
    } catch (err) {
      throw badParam(name, `item ${quote(s)}: ${(err as Error).message}`);
    }
  });
}

/** Checks a date string for `list` items. */
export function dateItem(s: string): string {
  if (!isIsoDate(s)) throw new Error('not a date YYYY-MM-DD');
  if (s < MIN_DATE || s > MAX_DATE) throw new Error(`${s} is outside 1900..2100`);
  return s;
}
