import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toDay } from '../../src/calendar/dates.ts';
import { EVENT_SETS, eventSet } from '../../src/events/event-sets.ts';
import { roundForJson } from '../../src/json.ts';
import { createApp } from '../../src/server/app.ts';
import { toJson } from '../../src/server/context.ts';
import { LegsMemory } from '../../src/server/data/legs-memory.ts';
import { type SinceQuery, sinceEvent } from '../../src/server/data/returns-since.ts';
import { SCHEMES } from '../../src/server/data/schemes.ts';
import { calendarSpan, loadSizeLegs } from '../../src/server/data/size-legs.ts';
import { computeSinceSql } from '../../src/server/routes/returns.ts';
import type { Store } from '../../src/store/store.ts';
import { embeddedStore, hasEmbedded } from './embedded-store.ts';

// The reference for every in-memory answer is the same question asked of DuckDB with SQL (size-legs.ts).
const skip = hasEmbedded
  ? false
  : 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)';
const WINDOWS: [number, number][] = [
  [0, 2],
  [-10, 60],
];

/** The outcome of a computation: its value, or the error's status and message. */
async function outcome<T>(fn: () => T | Promise<T>): Promise<T | { error: string }> {
  try {
    return await fn();
  } catch (err) {
    return { error: `${(err as { status?: number }).status ?? ''} ${(err as Error).message}` };
  }
}

let store: Store;
before(async () => {
  if (!skip) store = await embeddedStore();
});
after(() => store?.close());

describe('size legs in memory', { skip }, () => {
  it('equal the legs DuckDB reads, for every scheme, weighting, built-in event and window', async () => {
    const mem = await LegsMemory.load(store);
    let compared = 0;
    let answered = 0;
    for (const set of EVENT_SETS) {
      for (const ev of eventSet(set)) {
        for (const scheme of SCHEMES) {
          // Equal weighting (no daily French file in the data: both readers answer 404) on one scheme is enough.
          for (const weighting of scheme.id === 'deciles'
            ? (['value', 'equal'] as const)
            : (['value'] as const)) {
            for (const [from, to] of WINDOWS) {
              const span = calendarSpan(ev.date, from, to);
              const sql = await outcome(() => loadSizeLegs(store, scheme, weighting, span.start, span.end));
              const fast = await outcome(() => {
                const { days, ...legs } = mem.legs(scheme, weighting, span.start, span.end);
                // The day numbers in memory are the dates DuckDB gives, parsed.
                assert.deepStrictEqual(Array.from(days ?? []), legs.dates.map(toDay));
                return legs;
              });
              const what = `${set} ${ev.date} ${scheme.id} ${weighting} [${from}, ${to}]`;
              assert.deepStrictEqual(fast, sql, what);
              const q: SinceQuery = { event: ev.date, timing: ev.timing, scheme, weighting, from, to };
              const a = await outcome(() => sinceEvent(sql as never, q));
              const b = await outcome(() => sinceEvent(fast as never, q));
              assert.deepStrictEqual(b, a, what);
              compared++;
              if (!('error' in (a as object))) answered++;
            }
          }
        }
      }
    }
    // Elections from 1928, midterms, Brexit: most windows have data (equal-weighted daily French does not).
    assert.ok(compared > 400, `${compared} compared`);
    assert.ok(answered > 200, `${answered} answered`);
  });

  it('returns-since and compare-events over HTTP give the DuckDB figures', async () => {
    const app = createApp({ store, web: false, timeoutMs: 120_000 });
    for (const scheme of SCHEMES) {
      for (const ev of eventSet('elections').slice(-6)) {
        const res = await app.request(
          `/api/returns-since?event=${ev.date}&scheme=${scheme.id}&from=-5&to=20&timing=${ev.timing}`,
        );
        const body = await res.json();
        const ref = await outcome(() =>
          computeSinceSql(app.state, {
            event: ev.date,
            timing: ev.timing,
            scheme,
            weighting: 'value',
            from: -5,
            to: 20,
          }),
        );
        if ('error' in (ref as object)) {
          assert.equal(`${res.status} ${body.error.message}`, (ref as { error: string }).error);
          continue;
        }
        assert.equal(res.status, 200);
        const r = JSON.parse(toJson(ref)); // the reference through the same JSON edge (12 significant digits)
        for (const k of ['event', 'scheme', 'window', 'series', 'summary', 'sources', 'conventions'])
          assert.deepStrictEqual(body[k], r[k], `${scheme.id} ${ev.date} ${k}`);
      }
      const events = eventSet('elections').slice(-5);
      const res = await app.request(
        `/api/compare-events?events=${events.map((e) => e.date).join(',')}&scheme=${scheme.id}&from=0&to=2`,
      );
      const body = await res.json();
      for (const [i, ev] of events.entries()) {
        const ref = await outcome(() =>
          computeSinceSql(app.state, {
            event: ev.date,
            timing: ev.timing,
            scheme,
            weighting: 'value',
            from: 0,
            to: 2,
          }),
        );
        if ('error' in (ref as object)) assert.ok(body.events[i].error, `${scheme.id} ${ev.date}`);
        else
          assert.deepStrictEqual(
            body.events[i].spread,
            roundForJson((ref as { summary: { spread: number } }).summary.spread),
          );
      }
    }
  });

  it('event-study, event-set and report answer from series kept in memory as from a fresh DuckDB read', async () => {
    const warm = createApp({ store, web: false, timeoutMs: 120_000 });
    const urls = [
      ['/api/event-study?set=elections&series=french:Lo%2010&model=market-adjusted', 'from=0&to=4'],
      ['/api/event-set?set=midterms&metric=french:Lo%2010%20-%20french:Hi%2010', 'from=0&to=9'],
      ['/api/report?event=2016-11-08', 'to=2017-01-31'],
    ];
    for (const [path, other] of urls) {
      await (await warm.request(path)).arrayBuffer(); // loads the series into memory
      const fromMemory = await warm.request(`${path}&${other}`);
      const fresh = createApp({ store, web: false, timeoutMs: 120_000 }); // nothing loaded yet: reads DuckDB
      const fromStore = await fresh.request(`${path}&${other}`);
      assert.equal(fromMemory.status, 200, path);
      assert.equal(await fromMemory.text(), await fromStore.text(), path);
    }
  });
});
