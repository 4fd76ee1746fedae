/**
 * The small decisions around a French file: its vintage, its dataset name, the weighting a file name
 * declares, and French dates as day numbers.
 */

import { regionOfFrenchFile } from '../calendar/regions.ts';
import { quote } from '../quote.ts';
import { ImportError } from './errors.ts';
import { fileStem } from './text.ts';
import { type CellAt, checkDayBounds } from './validate.ts';

/** The earliest date a French file may hold: its series start in July 1926 (1926-01-01 allowed). */
export const FRENCH_EARLIEST = -16071;

/**
 * The vintage: `override`, else the header's 'created (by) using the YYYYMM CRSP database' → 'CRSP YYYYMM'
 * (US files) or '… YYYYMM Bloomberg database' → 'Bloomberg YYYYMM' (French's regional files: Europe,
 * Developed ex US, Japan, …), else `_vintageYYYYMM` in the file name → 'CRSP YYYYMM (inferred)', or
 * 'Bloomberg YYYYMM (inferred)' for a regional file name (see ../calendar/regions.ts). Throws if none.
 * @example frenchVintage(['This file was created using the 202602 CRSP database.'], 'x.CSV') // 'CRSP 202602'
 * @example frenchVintage(['This file was created using the 202603 Bloomberg database.'], 'x.csv') // 'Bloomberg 202603'
 */
export function frenchVintage(lines: string[], file: string, override?: string): string {
  if (override) return override;
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const m = /(\d{6}) (CRSP|Bloomberg) database/i.exec(lines[i]);
    if (m) return `${m[2].toLowerCase() === 'crsp' ? 'CRSP' : 'Bloomberg'} ${m[1]}`;
  }
  const m = /vintage[_-]?(\d{6})/i.exec(fileStem(file));
  if (m) return `${regionOfFrenchFile(file) === 'us' ? 'CRSP' : 'Bloomberg'} ${m[1]} (inferred)`;
  throw new ImportError({
    file,
    line: 0,
    column: '',
    reason: 'no vintage in the file header or name; pass --vintage (e.g. --vintage "CRSP 202505")',
  });
}

/** French's portfolios formed on size (ME), the size deciles every size question reads: its dataset name. */
export const SIZE_DATASET = 'french/Portfolios_Formed_on_ME';

/**
 * The dataset a French file belongs to: 'french/' + the file name cut before its frequency/vintage/cleaning
 * suffix (`_daily`, `_monthly`, `_vintage…`, `_VALUEWEIGHTED`, `_cleaned`, `_preamble…`).
 * @example frenchDatasetName('Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv') // 'french/Portfolios_Formed_on_ME'
 */
export function frenchDatasetName(file: string): string {
  const stem = fileStem(file);
  const cut = stem.search(
    /_(daily|monthly|weekly|annual|vintage|valueweighted|equalweighted|cleaned|preamble)/i,
  );
  return `french/${cut > 0 ? stem.slice(0, cut) : stem}`;
}

/** 'value' / 'equal' if the file name says VALUEWEIGHTED / EQUALWEIGHTED, else undefined. */
export function frenchWeightingFromName(file: string): 'value' | 'equal' | undefined {
  const stem = fileStem(file).toUpperCase();
  if (stem.includes('VALUEWEIGHTED')) return 'value';
  if (stem.includes('EQUALWEIGHTED')) return 'equal';
  return undefined;
}

/**
 * A French date (YYYYMMDD, YYYYMM or YYYY, already checked to be digits) as a day number: monthly dates map to
 * the month's last calendar day, annual dates to Dec 31.
 * @example frenchDay('201611', at) // day of 2016-11-30
 */
export function frenchDay(d: string, at: CellAt): number {
  const y = +d.slice(0, 4);
  let t: number;
  const utc = (yy: number, mm: number, dd: number) => new Date(0).setUTCFullYear(yy, mm, dd);
  if (d.length === 4) t = utc(y, 11, 31);
  else if (d.length === 6) {
    const m = +d.slice(4, 6);
    if (m < 1 || m > 12) throw new ImportError({ ...at, reason: `no such month ${quote(d)}` });
    t = utc(y, m, 0);
  } else {
    const m = +d.slice(4, 6);
    const dd = +d.slice(6, 8);
    t = utc(y, m - 1, dd);
    const back = new Date(t);
    if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== dd) {
      throw new ImportError({ ...at, reason: `no such calendar day ${quote(d)}` });
    }
  }
  const day = Math.round(t / 86_400_000);
  checkDayBounds(day, at, { earliest: FRENCH_EARLIEST });
  return day;
}
