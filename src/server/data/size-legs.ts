/**
 * Reads the two legs of a size scheme from the store, aligned on dates, as typed columns. The only SQL the
 * server runs for returns: fixed statements with every request value bound as a parameter.
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import type { Store } from '../../store/store.ts';
import { ApiError } from '../errors.ts';
import type { SizeScheme, Weighting } from './schemes.ts';
import type { ValueKind } from './since.ts';

/** Two aligned legs: dates (ISO, ascending) and one value per date and leg, NaN where missing. */
export interface SizeLegs {
  dates: string[];
  /** The same dates as day numbers, when the reader has them (saves parsing `dates`). */
  days?: Int32Array;
  small: Float64Array;
  large: Float64Array;
  kind: ValueKind;
  /** The datasets the legs come from, with vintage, for provenance. */
  sources: { dataset: string; vintage: string | null }[];
  /** The return basis, stated in outputs. */
  basis: string;
  /** The last date both legs have anywhere in the store (not just in the span read): the data's end. */
  through: string | null;
}

/** Calendar days to read around an event for a window [from, to] in trading days (7/5 + holiday slack). */
export function calendarSpan(eventDate: string, from: number, to: number): { start: string; end: string } {
  const day = toDay(eventDate);
  const before = Math.ceil((Math.max(0, -from) + 2) * 1.45) + 12;
  const after = Math.ceil((Math.max(0, to) + 2) * 1.45) + 12;
  return { start: fromDay(day - before), end: fromDay(day + after) };
}

async function frenchLegs(
  store: Store,
  s: SizeScheme,
  w: Weighting,
  start: string,
  end: string,
): Promise<SizeLegs> {
  const pick = await store.one<{ dataset: string; vintage: string }>(
    `SELECT dataset, vintage FROM portfolio_series
     WHERE frequency = 'daily' AND measure = 'return' AND weighting = $1 AND portfolio = $2
       AND date BETWEEN $3::DATE AND $4::DATE
     GROUP BY dataset, vintage ORDER BY count(*) DESC, vintage DESC, dataset LIMIT 1`,
    [w, s.small, start, end],
  );
  if (!pick) {
    throw new ApiError(
      404,
      `no daily ${w}-weighted size portfolios (${s.small}) in the store between ${start} and ${end}` +
        (w === 'equal'
          ? '; French publishes daily equal-weighted portfolios only in a file not in the data'
          : ''),
    );
  }
  const cols = await store.typedColumns(
    `SELECT strftime(date, '%Y-%m-%d') AS d,
            max(value) FILTER (WHERE portfolio = $1) AS small,
            max(value) FILTER (WHERE portfolio = $2) AS large
     FROM portfolio_series
     WHERE dataset = $3 AND vintage = $4 AND frequency = 'daily' AND measure = 'return' AND weighting = $5
       AND portfolio IN ($1, $2) AND date BETWEEN $6::DATE AND $7::DATE
     GROUP BY date ORDER BY date`,
    [s.small, s.large, pick.dataset, pick.vintage, w, start, end],
    { numbers: ['large', 'small'], strings: ['d'] },
  );
  const last = await store.one<{ through: string | null }>(
    `SELECT strftime(max(date), '%Y-%m-%d') AS through FROM portfolio_series
     WHERE dataset = $1 AND vintage = $2 AND frequency = 'daily' AND measure = 'return' AND weighting = $3
       AND portfolio = $4`,
    [pick.dataset, pick.vintage, w, s.small],
  );
  return {
    through: last?.through ?? null,
    dates: cols.d,
    small: cols.small,
    large: cols.large,
    kind: 'return',
    sources: [{ dataset: pick.dataset, vintage: pick.vintage }],
    basis: `daily ${w}-weighted portfolio returns as published (total returns, dividends included)`,
  };
}

async function barLegs(store: Store, s: SizeScheme, start: string, end: string): Promise<SizeLegs> {
  const sources: string[] = [];
  for (const id of [s.small, s.large]) {
    const r = await store.one<{ source: string }>(
      `SELECT source FROM bars WHERE id = $1 AND date BETWEEN $2::DATE AND $3::DATE
       AND coalesce(adj_close, close) IS NOT NULL
       GROUP BY source ORDER BY count(*) DESC, source LIMIT 1`,
      [id, start, end],
    );
    if (!r) throw new ApiError(404, `no daily closes of ${id} in the store between ${start} and ${end}`);
    sources.push(r.source);
  }
  const cols = await store.typedColumns(
    `SELECT strftime(date, '%Y-%m-%d') AS d,
            max(coalesce(adj_close, close)) FILTER (WHERE id = $1 AND source = $3) AS small,
            max(coalesce(adj_close, close)) FILTER (WHERE id = $2 AND source = $4) AS large
     FROM bars WHERE ((id = $1 AND source = $3) OR (id = $2 AND source = $4)) AND date BETWEEN $5::DATE AND $6::DATE
     GROUP BY date ORDER BY date`,
    [s.small, s.large, sources[0], sources[1], start, end],
    { numbers: ['large', 'small'], strings: ['d'] },
  );
  const last = await store.one<{ through: string | null }>(
    `SELECT strftime(min(t), '%Y-%m-%d') AS through FROM (
       SELECT max(date) AS t FROM bars WHERE (id = $1 AND source = $3) OR (id = $2 AND source = $4) GROUP BY id)`,
    [s.small, s.large, sources[0], sources[1]],
  );
  const ds = await store.all<{ name: string; vintage: string | null }>(
    'SELECT name, vintage FROM datasets WHERE name IN ($1, $2)',
    [sources[0], sources[1]],
  );
  return {
    dates: cols.d,
    small: cols.small,
    large: cols.large,
    kind: 'level',
    through: last?.through ?? null,
    sources: sources.map((n) => ({ dataset: n, vintage: ds.find((d) => d.name === n)?.vintage ?? null })),
    basis:
      'daily closes (adjusted close where the source has one); both legs are price indexes, no dividends',
  };
}

/**
 * Reads a scheme's two legs between two dates (inclusive).
 * @example await loadSizeLegs(store, schemeById('deciles'), 'value', '2016-10-01', '2016-12-31')
 */
export function loadSizeLegs(
  store: Store,
  scheme: SizeScheme,
  weighting: Weighting,
  start: string,
  end: string,
): Promise<SizeLegs> {
  if (!scheme.weightings.includes(weighting)) {
    throw new ApiError(
      400,
      `invalid parameter "weighting": scheme ${scheme.id} has only ${scheme.weightings.join(', ')}`,
      'weighting',
    );
  }
  return scheme.kind === 'french'
    ? frenchLegs(store, scheme, weighting, start, end)
    : barLegs(store, scheme, start, end);
}
