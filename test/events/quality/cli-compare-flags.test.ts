/**
 * `capgap compare-events` states flags per event, on the embedded data (data/PROVENANCE.md). The one oddity of
 * the real data it finds is true: the NYSE was closed on Election Day until 1980, so for 1968 the close before
 * the news is 4 Nov and t0 is 6 Nov. Reference: French's daily factor file has rows for 1968-11-04 and
 * 1968-11-06 and none for 1968-11-05 (test/fixtures/events/french-daily-dates.txt, CRSP 202604).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { main } from '../../../src/cli/main.ts';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { out: (t: string) => (out += `${t}\n`), err: (t: string) => (err += `${t}\n`), isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('capgap compare-events: flags per event', () => {
  it('1968: the event date was not a session (French has 1968-11-04 and 11-06, no 11-05); 2016: no flag', async () => {
    const dates = new Set(
      readFileSync(new URL('../../fixtures/events/french-daily-dates.txt', import.meta.url), 'utf8').split(
        '\n',
      ),
    );
    assert.ok(dates.has('19681104') && dates.has('19681106') && !dates.has('19681105'));
    const r = await run(['compare-events', '--set', 'elections', '--json', '--db', ':memory:']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    const y1968 = j.rows.find((x: { eventDate: string }) => x.eventDate === '1968-11-05');
    assert.deepEqual(
      y1968.flags.map((f: { kind: string; series: string; dates: string[] }) => [f.kind, f.series, f.dates]),
      [['t0-moved', 'all', ['1968-11-05', '1968-11-06']]],
    );
    assert.equal(y1968.t0, '1968-11-06');
    assert.equal(y1968.baseDate, '1968-11-04');
    const y2016 = j.rows.find((x: { eventDate: string }) => x.eventDate === '2016-11-08');
    assert.deepEqual(y2016.flags, []);
    // since 1984 every election day was a session: no row after 1980 carries a flag
    const late = j.rows.filter(
      (x: { eventDate: string; flags: unknown[] }) => x.eventDate > '1981' && x.flags.length,
    );
    assert.deepEqual(late, []);
  });

  it('the text lists them under "Data quality", each with its event', async () => {
    const r = await run(['compare-events', '--set', 'elections', '--db', ':memory:']);
    assert.match(
      r.out,
      /! 1968 presidential election \(Nixon\): The event date 1968-11-05 \(Tuesday\) was not an NYSE session: the last close before the news is 1968-11-04 and t0 is 1968-11-06\./,
    );
  });
});
