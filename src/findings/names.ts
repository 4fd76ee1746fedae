/**
 * Display names of the subjects capgap reports on, and the reverse lookup the claim grammar uses.
 * Size groups are Fama-French portfolios formed on market equity with NYSE breakpoints (French's
 * Portfolios_Formed_on_ME): 'Lo 10' is the smallest decile, 'Hi 10' the largest, 'Lo 30' the bottom 30%.
 */

/** Indices and funds by id: the name an article uses. */
export const SUBJECT_NAMES: Record<string, string> = {
  '^RUT': 'the Russell 2000',
  '^GSPC': 'the S&P 500',
  '^DJI': 'the Dow Jones Industrial Average',
  '^IXIC': 'the Nasdaq Composite',
  IWM: 'the iShares Russell 2000 ETF (IWM)',
  IJR: 'the iShares Core S&P Small-Cap ETF (IJR)',
  VB: 'the Vanguard Small-Cap ETF (VB)',
  VTWO: 'the Vanguard Russell 2000 ETF (VTWO)',
  IWN: 'the iShares Russell 2000 Value ETF (IWN)',
  IWO: 'the iShares Russell 2000 Growth ETF (IWO)',
  SPY: 'the SPDR S&P 500 ETF (SPY)',
  IVV: 'the iShares Core S&P 500 ETF (IVV)',
  MDY: 'the SPDR S&P MidCap 400 ETF (MDY)',
  QQQ: 'the Invesco QQQ Trust (QQQ)',
  DIA: 'the SPDR Dow Jones Industrial Average ETF (DIA)',
  market: 'the US stock market',
};

/**
 * The article name of a subject id: an index, a fund, a French size portfolio, or the id itself. French's
 * groups are named by what they are: 'Lo 10' holds the stocks below NYSE's 10th percentile of market
 * equity (about 1,300 of some 3,500 firms in 2016), not a tenth of US stocks.
 * @example subjectName('^RUT') // 'the Russell 2000'
 * @example subjectName('Lo 10') // 'the smallest 10% of stocks by NYSE breakpoints'
 */
export function subjectName(id: string): string {
  if (id in SUBJECT_NAMES) return SUBJECT_NAMES[id];
  const m = /^(Lo|Hi) (10|20|30)$/.exec(id);
  if (m) return `the ${m[1] === 'Lo' ? 'smallest' : 'largest'} ${m[2]}% of stocks by NYSE breakpoints`;
  const dec = /^(\d)-Dec$/.exec(id);
  if (dec) return `the ${ordinalWord(Number(dec[1]))} size decile by NYSE breakpoints`;
  if (id === 'Med 40') return 'the middle 40% of stocks by NYSE breakpoints';
  const q = /^Qnt (\d)$/.exec(id);
  if (q) return `the ${ordinalWord(Number(q[1]))} size quintile`;
  return id;
}

/** Short name for chart labels: '^RUT' → 'Russell 2000', 'Lo 10' → 'Smallest 10%'. */
export function shortName(id: string): string {
  const m = /^(Lo|Hi) (10|20|30)$/.exec(id);
  if (m) return `${m[1] === 'Lo' ? 'Smallest' : 'Largest'} ${m[2]}%`;
  const dec = /^(\d)-Dec$/.exec(id);
  if (dec) return `Decile ${dec[1]}`;
  if (id === 'Med 40') return 'Middle 40%';
  const q = /^Qnt (\d)$/.exec(id);
  if (q) return `Quintile ${q[1]}`;
  const n = SUBJECT_NAMES[id];
  return n ? n.replace(/^the /, '') : id;
}

function ordinalWord(n: number): string {
  return (
    ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'][n] ??
    `${n}th`
  );
}

/** Phrases the grammar accepts for an index or fund, lower case → id. Tickers are accepted as written. */
export const SUBJECT_ALIASES: Record<string, string> = {
  'russell 2000': '^RUT',
  'the russell 2000': '^RUT',
  'russell 2000 index': '^RUT',
  'the russell 2000 index': '^RUT',
  'the small-cap russell 2000': '^RUT',
  'the small-cap russell 2000 index': '^RUT',
  's&p 500': '^GSPC',
  'the s&p 500': '^GSPC',
  'the s&p 500 index': '^GSPC',
  'the benchmark s&p 500': '^GSPC',
  'the dow': '^DJI',
  'the dow jones industrial average': '^DJI',
  'the nasdaq': '^IXIC',
  'the nasdaq composite': '^IXIC',
};

/**
 * The id a phrase names, or null if it names nothing known (the grammar then reports the claim ambiguous).
 * Accepts aliases ('the Russell 2000'), index tickers ('^RUT') and fund tickers in capitals ('IWM').
 * @example resolveSubject('the Russell 2000') // '^RUT'
 */
export function resolveSubject(phrase: string): string | null {
  const p = phrase.trim().replace(/\s+/g, ' ');
  const alias = SUBJECT_ALIASES[p.toLowerCase()];
  if (alias) return alias;
  const t = p.replace(/^the /i, '');
  if (/^\^[A-Z]{2,6}$/.test(t)) return t;
  if (/^[A-Z]{2,5}$/.test(t) && t in SUBJECT_NAMES) return t;
  if (/^[A-Z]{2,5}$/.test(t)) return t;
  return null;
}
