/**
 * The regional lead's data-quality flags (docs/quality.md): the US lead's engine (src/findings/snapshot-flags.ts)
 * run on a region's SMB and market against the region's own trading days. On the embedded dataset (French's
 * Europe 3-factor daily file, Bloomberg 202603). Reference: the rows of test/fixtures/regions/ (the same file,
 * cut unchanged) read by the plain reader below: the German federal election of 2017-09-24 was a Sunday, so
 * the file has no row on it; its last row before is 2017-09-22 and its first after is 2017-09-25.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type App, SKIP_EMBEDDED as skip, useEmbeddedApp } from '../helpers/embedded-app.ts';
import { fileDates as datesOf, EUROPE } from '../helpers/french-daily.ts';

/** The file's dates (ISO), in file order. */
const fileDates = datesOf(EUROPE);

describe('the regional lead says what the quality engine sees', { skip }, () => {
  let app: App;
  useEmbeddedApp((a) => {
    app = a;
  });
  const lead = async (q: string) => {
    const res = await app.request(`/api/lead?${q}`);
    assert.equal(res.status, 200);
    return res.json();
  };

  it('flags a Sunday election: the event date is not a Europe session, so t0 and the base close move', async () => {
    // From the file rows: the last date before 2017-09-24 and the first after it.
    const before = fileDates.filter((d) => d < '2017-09-24').at(-1);
    const after = fileDates.find((d) => d > '2017-09-24');
    assert.equal(fileDates.includes('2017-09-24'), false);
    const body = await lead('event=2017-09-24&region=europe&to=2');
    assert.equal(body.event.baseDate, before);
    assert.equal(body.event.t0, after);
    assert.deepEqual(body.flags, [
      {
        kind: 't0-moved',
        series: 'all',
        dates: ['2017-09-24', after],
        effect: 'moved',
        detail: `The event date 2017-09-24 (Sunday) was not a Europe session: the last close before the news is ${before} and t0 is ${after}.`,
      },
    ]);
  });

  it('raises no flag for the Brexit vote, a Thursday with every Europe row present over days [0, 2]', async () => {
    for (const d of ['2016-06-23', '2016-06-24', '2016-06-27', '2016-06-28'])
      assert.ok(fileDates.includes(d), d);
    const body = await lead('event=2016-06-23&region=europe&to=2');
    assert.deepEqual(body.flags, []);
  });
});
