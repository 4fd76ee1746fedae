/**
 * One run of the page's panels: the state asked for, its query, the request number, and what the panels
 * collect for the sources list (datasets, vintages, conventions). A panel's failure is its own.
 */
import { page } from './page.ts';
import { retryable, showRetry } from './retry.ts';
import type { PageState } from './state.ts';

/** What every panel of one update reads and adds to. */
export interface Run {
  s: PageState;
  /** The whole state as a query (the URL's). */
  q: URLSearchParams;
  /** This update's number: a panel drops its answer when a later update has started. */
  mine: number;
  used: { dataset: string; vintage: string | null; through?: string }[];
  /** The lead's window end (its last session) once it has answered; null when it could not. */
  leadEnd: Promise<string | null>;
  /** Settles `leadEnd` (the lead panel calls it; a second call does nothing). */
  settleLead: (endDate: string | null) => void;
  conventions: Record<string, string>;
}

/** A new run's lead promise and its settle function. */
export function leadSignal(): Pick<Run, 'leadEnd' | 'settleLead'> {
  let settleLead: (d: string | null) => void = () => {};
  const leadEnd = new Promise<string | null>((ok) => {
    settleLead = ok;
  });
  return { leadEnd, settleLead };
}

/** True while `run` is the latest update. */
export const current = (run: Run): boolean => run.mine === page.seq;

/**
 * Runs one panel; its failure is its own (the others still show their answers). A failure a second try may
 * cure (no answer, a late or busy server) also shows the page's "Try again" bar.
 */
export async function panel(
  run: () => Promise<void>,
  fail: (msg: string) => void,
  mine: number,
): Promise<void> {
  try {
    await run();
  } catch (err) {
    if (mine !== page.seq) return;
    fail((err as Error).message);
    if (retryable(err)) showRetry((err as Error).message);
  }
}

/**
 * The page's state as a /api/returns-since query: the compared events are the page's, not the route's (the
 * route refuses a parameter it does not read).
 * @example sinceQuery(new URLSearchParams('event=2016-11-08&compare=2020-11-03')).toString() // 'event=2016-11-08'
 */
export function sinceQuery(q: URLSearchParams): URLSearchParams {
  const x = new URLSearchParams(q);
  x.delete('compare');
  return x;
}
