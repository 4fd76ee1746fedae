/**
 * The data a finding was computed from: one dataset with its vintage (`DataRef`), and the finding's
 * provenance built from a list of them with the command that prints the number again.
 */
import type { Provenance } from './finding.ts';

/** One dataset with its vintage; the other fields of the one provenance shape (src/provenance.ts) when known. */
export interface DataRef {
  /** The store's dataset name (`capgap datasets`). */
  name: string;
  /** As the store keeps it ('CRSP 202505 (inferred)'); null or absent when unknown. */
  vintage?: string | null;
  /** 'daily' or 'monthly': the frequency of the series read. */
  frequency?: string | null;
  /** 'value' or 'equal' for a portfolio; null for a security or a factor. */
  weighting?: string | null;
  /** Where the dataset comes from, in words. */
  source?: string | null;
  /** The part of the dataset used ('Mkt-RF + RF'). */
  series?: string | null;
}

/** The provenance of a finding: its datasets (vintage null when unknown), command and library call. */
export function findingProvenance(datasets: DataRef[], command?: string, call?: string): Provenance {
  const ref = (d: DataRef): DataRef => {
    const out: DataRef = { name: d.name, vintage: d.vintage ?? null };
    for (const k of ['frequency', 'weighting', 'source', 'series'] as const) if (d[k] != null) out[k] = d[k];
    return out;
  };
  return { datasets: datasets.map(ref), command, call };
}
