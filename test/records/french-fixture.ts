/**
 * Reads Lo 10 / Hi 10 monthly returns from a Kenneth French Portfolios_Formed_on_ME CSV (original format),
 * just enough for the records tests: the section by title, the two columns by header name, percent to
 * decimal, -99.99/-999 as NaN, YYYYMM as the month's last day.
 */
import { readFileSync } from 'node:fs';

export const FIXTURE = new URL(
  '../fixtures/flows/Portfolios_Formed_on_ME_monthly_2000-2026_vintage202602.CSV',
  import.meta.url,
);
export const SHARED_FILE = new URL(
  '../../../shared/data/kenfrench_data_library/Portfolios_Formed_on_ME_monthly_vintage202602.CSV',
  import.meta.url,
);

export interface Deciles {
  ends: string[];
  small: Float64Array;
  large: Float64Array;
}

export function readDeciles(file: URL, weighting: 'value' | 'equal'): Deciles {
  const title =
    weighting === 'value'
      ? 'Average Value Weight Returns -- Monthly'
      : 'Average Equal Weighted Returns -- Monthly';
  const lines = readFileSync(file, 'latin1').split(/\r?\n/);
  const at = lines.findIndex((l) => l.trim() === title);
  if (at < 0) throw new Error(`no section "${title}" in ${file.pathname}`);
  const header = lines[at + 1].split(',').map((s) => s.trim());
  const lo = header.indexOf('Lo 10');
  const hi = header.indexOf('Hi 10');
  const ends: string[] = [];
  const small: number[] = [];
  const large: number[] = [];
  for (let i = at + 2; i < lines.length && /^\d{6},/.test(lines[i]); i++) {
    const cells = lines[i].split(',');
    const y = Number(cells[0].slice(0, 4));
    const m = Number(cells[0].slice(4, 6));
    ends.push(new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
    const pct = (s: string) => (Number(s) <= -99.99 ? Number.NaN : Number(s) / 100);
    small.push(pct(cells[lo]));
    large.push(pct(cells[hi]));
  }
  return { ends, small: Float64Array.from(small), large: Float64Array.from(large) };
}
