/**
 * The size schemes the server offers: which series stand for "small" and "large". An allow-list: a request
 * names a scheme by id and never a table, column or file.
 *
 * - French schemes use Kenneth French's daily size portfolios (NYSE breakpoints of June market equity, stocks
 *   ranked each June; value-weighted daily returns). `Lo 10` is the smallest decile, `Hi 10` the largest.
 * - `indexes` compares the Russell 2000 (^RUT) with the S&P 500 (^GSPC), both cap-weighted price indexes.
 */
import { quote } from '../../quote.ts';

/** A size scheme: two legs and where they come from. */
export interface SizeScheme {
  id: string;
  label: string;
  /** 'french': rows of portfolio_series (daily returns); 'bars': closes of two securities. */
  kind: 'french' | 'bars';
  small: string;
  large: string;
  /** Weightings the data can supply for this scheme. */
  weightings: readonly ('value' | 'equal')[];
}

export const SCHEMES: readonly SizeScheme[] = [
  {
    id: 'deciles',
    label: 'Size deciles: smallest 10% vs largest 10% (French, NYSE breakpoints)',
    kind: 'french',
    small: 'Lo 10',
    large: 'Hi 10',
    weightings: ['value', 'equal'],
  },
  {
    id: 'quintiles',
    label: 'Size quintiles: smallest 20% vs largest 20% (French, NYSE breakpoints)',
    kind: 'french',
    small: 'Lo 20',
    large: 'Hi 20',
    weightings: ['value', 'equal'],
  },
  {
    id: 'terciles',
    label: 'Size 30/40/30: bottom 30% vs top 30% (French, NYSE breakpoints)',
    kind: 'french',
    small: 'Lo 30',
    large: 'Hi 30',
    weightings: ['value', 'equal'],
  },
  {
    id: 'indexes',
    label: 'Indexes: Russell 2000 (^RUT) vs S&P 500 (^GSPC), cap-weighted price indexes',
    kind: 'bars',
    small: '^RUT',
    large: '^GSPC',
    weightings: ['value'],
  },
];

export const SCHEME_IDS = SCHEMES.map((s) => s.id);
export const WEIGHTINGS = ['value', 'equal'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

/**
 * The scheme with this id (ids come from the allow-list, so a miss is a programming error).
 * @example schemeById('deciles').small // 'Lo 10'
 */
export function schemeById(id: string): SizeScheme {
  const s = SCHEMES.find((x) => x.id === id);
  if (!s) throw new Error(`unknown scheme: ${quote(id)}; expected one of ${SCHEME_IDS.join(', ')}`);
  return s;
}
