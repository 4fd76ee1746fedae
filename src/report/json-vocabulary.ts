/**
 * The JSON vocabulary's edge helpers (docs/json.md), shared by the API routes and the `--json` commands:
 * `window` as { from, to } in sessions relative to t0, the event dates named `eventDate`, `t0`, `baseDate`,
 * `endDate`, `unit: 'decimal'` on each block holding returns, and `conventions` always an object.
 */

/** The unit of every return in capgap's JSON: a decimal (0.07 = 7%). */
export const UNIT = 'decimal' as const;

/**
 * A window [a, b] of sessions relative to t0 as the vocabulary writes it.
 * @example windowJson([0, 2]) // { from: 0, to: 2 }
 */
export function windowJson(w: readonly [number, number]): { from: number; to: number } {
  return { from: w[0], to: w[1] };
}

/**
 * Conventions as an object. An engine's list of sentences is keyed by each sentence's first word
 * ("t0: the first session …" → t0), with -2, -3 … added to a repeated key; an object passes unchanged.
 * @example conventionsJson(['t0: the first session after the news', 'model: market-adjusted']) // { t0: 't0: the first …', model: 'model: market-adjusted' }
 */
export function conventionsJson(
  c: string | readonly string[] | Record<string, string>,
): Record<string, string> {
  if (typeof c === 'string') return { summary: c };
  if (!Array.isArray(c)) return c as Record<string, string>;
  const out: Record<string, string> = {};
  for (const text of c as readonly string[]) {
    const base = (/^[A-Za-z][A-Za-z0-9-]*/.exec(text)?.[0] ?? 'note').toLowerCase();
    let key = base;
    for (let n = 2; key in out; n++) key = `${base}-${n}`;
    out[key] = text;
  }
  return out;
}

/**
 * A record answer (a period ranked in its history) in the vocabulary: its kind, `unit` (its returns are
 * decimals) and conventions as an object; for `/api/records` and `capgap records --json`.
 * @example recordJson('month', { month: '2016-11', spread: 0.0633, conventions: 'spread = Lo 10 − Hi 10' }).unit // 'decimal'
 */
export function recordJson<T extends { conventions: string | readonly string[] | Record<string, string> }>(
  kind: string,
  r: T,
): Omit<T, 'conventions'> & { kind: string; unit: typeof UNIT; conventions: Record<string, string> } {
  return { kind, unit: UNIT, ...r, conventions: conventionsJson(r.conventions) };
}

/**
 * A month to date ranked against completed months (`spreadOnTrack`), as a record answer: its first day is
 * `periodStart`, as a flow period's is (docs/json.md).
 * @example onTrackJson({ monthStart: '2016-11-01', asOf: '2016-11-15', conventions: '…' }).periodStart // '2016-11-01'
 */
export function onTrackJson<T extends { monthStart: string; conventions: string }>(r: T) {
  const { monthStart, ...rest } = r;
  return recordJson('month-to-date', { periodStart: monthStart, ...rest });
}

/**
 * An answer about one event window written with the engines' short names (`event`, `window: [a, b]`, `base`,
 * `from`, `to`; `capgap sectors`, `capgap instruments`, `/api/sectors`) in the vocabulary: `eventDate`,
 * `window: { from, to }`, `baseDate` (the close before the window), `startDate` (its first session),
 * `endDate` (its last close), `unit`, conventions an object. Fields not serialised (`result`) are dropped.
 * @example eventWindowJson({ event: '2016-11-08', window: [0, 2], base: '2016-11-08', to: '2016-11-11', conventions: [] }).endDate // '2016-11-11'
 */
export function eventWindowJson<
  T extends {
    event: string;
    window: readonly [number, number];
    base: string;
    from?: string;
    to: string;
    conventions: string | readonly string[] | Record<string, string>;
    result?: unknown;
  },
>(a: T) {
  const { event, window, base, from, to, conventions, result: _result, ...rest } = a;
  return {
    eventDate: event,
    window: windowJson(window),
    baseDate: base,
    ...(from !== undefined ? { startDate: from } : {}),
    endDate: to,
    unit: UNIT,
    ...rest,
    conventions: conventionsJson(conventions),
  };
}
