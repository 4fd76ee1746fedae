/**
 * What the report's sector section is built from (plain results; src/queries/sectors-report.ts loads them),
 * and the window its findings state.
 */
import { type DataRef, type ReportEvent, windowLabel } from '../findings/build.ts';
import type { SpreadDecomposition } from '../sectors/decompose.ts';
import type { SectorRank } from '../sectors/sector-ranking.ts';
import type { Tracking } from '../sectors/tracking.ts';

/** What the section needs. */
export interface SectorReportData {
  event: ReportEvent;
  window: [number, number];
  base: string;
  to: string;
  scheme: string;
  within: 'universe' | 'sector';
  ranking: SectorRank[];
  decomposition: SpreadDecomposition;
  /** The stock panel, caps and classification datasets. */
  datasets: DataRef[];
  /** The command that prints these numbers. */
  command: string;
  instruments?: {
    exposure: string;
    window: [number, number];
    base: string;
    to: string;
    series: { name: string; return: number | null };
    command: string;
    funds: {
      ticker: string;
      name: string;
      match: string;
      returnSinceEvent: number | null;
      tracking: Tracking | null;
      historyDataset: string | null;
    }[];
  }[];
}

/** A finding's window over sessions [a, b] of the event (base close to `to` close), with its label. */
export function sessionWindow(event: ReportEvent, relative: [number, number], base: string, to: string) {
  const [a, b] = relative;
  return {
    from: base,
    to,
    label:
      a === 0 ? windowLabel(event, b + 1) : `over sessions ${a} to ${b} after ${event.short ?? 'the event'}`,
    sessions: b - a + 1,
    relative,
    frequency: 'daily',
  };
}

/** The section's provenance: the stock panel, caps and classification datasets, and the command. */
export function sectionProvenance(d: SectorReportData) {
  return {
    datasets: d.datasets.map((x) => ({ name: x.name, vintage: x.vintage ?? null })),
    command: d.command,
  };
}
