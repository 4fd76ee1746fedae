/**
 * Staging of series blocks (French portfolios and factors): each value of each block becomes one row of a
 * TEMP table keyed by dataset, vintage, frequency, portfolio (or factor) and date.
 */
import type { SeriesBlock } from '../../formats/types.ts';
import type { Store } from '../store.ts';
import { lit as str } from './panel-sql.ts';
import { type StageColumn, stageRows } from './stage.ts';
import { SPECS, type Staged } from './table-specs.ts';

/** Flat row indexes (block, row, column) over series blocks. */
function flatBlocks(blocks: SeriesBlock[]) {
  let n = 0;
  for (const b of blocks) n += b.day.length * b.names.length;
  const block = new Int32Array(n);
  const row = new Int32Array(n);
  const col = new Int32Array(n);
  let i = 0;
  blocks.forEach((b, bi) => {
    for (let r = 0; r < b.day.length; r++) {
      for (let c = 0; c < b.names.length; c++) {
        block[i] = bi;
        row[i] = r;
        col[i++] = c;
      }
    }
  });
  return { n, block, row, col };
}

/** Stages the portfolio or factor blocks of a parsed file under dataset `ds` and `vintage`. */
export async function stageSeriesBlocks(
  store: Store,
  which: 'portfolios' | 'factors',
  blocks: SeriesBlock[],
  ds: string,
  vintage: string,
): Promise<Staged> {
  const f = flatBlocks(blocks);
  const isP = which === 'portfolios';
  const fixed = (name: string, v: string): StageColumn => ({
    name,
    type: 'VARCHAR',
    get: () => v,
    constant: v,
  });
  const cols: StageColumn[] = [
    fixed('dataset', ds),
    fixed('vintage', vintage),
    { name: 'frequency', type: 'VARCHAR', get: (i) => blocks[f.block[i]].frequency },
    ...(isP
      ? [
          {
            name: 'weighting',
            type: 'VARCHAR',
            get: (i: number) => blocks[f.block[i]].weighting,
          } as StageColumn,
          {
            name: 'measure',
            type: 'VARCHAR',
            get: (i: number) => blocks[f.block[i]].measure,
          } as StageColumn,
        ]
      : []),
    { name: isP ? 'portfolio' : 'factor', type: 'VARCHAR', get: (i) => blocks[f.block[i]].names[f.col[i]] },
    { name: 'date', type: 'DATE', get: (i) => blocks[f.block[i]].day[f.row[i]] },
    {
      name: 'value',
      type: 'DOUBLE',
      get: (i) => {
        const b = blocks[f.block[i]];
        return b.values[f.row[i] * b.names.length + f.col[i]];
      },
    },
  ];
  const stg = isP ? '_stg_portfolio_series' : '_stg_factors';
  await stageRows(store, stg, cols, f.n, (i) => blocks[f.block[i]].line[f.row[i]]);
  const freqs = [...new Set(blocks.map((b) => b.frequency))].map(str).join(', ');
  const table = isP ? 'portfolio_series' : 'factors';
  return {
    stg,
    spec: SPECS[table],
    n: f.n,
    clear: `DELETE FROM ${table} WHERE dataset = ${str(ds)} AND vintage = ${str(vintage)} AND frequency IN (${freqs})`,
  };
}
