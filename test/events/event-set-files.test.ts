import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseEventsCsv, parseEventsJson } from '../../src/events/parse-events.ts';
import { isoDay, latestDay } from '../../src/formats/validate.ts';
import { loadEventSet } from '../../src/queries/event-set-file.ts';
import { runCli } from '../helpers/cli.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';

// Hostile event-set files (docs/events.md, "Your own event set"): each is refused naming the file, the line
// (or JSON index) and the column; nothing is read from a FIFO or a folder.
describe('an event set lists each date once, within 1900-01-01 .. one year after today', () => {
  it('a date given twice names both lines (a set counting one event twice would weigh it double)', () => {
    assert.throws(
      () => parseEventsCsv('date,label\n2016-11-08,a\n2016-06-23,b\n2016-11-08,c\n', { file: 'e.csv' }),
      /^Error: e\.csv, line 4: column "date": 2016-11-08 is already the date of e\.csv, line 2; an event set lists each date once$/,
    );
    assert.throws(
      () =>
        parseEventsJson('[{"date":"2016-11-08"},{"date":"2016-11-08","timing":"intraday"}]', {
          file: 'e.json',
        }),
      /e\.json, event 1: column "date": 2016-11-08 is already the date of e\.json, event 0/,
    );
  });
  it('a date before 1900 or more than a year ahead is refused naming the bounds', () => {
    const far = isoDay(latestDay() + 1);
    for (const d of ['1776-07-04', '1899-12-31', far]) {
      assert.throws(
        () => parseEventsCsv(`date\n2016-11-08\n${d}\n`, { file: 'e.csv' }),
        new RegExp(
          `^Error: e\\.csv, line 3: column "date": ${d} is outside 1900-01-01 \\.\\. ${isoDay(latestDay())}`,
        ),
      );
    }
    for (const d of ['0000-00-00', '99999-01-01', '2016-02-30'])
      assert.throws(() => parseEventsCsv(`date\n${d}\n`, { file: 'e.csv' }), /e\.csv, line 2: invalid date/);
    assert.equal(parseEventsCsv(`date\n1900-01-01\n${isoDay(latestDay())}\n`).length, 2);
  });
  it("lines are the file's own, across blank lines and a quoted newline", () => {
    assert.throws(
      () => parseEventsCsv('date,label\n\n2016-11-08,"two\nlines"\n\n2016-02-30,x\n', { file: 'e.csv' }),
      /^Error: e\.csv, line 6: invalid date "2016-02-30"/,
    );
  });
  it('a ragged row, a column named twice and a row past the CSV limits are refused by line', () => {
    assert.throws(
      () => parseEventsCsv('date,label\n2016-11-08,a,b\n', { file: 'e.csv' }),
      /e\.csv, line 2: 3 cells; the header has 2/,
    );
    assert.throws(
      () => parseEventsCsv('date,Date\n2016-11-08,a\n', { file: 'e.csv' }),
      /e\.csv, line 1: column "date" is named twice/,
    );
    assert.throws(
      () => parseEventsCsv(`date,label\n2016-11-08,${'x'.repeat(70_000)}\n`, { file: 'e.csv' }),
      /e\.csv, line 2: not a readable CSV event set \(cell 2 is longer than 64 KiB/,
    );
  });
});

describe('loadEventSet and capgap compare-events --set on files that are not event sets', () => {
  const dir = scratchDir('capgap-event-files-');
  const folder = join(dir, 'set.csv');
  mkdirSync(folder);
  const fifo = join(dir, 'fifo.csv');
  execFileSync('mkfifo', [fifo]);
  const dup = join(dir, 'dup.csv');
  writeFileSync(dup, 'date,label\n2016-11-08,a\n2016-11-08,b\n');
  it('a folder and a FIFO are refused by name, without reading (a FIFO read would wait forever)', () => {
    assert.throws(() => loadEventSet(folder), /set\.csv: is a folder/);
    assert.throws(() => loadEventSet(fifo), /fifo\.csv: is not a regular file/);
    assert.throws(
      () => loadEventSet(join(dir, 'none.csv')),
      /invalid event set: ".*none\.csv"; expected elections/,
    );
  });
  for (const [file, message] of [
    [fifo, /fifo\.csv: is not a regular file/],
    [folder, /set\.csv: is a folder/],
    [dup, /dup\.csv, line 3: column "date": 2016-11-08 is already the date of dup\.csv, line 2/],
  ] as const) {
    it(`capgap compare-events --set ${file.replace(dir, '$DIR')}: exit 2, one line`, async () => {
      const r = await runCli(['compare-events', '--set', file, '--db', ':memory:']);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, message);
      assert.equal(r.err.trim().split('\n').length, 1);
    });
  }
});
