/**
 * Amounts of money in a table: a flows column ("Weekly flows", "Net flows ($bn)", "Net Flows ($, mm)") or a
 * cell written as money ("$4.1bn") becomes the sentence a writer would give it: "IWM took in $4.1bn", "VB saw
 * outflows of $0.6bn". The scale is the cell's, else the column's ("$bn", "($, mm)", "millions").
 */
import type { Cell, TableColumn } from './tables.ts';

/** A column of money: its header names a currency, a scale or flows. */
const MONEY_HEADER = /[$£€]|\b(?:bn|billions?|mn|mm|millions?|(?:net\s+|fund\s+)?(?:in|out)?flows?)\b/i;

/**
 * The sentence of a money cell (without its period), '' when it is money with no scale, undefined when the
 * cell is no amount of money.
 * @example moneyCell('IWM', 'Weekly flows', '$4.1bn', false, '4.1') // 'IWM took in $4.1bn'
 */
export function moneyCell(
  label: string,
  header: string,
  cell: string,
  negative: boolean,
  digits: string,
): string | undefined {
  const cellMoney = /[$£€]|\d\s*(?:bn|b|mn|mm|m|billion|million)$/i.test(cell);
  if (!cellMoney && !MONEY_HEADER.test(header)) return undefined;
  if (/%|\bpp\b|\bbps?\b/i.test(cell)) return undefined; // "Flows (% of assets)": a share, not money
  const scale = (s: string) =>
    /\b(?:bn|b|billions?)\b|\d(?:bn|b)\b/i.test(s)
      ? 'bn'
      : /\b(?:mn|mm|m|millions?)\b|\d(?:mn|mm|m)\b/i.test(s)
        ? 'm'
        : undefined;
  const unit = scale(cell) ?? scale(header);
  if (!unit) return '';
  const currency = /£/.test(cell + header) ? '£' : /€/.test(cell + header) ? '€' : '$';
  const amount = `${currency}${digits}${unit}`;
  return negative ? `${label} saw outflows of ${amount}` : `${label} took in ${amount}`;
}

/**
 * The row sentence of a money cell, its column's period after it ("IWM took in $4.1bn this week."), or why it
 * is not read (money with no scale); undefined when the cell is no amount of money.
 */
export function moneyRow(
  label: string,
  column: TableColumn,
  cell: Cell,
  text: string,
  negative: boolean,
  digits: string,
): { cell: Cell; column: TableColumn; sentence?: string; why?: string } | undefined {
  const money = moneyCell(label, column.header, text, negative, digits);
  if (money === undefined) return undefined;
  if (money) return { cell, column, sentence: `${money}${column.phrase ? ` ${column.phrase}` : ''}.` };
  return {
    cell,
    column,
    why: `an amount of money in a table with no scale (${JSON.stringify(cell.text)}, column "${column.header}"): say "$bn" or "$m" in the cell or its column`,
  };
}
