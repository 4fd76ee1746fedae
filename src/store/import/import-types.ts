/** The options and the summary of an import (`importFile`, `importFiles`, the panel path). */
import type { Limits } from '../../formats/limits.ts';
import type { ImportKind } from '../../formats/types.ts';

/** Options for importing files; all optional. */
export interface ImportOptions {
  /** Force a format instead of detecting it. */
  kind?: ImportKind;
  /** Ticker for one-ticker price files (default: from the file name). */
  ticker?: string;
  /** Dataset name (default: `<kind>/<TICKER>` for price files, 'french/<file stem>' for French files, …). */
  dataset?: string;
  /** French vintage override (e.g. 'CRSP 202505'). */
  vintage?: string;
  /** Weighting of untitled French portfolio blocks. */
  weighting?: 'value' | 'equal';
  /** Exchange for a companylist (default: from the file name, e.g. companylist_NYSE_… → NYSE). */
  exchange?: string;
  /** Snapshot date for a companylist, YYYY-MM-DD (default: a date in the file name). */
  date?: string;
  /** Replace what the store holds for this dataset instead of refusing different values. */
  replace?: boolean;
  /**
   * Price files and the stock panel only: skip rows that fail validation (unparseable number, bad date,
   * negative price) and count them by reason, instead of refusing the file. Default false.
   */
  rejectBadRows?: boolean;
  /**
   * Resource limits (formats/limits.ts: inflated size and ratio, line and cell length, rows per file); the
   * CLI's --max-bytes and --max-rows set maxBytes and maxRows.
   */
  limits?: Partial<Limits>;
  /** Called as work advances (phase names and, for many files, file counts). */
  onProgress?: (event: { file: string; phase: string; done?: number; total?: number }) => void;
}

/** What one import did. */
export interface ImportSummary {
  file: string;
  kind: ImportKind;
  /** Why this format was chosen ('--kind' or the detector's reason). */
  reason: string;
  /** The dataset the rows were written under. */
  dataset: string;
  /** The `datasets` row name (equal to `dataset` except for French files). */
  registryName: string;
  vintage: string | null;
  rowsRead: number;
  /** Rows stored (new or already present with the same values), by table. */
  stored: Record<string, number>;
  /** Rows that were new to the store, by table. */
  added: Record<string, number>;
  /** Rows not stored, by reason. */
  rejected: Record<string, number>;
  /** Cells stored as NULL because the source marks them missing, by column/section. */
  missing: Record<string, number>;
  /** Conventions applied. */
  notes: string[];
}
