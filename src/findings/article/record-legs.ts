/**
 * Records over a run of one-day moves a sentence states one by one ("The S&P 500 lost 6% on Friday and 4.8% on
 * Thursday, its worst two-day stretch since the pandemic"), and the test that two claims share a window (moved
 * from ./record-attach.ts).
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, RecordPhrase } from '../claim-read.ts';
import { sessionsOf } from './pick-window.ts';
import { recordFields } from './readings.ts';

/**
 * A record-only claim over the run that `n` one-day moves of one subject make together (consecutive sessions,
 * in any order in the sentence), or undefined when the moves make no such run.
 */
export function runOfLegs(ranked: ClaimReadings[], n: number) {
  const days = ranked.filter(
    (c) => c.readings[0].window.kind === 'dates' && sessionsOf(c.readings[0].window) === 1,
  );
  const key = (c: ClaimReadings) => c.readings[0].subjects.join();
  const legs = days.filter((c) => key(c) === key(days[0]));
  if (legs.length !== n) return undefined;
  const ws = legs
    .map((c) => c.readings[0].window as ClaimWindow & { kind: 'dates' })
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  const window: ClaimWindow = { kind: 'dates', from: ws[0].from, to: ws[ws.length - 1].to };
  if (sessionsOf(window) !== n || ws.some((w, i) => i > 0 && w.from !== ws[i - 1].to)) return undefined;
  const last = legs.find((c) => c.readings[0].window === ws[ws.length - 1]) ?? legs[0];
  return (id: string, record: RecordPhrase): ClaimReadings => ({
    ...last,
    id,
    readings: last.readings.map((x) => ({
      ...x,
      id,
      metric: 'record' as const,
      window,
      ...recordFields(),
      record,
    })),
  });
}

/** True when two claims' first readings have the same window. */
export function sameWindow(a: ClaimReadings, b: ClaimReadings): boolean {
  return JSON.stringify(a.readings[0].window) === JSON.stringify(b.readings[0].window);
}

/**
 * "Small caps are on course for their biggest monthly outperformance since 2020, up 9.7% versus 4.2% for large
 * caps": the legs of a record of two subjects that name no period of their own (the article's stretch by
 * default, carried to the second leg) take the record's month or week.
 */
export function legsTakePeriod(rc: ClaimReadings, out: readonly ClaimReadings[]): void {
  const periods = ['month', 'month-to-date', 'week'];
  const pairs = rc.readings.filter((r) => r.subjects.length === 2 && periods.includes(r.window.kind));
  const first = out.flatMap((c) => c.readings).find((x) => x.windowSource === 'default');
  if (!pairs.length || !first) return;
  const stretch = JSON.stringify(first.window);
  for (const x of out.flatMap((c) => c.readings)) {
    const pair = pairs.find((r) => r.subjects.includes(x.subjects[0]));
    const defaulted =
      x.windowSource === 'default' || (x.windowSource === 'carried' && JSON.stringify(x.window) === stretch);
    if (pair && x.metric === 'return' && defaulted) x.window = pair.window;
  }
}
