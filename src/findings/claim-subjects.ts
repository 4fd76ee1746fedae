/**
 * What a claim's subject id names, for the evaluator: a size group ('Lo 10' = the smallest 10%, 'Hi 33' =
 * the largest third), the market, a fund category, or an index/fund ticker. Size groups are written
 * 'Lo N' / 'Hi N' with N the share of stocks in percent: 10, 20, 30 (French publishes these, NYSE
 * breakpoints), 25 (quartiles), 33 (terciles) and 50 (halves), which only stock-built buckets have; the
 * reader writes those 'Lo 1/4', 'Lo 1/3', 'Lo 1/2' (./claim-read.ts).
 */

/** A size group: which end and how large a share of stocks. */
export interface SizeGroup {
  side: 'Lo' | 'Hi';
  /** Share of stocks, percent: 10, 20, 25, 30, 33 or 50. */
  share: 10 | 20 | 25 | 30 | 33 | 50;
}

const SHARES = [10, 20, 25, 30, 33, 50] as const;

/**
 * The size group a subject id names, or null: 'Lo 10' → { side: 'Lo', share: 10 }.
 * @example sizeGroup('Hi 33') // { side: 'Hi', share: 33 }
 */
export function sizeGroup(id: string): SizeGroup | null {
  const m = /^(Lo|Hi) (\d+|1\/[234])$/.exec(id);
  if (!m) return null;
  const share = (
    m[2] === '1/3' ? 33 : m[2] === '1/4' ? 25 : m[2] === '1/2' ? 50 : Number(m[2])
  ) as SizeGroup['share'];
  return SHARES.includes(share) ? { side: m[1] as 'Lo' | 'Hi', share } : null;
}

/** French's published groups (Portfolios_Formed_on_ME): 10, 20 and 30 (of 30/40/30). */
export function frenchHas(share: number): share is 10 | 20 | 30 {
  return share === 10 || share === 20 || share === 30;
}

/**
 * The French group used for a share French does not publish: the third → the 30% of 30/40/30.
 * @example frenchShare(33) // 30
 */
export function frenchShare(share: number): 10 | 20 | 30 | null {
  if (frenchHas(share)) return share;
  return share === 33 ? 30 : null;
}

/**
 * The engine scheme (src/portfolios/breakpoints.ts) for a share of stocks.
 * @example stockScheme(33) // 'terciles'
 */
export function stockScheme(share: SizeGroup['share']): string {
  return { 10: 'deciles', 20: 'quintiles', 25: 'p:25,50,75', 30: '30-40-30', 33: 'terciles', 50: 'p:50' }[
    share
  ];
}

/**
 * A size group in words that say what it is: 'the smallest 10% of stocks by NYSE breakpoints'.
 * @example groupWords({ side: 'Lo', share: 33 }, 'stocks') // 'the smallest third of stocks'
 */
export function groupWords(g: SizeGroup, breakpoints?: 'nyse' | 'all'): string {
  const end = g.side === 'Lo' ? 'smallest' : 'largest';
  const share = g.share === 33 ? 'third' : g.share === 50 ? 'half' : `${g.share}%`;
  const by =
    breakpoints === 'nyse'
      ? ' by NYSE breakpoints'
      : breakpoints === 'all'
        ? ' by all-stock breakpoints'
        : '';
  return `the ${end} ${share} of stocks${by}`;
}

/** ETFs that track an index: the proxy the convention search may use for the index's total return. */
export const INDEX_ETF: Record<string, string> = {
  '^RUT': 'IWM',
  '^GSPC': 'SPY',
  '^DJI': 'DIA',
  '^RUI': 'IWB',
  '^RUA': 'IWV',
  '^SP600': 'IJR',
  '^SP400': 'IJH',
  '^NDX': 'QQQ',
};

/**
 * Kenneth French's US factors a claim can name as its subject: SMB (small minus big, the size factor) and HML
 * (high minus low book-to-market, the value factor); long-short returns, no prices.
 */
export const US_FACTORS: Record<string, string> = {
  SMB: 'small minus big, NYSE breakpoints',
  HML: 'high minus low book-to-market, NYSE breakpoints',
};

/** True for a French US factor's id ('SMB', 'HML'). */
export const isFactor = (id: string): boolean => Object.hasOwn(US_FACTORS, id);

/**
 * True for the broad market: 'market' ("the market", "the broader market") or 'universe' ("the wider stock
 * universe"); which market is a convention (French VW, the S&P 500, the stock universe EW or VW).
 */
export function isMarket(id: string): boolean {
  return id === 'market' || id === 'universe';
}
