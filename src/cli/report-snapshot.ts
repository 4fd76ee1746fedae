/**
 * The snapshot `capgap report` prints: the inputs read (only the daily data around the event for a text
 * report), the snapshot computed, and a report with no number at all refused (exit 1) in words.
 */
import type { NewsTiming } from '../calendar/trading-days.ts';
import { eventSnapshot } from '../findings/event-snapshot.ts';
import type { EventSnapshot } from '../findings/snapshot-types.ts';
import { unanswered } from '../queries/snapshot-answers.ts';
import {
  dailyRange,
  loadSnapshotInputs,
  SIZE_PORTFOLIOS,
  SNAPSHOT_SUBJECTS,
  type SnapshotInputs,
} from '../queries/snapshot-inputs.ts';
import type { PriceSeries } from '../store/price-load.ts';
import type { Store } from '../store/store.ts';
import { CliError } from './context.ts';

/** What the report asks. */
export interface ReportQuestion {
  event: string;
  to?: string;
  timing: NewsTiming;
  /** Read only the daily data around the event (a text report needs no more). */
  near: boolean;
  prices?: (id: string) => Promise<PriceSeries>;
  /** Called after the reads ('queries') and after the computation ('compute'): `--timings`' laps. */
  lap?: (name: 'queries' | 'compute') => void;
}

/**
 * Reads the inputs and computes the snapshot. When the daily data around the event hold no size window, the
 * whole daily history is read again, so the note says where the data stop (never an error of an empty read);
 * when nothing at all answers, a CliError (exit 1) names the event and what each source says.
 * @example const { snapshot, inputs } = await reportSnapshot(store, { event: '2016-11-08', timing: 'after-close', near: true })
 */
export async function reportSnapshot(
  store: Store,
  q: ReportQuestion,
): Promise<{ snapshot: EventSnapshot; inputs: SnapshotInputs }> {
  const compute = async (near: boolean) => {
    const inputs = await loadSnapshotInputs(store, undefined, {
      daily: near ? dailyRange(q.event, q.to) : undefined,
      prices: q.prices,
    });
    q.lap?.('queries');
    const snapshot = eventSnapshot(inputs, {
      event: q.event,
      to: q.to,
      timing: q.timing,
      names: SNAPSHOT_SUBJECTS,
      groups: SIZE_PORTFOLIOS,
    });
    q.lap?.('compute');
    return { snapshot, inputs };
  };
  let r = await compute(q.near);
  if (q.near && r.snapshot.size === null) r = await compute(false);
  const why = unanswered(r.snapshot);
  if (why) throw new CliError(why, 1);
  return r;
}
