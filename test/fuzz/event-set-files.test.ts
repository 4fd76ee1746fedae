import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { toDay } from '../../src/calendar/dates.ts';
import { parseEventsCsv, parseEventsJson } from '../../src/events/parse-events.ts';
import { EARLIEST_DAY, latestDay } from '../../src/formats/validate.ts';

// Property-based fuzzing (fast-check, seeded, bounded) of user event-set files: rows of real, impossible,
// repeated and out-of-range dates, timings and labels, with blank lines, quoted newlines, BOMs, CRLF and
// random text. A set is read with every date real, once, and within 1900-01-01 .. one year after today, or
// refused by a plain Error whose message names the file and, for a CSV row, a line the file has; never a
// TypeError or a RangeError.
const DATES = [
  '2016-11-08',
  '2016-06-23',
  '2020-11-03',
  '1928-11-06',
  '1900-01-01',
  '2016-02-30',
  '0000-00-00',
  '99999-01-01',
  '1776-07-04',
  '2999-01-01',
  '20161108',
  '2016-11-08T00:00:00Z',
  '',
  ' 2016-11-08 ',
  'NaN',
  '1e999',
];
const cell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DATES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'after-close',
      'intraday',
      'overnight',
      'election',
      'a;b',
      '"quoted, comma"',
      '"two\nlines"',
      '\u202e',
      '\u0000',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const header = fc.constantFrom(
  'date',
  'date,label',
  'date,timing,label,tags',
  'Date,Label',
  'day,label',
  'date,date',
  '\ufeffdate,label',
  '',
);
const eol = fc.constantFrom('\n', '\r\n', '\n\n', '\r');

function checkSet(events: { date: string }[]): void {
  const seen = new Set<string>();
  for (const e of events) {
    const d = toDay(e.date);
    assert.ok(d >= EARLIEST_DAY && d <= latestDay(), e.date);
    assert.ok(!seen.has(e.date), `${e.date} twice`);
    seen.add(e.date);
  }
}

function checkError(err: unknown, file: string, lines: number): void {
  assert.ok(err instanceof Error && (err.constructor === Error || err.name === 'ImportError'), String(err));
  assert.ok(err.message.startsWith(file), err.message);
  const at = /, line (\d+)/.exec(err.message);
  if (at) assert.ok(Number(at[1]) >= 1 && Number(at[1]) <= lines, `${err.message} (${lines} lines)`);
}

const runs = {
  seed: Number(process.env.CAPGAP_FUZZ_SEED ?? 20261201),
  numRuns: Number(process.env.CAPGAP_FUZZ_RUNS ?? 400),
};

describe('event-set files: read whole and sound, or refused naming file and line', () => {
  it('CSV', () => {
    fc.assert(
      fc.property(
        header,
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        eol,
        (h, rows, nl) => {
          const text = [h, ...rows.map((r) => r.join(','))].join(nl) + nl;
          const lines = text.split('\n').length;
          try {
            checkSet(parseEventsCsv(text, { file: 'e.csv' }));
          } catch (err) {
            checkError(err, 'e.csv', lines);
          }
        },
      ),
      runs,
    );
  });
  it('JSON', () => {
    const entry = fc.oneof(
      fc.record({
        date: fc.constantFrom(...DATES),
        timing: fc.option(fc.constantFrom('after-close', 'intraday', 'x')),
        label: fc.option(fc.string()),
      }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), fc.boolean(), (list, wrap) => {
        const text = JSON.stringify(wrap ? { events: list } : list);
        try {
          checkSet(parseEventsJson(text, { file: 'e.json' }));
        } catch (err) {
          checkError(err, 'e.json', 1);
        }
      }),
      runs,
    );
  });
});
