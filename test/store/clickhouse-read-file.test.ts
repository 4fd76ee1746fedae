import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readForWarehouse } from '../../src/store/clickhouse/read-file.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';

// `capgap import FILE --store clickhouse://…` reads FILE in JS (src/store/clickhouse/read-file.ts): a FIFO
// waited forever there, a folder gave a raw EISDIR. Both are named now, never read, with no server needed.
describe('readForWarehouse on a path that is not a data file', () => {
  const dir = scratchDir('capgap-ch-read-');
  it('a FIFO and a folder are ImportErrors naming them', () => {
    const fifo = join(dir, 'fifo.csv');
    execFileSync('mkfifo', [fifo]);
    assert.throws(() => readForWarehouse(fifo), /fifo\.csv: is not a regular file; expected a data file/);
    const folder = join(dir, 'folder.csv');
    mkdirSync(folder);
    assert.throws(() => readForWarehouse(folder), /folder\.csv: is a folder; expected a data file/);
    assert.throws(() => readForWarehouse(join(dir, 'none.csv')), /none\.csv: no such file/);
  });
});
