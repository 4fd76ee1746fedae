/**
 * What one stated number claims before windows and readings (./quantity-claim.ts), and what carries from
 * clause to clause.
 */
import type { ClaimMetric, ClaimWindow, Extreme } from '../claim.ts';
import type { ClaimSubject, ComparisonTarget } from '../claim-read.ts';
import type { VerbHit } from './verbs.ts';

/** What the clause says about one quantity, before windows and readings. */
export interface QuantityClaim {
  metric: ClaimMetric;
  subjects: ClaimSubject[];
  target?: ComparisonTarget;
  sign: 1 | -1;
  signSource: 'verb' | 'number' | 'none';
  verb?: VerbHit;
  /** A distance's reference high or low (./distance-claim.ts). */
  extreme?: Extreme;
  /** A ratio to the same subject's period before ("double the previous week's"): ./period-ratio.ts. */
  /** The same subject's period before (`shift`), or after an earlier election (its year: "what they managed in 2016"). */
  versus?: { shift: 'week' | 'month' | 'year' | number; of: 'flow' | 'return'; words: string };
  /** The unit when the number's words say another ("about 6 points came on Wednesday": a return in per cent). */
  unit?: 'percent';
  /** A gap with no side stated ("the gap between A and B was 8.9 points"): ./between-claim.ts. */
  unsigned?: true;
  /** How the claim was read where the words leave it open ("names no benchmark: read against the S&P 500"). */
  why?: string;
}

/** What carries from clause to clause within a sentence (and, by pronoun, from the previous sentence). */
export interface Carry {
  subject?: ClaimSubject;
  verb?: VerbHit;
  /** What the last comparison was against (the market, the opposite group, an index): "against 2.0%" is its return. */
  target?: ClaimSubject;
  /** The stretch from a dated close a distance was measured from ("since its Oct. 11 low"): "the same period". */
  stretch?: ClaimWindow;
}
