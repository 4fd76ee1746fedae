/**
 * Where the embedded default dataset lives: `data/*.parquet`, one file per store table (built from
 * ../shared/data by `npm run data:build`; sources and vintages in data/PROVENANCE.md).
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATA_TABLES, type DataTable } from './schema.ts';

/** The folder holding the embedded dataset. */
export const EMBEDDED_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/**
 * The Parquet files of the embedded dataset, by table (tables without a file are absent).
 * @example embeddedFiles().bars // '/…/data/bars.parquet'
 */
export function embeddedFiles(dir: string = EMBEDDED_DIR): Partial<Record<DataTable, string>> {
  const out: Partial<Record<DataTable, string>> = {};
  if (!existsSync(dir)) return out;
  const d = dir.endsWith('/') ? dir : `${dir}/`;
  const names = new Set(readdirSync(d));
  for (const t of DATA_TABLES) if (names.has(`${t}.parquet`)) out[t] = `${d}${t}.parquet`;
  return out;
}
