/**
 * A claims file's window keys (./claim-file.ts): `since` + `to`, `event` + `sessions` (+ `day_after`), `month`
 * (+ `to`: month to date), `from` + `to`, `week_end`, `week_after`; each date validated, naming the bad one.
 */
import { isIsoDate } from '../calendar/dates.ts';
import type { Claim, ClaimMetric, ClaimWindow } from './claim.ts';

/** An ISO day from a YAML date or string, or an error naming `what`. */
export function isoOrThrow(v: unknown, what: string): string {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  if (!isIsoDate(s)) throw new Error(`${what}: invalid date ${JSON.stringify(v)}; expected YYYY-MM-DD`);
  return s;
}

/**
 * The window a claim object gives, or an error naming `where` and the bad key.
 * @example readWindow({ since: '2016-11-08', to: '2016-11-15' }, 'claim "a"', {}) // { kind: 'since', event: '2016-11-08', to: '2016-11-15' }
 */
export function readWindow(
  o: Record<string, unknown>,
  where: string,
  defaults: { event?: string; to?: string },
): ClaimWindow {
  if (o.month !== undefined) {
    const m = String(o.month);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(m))
      throw new Error(`${where}: invalid month ${JSON.stringify(o.month)}; expected YYYY-MM`);
    // With `to`: the month to date through that day ("so far this month").
    if (o.to !== undefined) return { kind: 'month-to-date', month: m, to: isoOrThrow(o.to, `${where} to`) };
    return { kind: 'month', month: m };
  }
  const event = o.since ?? o.event ?? defaults.event;
  if (o.week_end !== undefined || o.weekEnd !== undefined) {
    const weekEnd = isoOrThrow(o.week_end ?? o.weekEnd, `${where} week_end`);
    return event === undefined
      ? { kind: 'week', weekEnd }
      : { kind: 'week', weekEnd, event: isoOrThrow(event, `${where} event`) };
  }
  // "In the week after the vote": the week whose trading reacts to the news.
  if (o.week_after !== undefined)
    return { kind: 'week', event: isoOrThrow(o.week_after, `${where} week_after`) };
  // A flow since the news to a day ("since: 2016-11-08, to: 2016-11-29") sums the days from the news on
  // (../findings/evaluate-flow.ts); an event alone is its week.
  const sinceTo = o.since !== undefined && o.to !== undefined;
  if (o.metric === 'flow' && o.sessions === undefined && o.from === undefined && !sinceTo) {
    return { kind: 'week', event: event === undefined ? undefined : isoOrThrow(event, `${where} event`) };
  }
  if (o.sessions !== undefined || o.days !== undefined) {
    const k = Number(o.sessions ?? o.days);
    if (!Number.isInteger(k) || k < 1)
      throw new Error(
        `${where}: invalid sessions ${JSON.stringify(o.sessions ?? o.days)}; expected a whole number >= 1`,
      );
    if (event === undefined) throw new Error(`${where}: sessions given without an event date`);
    const nextDay = o.day_after === true || o.day_after === 'true';
    return {
      kind: 'sessions',
      event: isoOrThrow(event, `${where} event`),
      sessions: k,
      ...(nextDay ? { nextDay } : {}),
    };
  }
  if (o.from !== undefined) {
    if (o.to === undefined) throw new Error(`${where}: from given without to`);
    return { kind: 'dates', from: isoOrThrow(o.from, `${where} from`), to: isoOrThrow(o.to, `${where} to`) };
  }
  if (event !== undefined) {
    const to = o.to ?? defaults.to;
    return {
      kind: 'since',
      event: isoOrThrow(event, `${where} since`),
      to: to === undefined ? undefined : isoOrThrow(to, `${where} to`),
    };
  }
  if (o.metric === 'flow') return { kind: 'week' };
  throw new Error(`${where}: no window; give since/event (+ to or sessions), month, from + to, or week_end`);
}

const AT_METRICS = new Set<ClaimMetric>(['return', 'excess-return', 'spread', 'level', 'points']);

/**
 * `at: open`: the window ends at its last session's open (Claim.at), for a return, a spread, a level or a
 * move in points; `at: peak` (`trough`): a return to the window's highest (lowest) close, or a spread at its
 * widest (narrowest) in the window; anything else is an error naming `where`.
 * @example readAt('open', 'return', 'claim "a"') // 'open'
 */
export function readAt(v: unknown, metric: ClaimMetric, where: string): NonNullable<Claim['at']> {
  if (v === 'peak' || v === 'trough') {
    if (metric === 'return' || metric === 'spread') return v;
    throw new Error(`${where}: at: ${v} is for a return or a spread, not a ${metric}`);
  }
  if (v !== 'open')
    throw new Error(`${where}: invalid at ${JSON.stringify(v)}; expected open, peak or trough`);
  if (!AT_METRICS.has(metric))
    throw new Error(
      `${where}: at: open is for a return, a spread, a level or a move in points, not a ${metric}`,
    );
  return 'open';
}
