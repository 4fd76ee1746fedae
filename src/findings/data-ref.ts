/**
 * The data a finding was computed from: one dataset with its vintage (`DataRef`), and the finding's
 * provenance built from a list of them with the command that prints the number again.
 */
import type { Provenance } from './finding.ts';

/** One dataset with its vintage. */
export interface DataRef {
  name: string;
  vintage?: string | null;
}

/** The provenance of a finding: its datasets (vintage null when unknown), command and library call. */
export function findingProvenance(datasets: DataRef[], command?: string, call?: string): Provenance {
  return { datasets: datasets.map((d) => ({ name: d.name, vintage: d.vintage ?? null })), command, call };
}
