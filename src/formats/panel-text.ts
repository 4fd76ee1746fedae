/**
 * The long stock panel (`Date,Ticker,Open,High,Low,Close,Volume`, prices adjusted for splits and dividends)
 * parsed in JS — for small panels, inline text and Parquet. Big files take the DuckDB path in
 * store/import/panel.ts; both apply the same rules (a differential test over the same files checks it):
 * Close is stored as adj_close, close stays NULL, and a row with no Close is rejected and counted.
 */
import { BAD_ROW, parseGeneric } from './generic.ts';
import { bump, type Parsed, type ParseOptions } from './types.ts';

/** Notes stated for panel imports. */
export const PANEL_NOTES = [
  'stock panel prices are split- and dividend-adjusted: Close stored as adj_close, close NULL',
];

/**
 * Parses a long stock panel.
 * @example parsePanelText('Date,Ticker,Open,High,Low,Close,Volume\n2016-11-08,A,1,1,1,1,5\n').bars.adjClose[0] // 1
 */
export function parsePanelText(text: string, opts: ParseOptions = {}): Parsed {
  const p = parseGeneric(text, { ...opts, fieldMap: { close: 'adj_close' } });
  const stats = { ...p.stats, rejected: {} as Record<string, number>, missing: { ...p.stats.missing } };
  if (p.stats.rejected[BAD_ROW]) stats.rejected[BAD_ROW] = p.stats.rejected[BAD_ROW];
  const b = p.bars;
  // every row without Close (all cells missing included) is one 'no price' rejection, and its other missing
  // cells are not counted (the DuckDB path counts missing cells of kept rows only)
  const noClose = stats.missing.Close ?? 0;
  delete stats.missing.Close;
  if (noClose) bump(stats.rejected, 'no price (Close missing)', noClose);
  const allMissing = p.stats.rejected['all value cells missing'] ?? 0;
  for (const col of ['Open', 'High', 'Low', 'Volume']) {
    if (stats.missing[col]) stats.missing[col] -= allMissing;
    if (!stats.missing[col]) delete stats.missing[col];
  }
  const notes = [...PANEL_NOTES, ...p.notes.filter((n) => n.startsWith('first bad row'))];
  if (!b) return { ...p, stats, kind: 'stock-panel', notes };
  const keep: number[] = [];
  for (let i = 0; i < b.day.length; i++) if (!Number.isNaN(b.adjClose[i])) keep.push(i);
  if (keep.length !== b.day.length) {
    // rows without Close: their other missing cells are not counted (the DuckDB path counts kept rows only)
    for (const [col, field] of [
      ['Open', 'open'],
      ['High', 'high'],
      ['Low', 'low'],
      ['Volume', 'volume'],
    ] as const) {
      let n = 0;
      for (let i = 0; i < b.day.length; i++)
        if (Number.isNaN(b.adjClose[i]) && Number.isNaN(b[field][i])) n++;
      if (n && stats.missing[col]) stats.missing[col] -= n;
      if (stats.missing[col] === 0) delete stats.missing[col];
    }
    const pick = <T extends Float64Array | Int32Array>(a: T): T => {
      const out = new (a.constructor as new (n: number) => T)(keep.length);
      keep.forEach((i, k) => {
        out[k] = a[i];
      });
      return out;
    };
    p.bars = {
      ...b,
      ticker: pick(b.ticker),
      day: pick(b.day),
      line: pick(b.line),
      open: pick(b.open),
      high: pick(b.high),
      low: pick(b.low),
      close: pick(b.close),
      adjClose: pick(b.adjClose),
      volume: pick(b.volume),
      dividend: pick(b.dividend),
      splitFactor: pick(b.splitFactor),
    };
  }
  return { ...p, stats, kind: 'stock-panel', notes };
}
