import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { toDay } from '../../src/calendar/dates.ts';
import { isNyseSession } from '../../src/calendar/nyse.ts';
import { eventSet, midtermElections, presidentialElections } from '../../src/events/event-sets.ts';
import { FOMC_CHANGES } from '../../src/events/event-sets-fomc.ts';
import { parseEventsCsv, parseEventsJson } from '../../src/events/parse-events.ts';
import { loadEventSet } from '../../src/queries/series.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';

describe('built-in event sets', () => {
  it('lists the 25 presidential elections 1928–2024 on their published dates', () => {
    const e = presidentialElections();
    assert.equal(e.length, 25);
    // Published election dates (Federal Election Commission / National Archives).
    assert.equal(e[0].date, '1928-11-06');
    assert.equal(e.find((x) => x.date.startsWith('2000'))!.date, '2000-11-07');
    assert.equal(e.find((x) => x.date.startsWith('2016'))!.date, '2016-11-08');
    assert.equal(e.find((x) => x.date.startsWith('2020'))!.date, '2020-11-03');
    assert.equal(e[24].date, '2024-11-05');
    assert.ok(e.every((x) => x.timing === 'after-close'));
  });
  it('lists midterms on the Tuesday after the first Monday of November', () => {
    const m = midtermElections();
    assert.equal(m.find((x) => x.date.startsWith('2018'))!.date, '2018-11-06');
    assert.equal(m.find((x) => x.date.startsWith('2022'))!.date, '2022-11-08');
    assert.equal(m.find((x) => x.date.startsWith('1934'))!.date, '1934-11-06'); // 1 Nov 1934 was a Thursday
  });
  it('has Brexit on 2016-06-23 with news after the close', () => {
    assert.deepEqual(
      eventSet('brexit').map((x) => [x.date, x.timing]),
      [['2016-06-23', 'after-close']],
    );
  });
  it('lists every Fed rate change 2001–2025, which add up to the published target levels', () => {
    const e = eventSet('fomc');
    assert.equal(e.length, 71);
    // Reference: the target (from 2008-12-16 the range's upper bound) the Fed published after each of these
    // moves, starting from 6.50% at the end of 2000 (Federal Reserve Board, target-rate history).
    const published: Record<string, number> = {
      '2001-12-11': 1.75,
      '2003-06-25': 1.0,
      '2006-06-29': 5.25,
      '2008-10-29': 1.0,
      '2008-12-16': 0.25,
      '2018-12-19': 2.5,
      '2020-03-15': 0.25,
      '2023-07-26': 5.5,
      '2024-12-18': 4.5,
      '2025-12-10': 3.75,
    };
    let level = 6.5;
    let seen = 0;
    for (const [date, bp] of FOMC_CHANGES) {
      level = Math.round((level + bp / 100) * 100) / 100;
      if (date in published) {
        assert.equal(level, published[date], date);
        seen++;
      }
    }
    assert.equal(seen, Object.keys(published).length);
    // Every decision was published on an NYSE session but the Sunday 2020-03-15 cut (before the next open).
    const off = e.filter((x) => !isNyseSession(toDay(x.date))).map((x) => [x.date, x.timing]);
    assert.deepEqual(off, [['2020-03-15', 'before-open']]);
    assert.equal(e.filter((x) => x.tags.includes('hike')).length, 37);
    assert.equal(e.find((x) => x.date === '2022-03-16')!.timing, 'intraday');
    assert.match(e.find((x) => x.date === '2008-01-22')!.label, /75 bp, unscheduled/);
  });
  it('rejects an unknown set, naming it', () => {
    assert.throws(() => eventSet('olympics'), /"olympics"/);
  });
});

describe('user event sets', () => {
  it('reads CSV with timing, label and ;-separated tags, defaulting timing to after-close', () => {
    const e = parseEventsCsv(
      'date,timing,label,tags\n2016-06-23,,Brexit,uk;vote\n2020-03-16,before-open,Fed cut,fed\n',
    );
    assert.deepEqual(e[0], {
      date: '2016-06-23',
      timing: 'after-close',
      label: 'Brexit',
      tags: ['uk', 'vote'],
    });
    assert.equal(e[1].timing, 'before-open');
  });
  it('reads JSON arrays and {events: [...]}', () => {
    assert.equal(parseEventsJson('{"events":[{"date":"2016-11-08","tags":["us"]}]}')[0].tags[0], 'us');
  });
  it('names the file, line and bad value in CSV errors', () => {
    assert.throws(
      () => parseEventsCsv('date\n2016-11-08\n2016-13-01\n', { file: 'e.csv' }),
      /e\.csv, line 3: invalid date "2016-13-01"/,
    );
    assert.throws(
      () => parseEventsCsv('date,timing\n2016-11-08,overnight\n', { file: 'e.csv' }),
      /invalid timing "overnight"/,
    );
    assert.throws(() => parseEventsCsv('day\n2016-11-08\n', { file: 'e.csv' }), /missing column "date"/);
  });
  it('names the event index in JSON errors', () => {
    assert.throws(
      () => parseEventsJson('[{"date":"2016-11-08"},{"date":"x"}]', { file: 'e.json' }),
      /e\.json, event 1/,
    );
  });
  it('names the file and event for a JSON entry that is not an object, and the file for broken CSV', () => {
    assert.throws(
      () => parseEventsJson('[null]', { file: 'e.json' }),
      /^Error: e\.json, event 0: expected an event \{date, timing\?, label\?, tags\?\}, got null$/,
    );
    assert.throws(
      () => parseEventsJson('[{"date":"2016-11-08"},["2016-06-23"]]', { file: 'e.json' }),
      /e\.json, event 1: expected an event/,
    );
    assert.throws(
      () => parseEventsCsv('date,label\n2016-11-08,"election\n', { file: 'e.csv' }),
      // the one CSV reader's words, with the line the unclosed quote opens on
      /^Error: e\.csv, line 2: not a readable CSV event set \(a quoted cell in the row starting here is never closed/,
    );
  });
  it('reads a gzipped event set under any name, as an import does (loadEventSet)', (t) => {
    const file = join(scratchDir('capgap-events-', t), 'events.csv');
    writeFileSync(file, gzipSync('date,label\n2016-11-08,election\n2016-06-23,Brexit\n'));
    assert.deepEqual(
      loadEventSet(file).map((e) => [e.date, e.label]),
      [
        ['2016-11-08', 'election'],
        ['2016-06-23', 'Brexit'],
      ],
    );
  });
});
