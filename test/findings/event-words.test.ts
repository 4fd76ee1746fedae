import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventShortName } from '../../src/findings/event-words.ts';
import { windowLabel } from '../../src/findings/report-event.ts';

// References: the built-in sets (src/events/event-sets.ts; the Fed's table in event-sets-fomc.ts lists
// 2024-12-18 as a 25 bp cut and 2022-03-16 as a 25 bp hike).
describe('eventShortName(date) names a built-in event in words', () => {
  it('elections, midterms, Brexit, a Fed cut or hike, else "the event"', () => {
    assert.equal(eventShortName('2016-11-08'), 'the election');
    assert.equal(eventShortName('2018-11-06'), 'the midterms');
    assert.equal(eventShortName('2016-06-23'), 'the Brexit vote');
    assert.equal(eventShortName('2024-12-18'), "the Fed's rate cut of Dec. 18, 2024");
    assert.equal(eventShortName('2022-03-16'), "the Fed's rate hike of March 16, 2022");
    assert.equal(eventShortName('2016-11-10'), 'the event');
  });
});

describe('windowLabel(event, sessions) is true to the timing', () => {
  const e = { date: '2016-11-08', name: '', short: 'the election' };
  it('news after the close: t0 is the next session, "after the election"', () => {
    assert.equal(
      windowLabel({ ...e, t0Date: '2016-11-09' }, 3),
      'over the first three sessions after the election',
    );
    assert.equal(
      windowLabel({ ...e, timing: 'after-close' }, 1),
      'on the first trading day after the election',
    );
  });
  it('news before the open or during the session: t0 is the event day, "from the day of the election"', () => {
    assert.equal(
      windowLabel({ ...e, t0Date: '2016-11-08' }, 3),
      'over the first three sessions from the day of the election',
    );
    assert.equal(windowLabel({ ...e, timing: 'intraday' }, 1), 'on the day of the election');
    // A Sunday decision read before the open: t0 is the Monday, after the event.
    assert.equal(
      windowLabel(
        { date: '2020-03-15', name: '', short: 'the cut', timing: 'before-open', t0Date: '2020-03-16' },
        2,
      ),
      'over the first two sessions after the cut',
    );
  });
  it('since the event either way', () => {
    assert.equal(windowLabel({ ...e, timing: 'intraday' }, null), 'since the election');
  });
});
