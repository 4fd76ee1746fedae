/**
 * Points in a table: a difference column's bare numbers beside per cents, a difference row's "pts", and the
 * sentence such a row says (./tables.ts reads its rows through here).
 */
import { unitOf } from './table-columns.ts';

/**
 * The unit of a difference column's bare numbers ("Small minus large: +2.9") beside per cents in its row:
 * percentage points.
 * @example pointsBeside('Small minus large', [{ text: '1988' }, { text: '+1.5%' }, { text: '+2.9' }]) // 'pp'
 */
export function pointsBeside(header: string, row: readonly { text: string }[]): string | undefined {
  return DIFFERENCE.test(header) && row.some((c) => unitOf(c.text) === 'percent') ? 'pp' : undefined;
}

const DIFFERENCE = /\b(?:minus|less|spread|gap|difference|diff|lead|vs\.?|versus|over|relative|excess)\b/i;

/**
 * The points a cell's bare or "pts" number is in: a difference column's beside per cents (`pointsBeside`), or a
 * difference row's ("| Small minus large | +3.9 pts |"; a level's row keeps its index points).
 * @example pointsUnit('Week', [], 'Small minus large', '+3.9 pts') // 'pp'
 */
export function pointsUnit(
  header: string,
  row: readonly { text: string }[],
  label: string,
  cell: string,
): string | undefined {
  const inPoints = DIFFERENCE.test(label) && /\d\s*(?:pts?|points?)\b/i.test(cell);
  return pointsBeside(header, row) ?? (inPoints ? 'pp' : undefined);
}

/** A fund page's row of its own returns: "Market price", "NAV", "Fund (NAV)", "Total return". */
const OWN_ROW =
  /^(?:fund\s*)?\(?(?:market\s+price|nav|net\s+asset\s+value|fund|total\s+return|price\s+return)\)?(?:\s+returns?)?(?:\s*\(%\))?$/i;

/**
 * A row's sentence: "Russell 2000 rose 8.6% over the week."; a difference row's its label and signed points
 * ("Small minus large over the week: +3.9 percentage points.", read as the spread, ./size-classes.ts); a fund
 * page's "Market price" or "NAV" row is the page's fund ("It rose 11.07% over 1 month.": ./title-fund.ts).
 */
export function rowSentence(
  label: string,
  verb: string,
  value: string,
  when: string,
  negative: boolean,
): string {
  if (DIFFERENCE.test(label) && / percentage points$/.test(value))
    return `${label}${when}: ${negative ? '-' : '+'}${value}.`;
  return `${OWN_ROW.test(label.trim()) ? 'It' : label} ${verb} ${value}${when}.`;
}
