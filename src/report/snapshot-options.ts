/** What `snapshotReport` (src/report/from-snapshot.ts) takes besides the snapshot, and the pairs its sentences compare. */
import type { DataRef, ReportEvent } from '../findings/build.ts';
import type { Finding } from '../findings/finding.ts';
import type { SnapshotData } from '../findings/snapshot-types.ts';
import { type Provenance, vintageText } from '../provenance.ts';
import type { EventSetData } from './charts/event-set.ts';
import type { WeeklyFlowsData } from './charts/weekly-flows.ts';

/** Small-cap subject → the large-cap subject it is compared with in sentences. */
export const PAIRS: Record<string, string> = {
  '^RUT': '^GSPC',
  IWM: 'SPY',
  IJR: 'IVV',
  VB: 'VTI',
  VTWO: 'VOO',
};

/** Options of `snapshotReport`. */
export interface SnapshotReportOptions {
  /** The event's full name; defaults to 'event of DATE'. */
  eventName?: string;
  /** How sentences refer to it: 'the election' (default 'the event'). */
  short?: string;
  title?: string;
  /** The command that reproduces the report; defaults to `capgap report --event DATE [--to DATE]`. */
  command?: string;
  /** The series the snapshot was computed from: enables the since-event and size-cumulative charts. */
  data?: SnapshotData;
  /** This event against its set (e.g. from compareEvents), values as decimals: enables the ranked chart and rank. */
  eventSet?: EventSetData;
  /** Weekly category flows with the week to highlight: enables the flows chart. */
  flows?: WeeklyFlowsData;
  /**
   * More findings from other engines (eventFromCompare, spreadFromRecord, returnFromRecord, flowsFromCategory),
   * placed after the lead finding, in this order, under a 'Records and comparisons' section.
   */
  extra?: Finding[];
}

/** Where the section builders put findings: `top` leads the article, `rest` follows; `safe` notes a finding left out. */
export interface FindingSink {
  event: ReportEvent;
  command: string;
  top: Finding[];
  rest: Finding[];
  /** Builds a finding, or notes why it was left out (a missing value never becomes a number). */
  safe: (build: () => Finding) => Finding | null;
}

/** A finding's dataset reference from a typed provenance. */
export function dataRef(p: Provenance): DataRef {
  return { name: p.dataset, vintage: vintageText(p) };
}
