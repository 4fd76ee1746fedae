/**
 * `node --import tsx bench/write-panel.ts DIR [--rows 1e7] [--order shuffled|sorted]`: writes the benchmark's
 * input files into DIR (bench/panel-files.ts), the same panel and row order `npm run bench:buckets` uses for
 * that size (a seeded SYNTHETIC panel, src/portfolios/synthetic.ts; not market data), for the scripts that
 * take a DIR: bench/buckets-steps.ts, bench/buckets-cold.ts, bench/duckdb-variants.ts and any runner.
 */
import { mkdirSync } from 'node:fs';
import { syntheticPanel } from '../src/portfolios/synthetic.ts';
import { panelShape } from './buckets-common.ts';
import { shufflePanel, writePanelFiles } from './panel-files.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const dir = process.argv[2];
const rows = Number(arg('rows', '1e7'));
const order = arg('order', 'shuffled');
if (!dir || dir.startsWith('--'))
  throw new Error('usage: write-panel.ts DIR [--rows 1e7] [--order shuffled|sorted]');
if (!(rows >= 1000)) throw new Error(`invalid --rows: ${arg('rows', '')}; expected a number >= 1000`);
if (order !== 'shuffled' && order !== 'sorted')
  throw new Error(`invalid --order: "${order}"; expected shuffled or sorted`);
const sorted = syntheticPanel(panelShape(rows));
mkdirSync(dir, { recursive: true });
writePanelFiles(dir, order === 'sorted' ? sorted : shufflePanel(sorted, 7)); // bench/buckets.ts's seed
console.log(`${dir}: ${sorted.stock.length} rows, ${sorted.ids.length} stocks, ${order}`);
