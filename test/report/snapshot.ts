// Snapshot helper: compares SVG/text with numbers rounded (to 1 decimal) against test/fixtures/report/snapshots/.
// A missing snapshot fails; run with UPDATE_SNAPSHOTS=1 to (re)write after reviewing the output by eye.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../fixtures/report/snapshots/', import.meta.url);

/** Rounds every decimal number in a string to one decimal (2.3456 → 2.3), so float noise cannot break snapshots. */
export function roundNumbers(s: string): string {
  return s.replace(/-?\d+\.\d+/g, (m) => {
    const r = Math.round(Number(m) * 10) / 10;
    return Object.is(r, -0) ? '0' : String(r);
  });
}

export function assertSnapshot(name: string, actual: string): void {
  const file = new URL(name, dir);
  const text = roundNumbers(actual);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  assert.ok(existsSync(file), `no snapshot ${name}; review the output and run with UPDATE_SNAPSHOTS=1`);
  assert.equal(text, readFileSync(file, 'utf8'), `snapshot ${name} differs`);
}
