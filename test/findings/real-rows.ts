// Small real rows for claim tests, copied from the files named (values unchanged; French percent → decimal).
import type { Store } from '../../src/store/store.ts';

/** ^RUT, /work/shared/data/prices/yahoo_xjcarter_data/^RUT.csv: date, open, close (= Adj Close). */
export const RUT: [string, number, number][] = [
  ['2016-11-04', 1157.18994, 1163.43994],
  ['2016-11-07', 1164.56995, 1192.25],
  ['2016-11-08', 1192.04004, 1195.14001],
  ['2016-11-09', 1194.33997, 1232.16003],
  ['2016-11-10', 1235.85999, 1251.60999],
  ['2016-11-11', 1251.52002, 1282.38],
  ['2016-11-14', 1283.03003, 1298.59998],
  ['2016-11-15', 1298.52002, 1302.14001],
  ['2016-11-16', 1300.68994, 1302.19995],
  ['2016-11-17', 1302.85999, 1309.47998],
];

/** ^GSPC, same repository, file ^GSPC.csv: date, open, close. */
export const GSPC: [string, number, number][] = [
  ['2016-11-08', 2129.91992, 2139.56006],
  ['2016-11-09', 2131.56006, 2163.26001],
  ['2016-11-10', 2167.48999, 2167.47998],
  ['2016-11-11', 2162.70996, 2164.44995],
  ['2016-11-14', 2165.63989, 2164.19995],
];

/** IWM around its Dec-2016 ex-dividend date, same repository, IWM.csv: date, open, close, adj close. */
export const IWM: [string, number, number, number][] = [
  ['2016-12-20', 137.0, 137.96001, 128.84895],
  ['2016-12-21', 137.9, 137.06, 128.00838],
  ['2016-12-22', 136.9, 135.32001, 126.90456],
  ['2016-12-23', 135.4, 136.03999, 127.57978],
];

/**
 * French daily VW size portfolios, percent, from kenfrench_data_library/
 * Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv: date, Lo 10, Hi 10.
 */
export const FRENCH_DAILY: [string, number, number][] = [
  ['2016-11-07', 1.97, 2.24],
  ['2016-11-08', 0.38, 0.44],
  ['2016-11-09', 3.26, 1.22],
  ['2016-11-10', 1.7, 0.08],
  ['2016-11-11', 3.03, -0.16],
  ['2016-11-14', 0.86, -0.25],
];

/** F-F_Research_Data_Factors_daily_vintage202505_cleaned.csv, percent: date, Mkt-RF, RF. */
export const FACTORS_DAILY: [string, number, number][] = [
  ['2016-11-07', 2.24, 0.001],
  ['2016-11-08', 0.41, 0.001],
  ['2016-11-09', 1.45, 0.001],
  ['2016-11-10', 0.33, 0.001],
  ['2016-11-11', 0.18, 0.001],
  ['2016-11-14', 0.2, 0.001],
];

/**
 * French monthly size portfolios, percent, Portfolios_Formed_on_ME_monthly_vintage202602.CSV, VW section
 * (lines 1097–1098) and EW section (lines 2297–2298): month end, weighting, Lo 30, Hi 30, Lo 10, Hi 10.
 */
export const FRENCH_MONTHLY: [string, 'value' | 'equal', number, number, number, number][] = [
  ['2016-10-31', 'value', -5.91, -1.56, -7.11, -1.29],
  ['2016-11-30', 'value', 12.08, 3.97, 9.75, 3.42],
  ['2016-10-31', 'equal', -6.79, -1.96, -7.6, -1.19],
  ['2016-11-30', 'equal', 9.27, 5.1, 6.98, 4.46],
];

/** Loads all of the above into a fresh store (datasets named as capgap's importer names them). */
export async function loadRealRows(store: Store): Promise<void> {
  await store.run(`INSERT INTO datasets (name, kind, vintage) VALUES
    ('yahoo/^RUT', 'yahoo', '2022-11-18'), ('yahoo/^GSPC', 'yahoo', '2022-11-18'), ('yahoo/IWM', 'yahoo', '2022-11-18'),
    ('french/Portfolios_Formed_on_ME', 'french', 'CRSP 202602'), ('french/F-F_Research_Data_Factors', 'french', 'CRSP 202505')`);
  for (const [d, o, c] of RUT)
    await store.run(
      'INSERT INTO bars (source, id, date, open, close, adj_close) VALUES ($1, $2, $3::DATE, $4, $5, $5)',
      ['yahoo/^RUT', '^RUT', d, o, c],
    );
  for (const [d, o, c] of GSPC)
    await store.run(
      'INSERT INTO bars (source, id, date, open, close, adj_close) VALUES ($1, $2, $3::DATE, $4, $5, $5)',
      ['yahoo/^GSPC', '^GSPC', d, o, c],
    );
  for (const [d, o, c, a] of IWM)
    await store.run(
      'INSERT INTO bars (source, id, date, open, close, adj_close) VALUES ($1, $2, $3::DATE, $4, $5, $6)',
      ['yahoo/IWM', 'IWM', d, o, c, a],
    );
  const ps = `INSERT INTO portfolio_series VALUES ('french/Portfolios_Formed_on_ME', $1, $2, $3, 'return', $4, $5::DATE, $6)`;
  for (const [d, lo, hi] of FRENCH_DAILY) {
    await store.run(ps, ['CRSP 202505 (inferred)', 'daily', 'value', 'Lo 10', d, lo / 100]);
    await store.run(ps, ['CRSP 202505 (inferred)', 'daily', 'value', 'Hi 10', d, hi / 100]);
  }
  for (const [d, w, lo30, hi30, lo10, hi10] of FRENCH_MONTHLY) {
    for (const [p, v] of [
      ['Lo 30', lo30],
      ['Hi 30', hi30],
      ['Lo 10', lo10],
      ['Hi 10', hi10],
    ] as const) {
      await store.run(ps, ['CRSP 202602', 'monthly', w, p, d, v / 100]);
    }
  }
  const fs = `INSERT INTO factors VALUES ('french/F-F_Research_Data_Factors', 'CRSP 202505 (inferred)', 'daily', $1, $2::DATE, $3)`;
  for (const [d, m, rf] of FACTORS_DAILY) {
    await store.run(fs, ['Mkt-RF', d, m / 100]);
    await store.run(fs, ['RF', d, rf / 100]);
  }
}
