/**
 * Level records: "closed at a record high", "its highest close since August", "its highest level in three
 * years", "its record high set in November 2021". A close is ranked among every earlier close of the index
 * or fund (closes as quoted, not adjusted for dividends: the level a reader sees), by ./record-judge.ts's
 * rules for "on record" and "since YEAR". The close judged is the window's last session's; over a month
 * ("set in November 2021"), the month's highest (lowest) close; over a longer window for a close reached in
 * it ("fell to its lowest since 2001 this summer": `within`), the window's. Two indexes or funds are ranked
 * by the ratio of their closes (./relative-closes.ts). Size groups and fund categories have no price level:
 * cannot check. A count of record closes ("8 times this month") is ./record-times-count.ts's.
 */
import { fromDay, monthEnd, toDay } from '../calendar/dates.ts';
import { nyseSessions } from '../calendar/nyse.ts';
import { describeRecord } from '../records/record.ts';
import type { Claim } from './claim.ts';
import { sizeGroup } from './claim-subjects.ts';
import type { RecordPart } from './evaluate-record.ts';
import type { Resolved } from './evaluator.ts';
import { recordDrought } from './record-drought.ts';
import { firstPast } from './record-first-past.ts';
import { judgeRecord, rankWithin, recordDirection } from './record-judge.ts';
import { recordTimes } from './record-times-count.ts';
import { relativeCloses } from './relative-closes.ts';

/**
 * The last NYSE session of a window that says where it ends (N sessions after an event, a "since" with an
 * end, two dates), as a day number; null for months and weeks (their own period end applies).
 * @example windowLastSession({ kind: 'sessions', event: '2016-11-08', sessions: 5 }, c) // day of 2016-11-15
 */
export function windowLastSession(w: Claim['window'], c: Resolved): number | null {
  try {
    if (w.kind === 'sessions') {
      const first = toDay(w.event) + (c.timing === 'after-close' ? 1 : 0);
      const s = nyseSessions(fromDay(first), fromDay(first + 7 * w.sessions + 14));
      return s[w.sessions - 1] ?? null;
    }
    const to = w.kind === 'since' || w.kind === 'dates' ? w.to : undefined;
    if (!to) return null;
    const s = nyseSessions(fromDay(toDay(to) - 10), to);
    return s.length ? s[s.length - 1] : null;
  } catch {
    return null;
  }
}

/**
 * The sessions a stretch from a day spans ("since the election" through the article's date, or two dates),
 * counted after its base close (the event's close for news after it, the close before for news during the
 * session); null for other windows or past the calendar's range.
 * @example windowSessions({ kind: 'since', event: '2016-11-08', to: '2016-12-02' }, { timing: 'after-close' }) // 18
 */
export function windowSessions(w: Claim['window'], c: Resolved): number | null {
  try {
    if (w.kind === 'dates') return nyseSessions(fromDay(toDay(w.from) + 1), w.to).length || null;
    if (w.kind !== 'since' || !w.to) return null;
    const first = toDay(w.event) + (c.timing === 'after-close' ? 1 : 0);
    return nyseSessions(fromDay(first), w.to).length || null;
  } catch {
    return null;
  }
}

/**
 * The day a level or a streak is judged on: the window's last session, a named week's or month's end, else
 * the article's date (`cut`, a day number).
 */
export function claimedDay(w: Claim['window'], c: Resolved, cut: number): number {
  // A whole month ("has risen for five straight months" on Dec. 2: through November): its last day.
  if (w.kind === 'month') return Math.min(cut, monthEnd(toDay(`${w.month}-01`)));
  return windowLastSession(w, c) ?? (w.kind === 'week' && w.weekEnd ? toDay(w.weekEnd) : cut);
}

/**
 * The level record of an index or fund: its close on the claimed day among every earlier close.
 * @example await levelRecord(data, claim, { kind: 'biggest-since', level: true, sinceYear: 2021, … }, c, '2024-11-11')
 */
