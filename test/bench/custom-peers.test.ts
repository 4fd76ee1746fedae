/**
 * Peers from outside the project in the size-bucket benchmark (bench/custom-peers.ts: `--peer NAME=COMMAND`).
 * The end-to-end check runs the project's own DuckDB runner as if it were an outside command, on a seeded
 * SYNTHETIC panel's files (src/portfolios/synthetic.ts; not market data), and compares what the harness reads
 * back with capgap's kernel to 1e-12 (the same reference as test/bench/buckets-peers.test.ts). No timings.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { customPeers, peerReport, runPeer } from '../../bench/custom-peers.ts';
import { shufflePanel, writePanelFiles } from '../../bench/panel-files.ts';
import { toDay } from '../../src/calendar/dates.ts';
import { computeBuckets } from '../../src/portfolios/engine.ts';
import { syntheticPanel } from '../../src/portfolios/synthetic.ts';

describe('customPeers(argv) reads --peer NAME=COMMAND', () => {
  it('takes every --peer, in order', () => {
    const argv = ['--rows', '1e6', '--peer', 'ddb-cli=sh a.sh', '--peer', 'polars_py=python3 b.py --x=1'];
    assert.deepEqual(customPeers(argv, ['capgap']), [
      { name: 'ddb-cli', command: 'sh a.sh' },
      { name: 'polars_py', command: 'python3 b.py --x=1' },
    ]);
  });
  it('refuses a missing command, a bad name and a name taken', () => {
    assert.throws(() => customPeers(['--peer', 'x='], []), /invalid --peer: "x="; expected NAME=COMMAND/);
    assert.throws(() => customPeers(['--peer', 'a b=cmd'], []), /invalid --peer: "a b=cmd"/);
    assert.throws(() => customPeers(['--peer', 'duckdb=cmd'], ['duckdb']), /the name "duckdb" is taken/);
  });
});

describe('peerReport(name, stdout) reads the last line', () => {
  it('turns rows [day, bucket, equal, value] into the harness results, dropping a cell with a null equal', () => {
    const r = peerReport(
      'p',
      'warming up\n{"computeMs": 12.5, "rows": [[17000, 0, 0.01, 0.02], [17000, 1, null, null], [17001, 1, 0.5, 1]]}',
    );
    assert.equal(r.computeMs, 12.5);
    assert.deepEqual(r.results, { '17000:0': [0.01, 0.02], '17001:1': [0.5, 1] });
    assert.ok(Number.isNaN(r.cpuMs));
  });
  it('names the peer when its output is not a report', () => {
    assert.throws(() => peerReport('p', 'done'), /peer p: its last line on stdout is not JSON: "done"/);
    assert.throws(() => peerReport('p', '{"rows": []}'), /peer p: "computeMs" must be a number/);
    assert.throws(() => peerReport('p', '{"computeMs": 1}'), /peer p: no "results" or "rows"/);
    assert.throws(() => peerReport('p', '{"computeMs": 1, "rows": [[1, 2]]}'), /each of "rows" must be/);
  });
});

describe('runPeer(peer, dir) races an outside command on the benchmark files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'capgap-custom-peer-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  it("the DuckDB runner, called as an outside command on shuffled files, gives the kernel's numbers to 1e-12", () => {
    const sorted = syntheticPanel({ stocks: 120, days: 700, seed: 5 });
    writePanelFiles(dir, shufflePanel(sorted, 5));
    const peer = { name: 'outside', command: `'${process.execPath}' --import tsx bench/buckets-duckdb.ts` };
    const r = runPeer(peer, dir);
    const k = computeBuckets(sorted, {
      scheme: 'deciles',
      formation: 'june',
      weightings: ['equal', 'value'],
    });
    let cells = 0;
    for (let i = 0; i < k.dates.length; i++) {
      for (let b = 0; b <= 10; b++) {
        const e = k.returns.equal![i * 11 + b];
        if (Number.isNaN(e)) continue;
        const got = r.results[`${toDay(k.dates[i])}:${b}`];
        assert.ok(got, `missing ${k.dates[i]} bucket ${b}`);
        assert.ok(Math.abs(got[0] - e) <= 1e-12 && Math.abs(got[1] - k.returns.value![i * 11 + b]) <= 1e-12);
        cells++;
      }
    }
    assert.equal(Object.keys(r.results).length, cells);
    assert.ok(cells > 3000, `${cells} cells`);
  });
  it('says which peer failed and why', () => {
    assert.throws(
      () => runPeer({ name: 'broken', command: 'echo oops >&2; exit 3' }, dir),
      /peer broken failed \(exit 3\): oops/,
    );
  });
});