export const levelRecord: RecordPart = async (data, claim, r, c, asOf) => {
  const high = recordDirection(r) === 'high';
  const which = high ? 'highest' : 'lowest';
  const [a, b] = claim.subjects;
  if (
    claim.subjects.some((s) => sizeGroup(s) || s.includes(':')) ||
    ['usd', 'gbp', 'eur'].includes(claim.unit)
  )
    return { cannot: `"${r.words}": a price level (the ${which} close); only an index or a fund has one` };
  // Two indexes or funds: the ratio of their closes ("the Russell 2000 relative to the S&P 500").
  const bars = b ? await relativeCloses(data, a, b) : await data.bars(a ?? '');
  if (!bars)
    return { cannot: `no prices for ${a} in the store`, needs: `capgap fetch prices ${a} --source yahoo` };
  if ('cannot' in bars) return bars;
  const id = bars.id;
  // Closes as quoted; an index's adjusted closes are the same (a price index pays no dividend), a fund's
  // are not: its earlier closes are scaled down by its later dividends.
  const quoted = bars.close.some((x) => !Number.isNaN(x));
  if (!quoted && !id.startsWith('^'))
    return {
      cannot: `"${r.words}": a quoted close of ${id}, and the store has its dividend-adjusted closes only (they scale earlier closes down, so they would overstate a record)`,
    };
  const close = quoted ? bars.close : bars.adjClose;
  const cut = asOf ? toDay(asOf) : Number.POSITIVE_INFINITY;
  let n = bars.days.length;
  while (n > 0 && bars.days[n - 1] > cut) n--;
  const w = claim.window;
  if (r.times !== undefined) return recordTimes(claim, r, bars, close, n, c, cut);
  if (r.drought) return recordDrought(claim, r, bars, close, n, c, cut); // "750 sessions without a record"
  let at = -1;
  // The month's highest (lowest) close ("its record high set in November 2021"), or a longer window's for a
  // close reached within it ("fell to its lowest since 2001 this summer").
  // A close stated as the month's last ("ended the month at 1,819.82, a record close") is that close's record.
  const monthEnd =
    (w.kind === 'month' || w.kind === 'month-to-date') && !Number.isNaN(claim.stated) && !claim.extreme;
  const span =
    (w.kind === 'month' || w.kind === 'month-to-date') && !monthEnd
      ? (d: string) => d.startsWith(w.month)
      : r.within && (w.kind === 'dates' || w.kind === 'since') && w.to
        ? (d: string) => d > (w.kind === 'dates' ? w.from : w.event) && d <= (w.to ?? '')
        : null;
  if (span) {
    for (let i = 0; i < n; i++)
      if (span(fromDay(bars.days[i])) && !Number.isNaN(close[i]))
        if (at < 0 || (high ? close[i] > close[at] : close[i] < close[at])) at = i;
  } else if (monthEnd) {
    for (let i = 0; i < n; i++) if (fromDay(bars.days[i]).startsWith(w.month)) at = i;
  } else {
    const day = claimedDay(w, c, cut);
    for (let i = 0; i < n && bars.days[i] <= day; i++) at = i;
  }
  if (at < 0) return { cannot: `no close of ${id} in the claimed window` };
  const ends = Array.from(bars.days.subarray(0, at + 1), fromDay);
  const values = close.slice(0, at + 1);
  if (Number.isNaN(values[at])) return { cannot: `${id} has no close on ${ends[at]}` };
  if (r.near) return { cannot: nearRecord(r, id, ends, values, at, high) };
  const ctx = describeRecord({ ends, values, frequency: 'daily' }, ends[at], {
    direction: high ? 'high' : 'low',
  });
  // "Its highest level in more than a month": the highest of the closes since then.
  // "closed above 1,850 for the first time": the first close past the level (./record-first-past.ts).
  const j =
    r.past !== undefined
      ? firstPast(r, ends, values, at, high)
      : r.kind === 'rank' && r.from
        ? rankWithin(r, ends, values, at, 'closes', true)
        : judgeRecord(r, ctx, 'closes', 'level');
  return {
    value: values[at],
    from: ends[0],
    to: ends[at],
    description: `${id} closes${quoted ? '' : " (the index's adjusted closes, equal to its closes)"}, the close of ${ends[at]} among every close since ${ends[0]}`,
    provenance: { datasets: [{ name: bars.dataset, vintage: bars.vintage }] },
    record: ctx,
    holds: j.holds,
    says: j.says,
    ...('lastPast' in j && j.lastPast ? { lastPast: j.lastPast } : {}), // "the close of 2020-12-24, 2,003.95, was above"
    unit: 'level',
    noun: 'closes',
  };
};

/**
 * "Near their weakest level in more than two decades": "near" names no distance, so no verdict; the record
 * close of the look-back (from January of `sinceYear`, else every close) and the claimed close's distance
 * from it, in per cent of the record.
 * @example nearRecord(r, '^RUT/^GSPC', ends, values, at, false) // 'the lowest close … was 0.3639 on 2024-07-09; …'
 */
function nearRecord(
  r: { words: string; sinceYear?: number },
  id: string,
  ends: readonly string[],
  values: ArrayLike<number>,
  at: number,
  high: boolean,
): string {
  const from = r.sinceYear ? `${r.sinceYear}-01-01` : '';
  let best = -1;
  for (let i = 0; i <= at; i++)
    if (ends[i] >= from && !Number.isNaN(values[i]))
      if (best < 0 || (high ? values[i] > values[best] : values[i] < values[best])) best = i;
  const which = high ? 'highest' : 'lowest';
  if (best < 0)
    return `"${r.words}": "near" names no distance, and ${id} has no close from ${from} to ${ends[at]}`;
  const away = (values[at] / values[best] - 1) * 100;
  const since = r.sinceYear ? `since the start of ${r.sinceYear}` : `since ${ends[0]}`;
  return `"${r.words}": "near" names no distance; the ${which} close of ${id} ${since} was ${values[best].toFixed(4)} on ${ends[best]}, and ${ends[at]}'s ${values[at].toFixed(4)} is ${Math.abs(away).toFixed(1)}% ${away >= 0 ? 'above' : 'below'} it`;
}
