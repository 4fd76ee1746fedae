import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { firsts } from '../../helpers/article-reader.ts';

// Fortieth round. Each reading was written by hand before the reader ran; every value checked on the embedded
// data is computed here from closes read by hand from ../shared/data/prices (the folder each comes from is named
// where it is used).

describe('"over four sessions" inside any period that does not hold the event is said unread', () => {
  const o = { event: '2024-11-05', to: '2024-12-06' };
  for (const [text, within] of [
    ['Last week, the Russell 2000 climbed 4% over three sessions.', 'last week'],
    ['In 2023, the Russell 2000 climbed more than 10% over four sessions.', '2023'],
    ['In the third quarter, the Russell 2000 climbed 9% over four sessions.', 'the third quarter'],
    ['This week, the Russell 2000 climbed 2% over three sessions.', 'this week'],
  ])
    it(`"${text}": unreadable within ${within} (was the sessions after the vote; a month alone before)`, () => {
      const [s] = readArticle(text, o);
      assert.equal(s.status, 'unreadable');
      assert.match(s.reason ?? '', new RegExp(`within ${within}: which \\d sessions\\?`));
    });
  it('a period that holds the event, or a day that ends the stretch, still reads as the sessions after it', () => {
    const [nov] = firsts('In November, the Russell 2000 climbed 6% over four sessions.', o);
    assert.deepEqual(nov.window, { kind: 'sessions', event: '2024-11-05', sessions: 4 });
    const [day] = firsts('On Nov. 7, small caps had gained 8% over two sessions.', o);
    assert.deepEqual(day.window, { kind: 'sessions', event: '2024-11-05', sessions: 2 });
  });
});

describe('"the widest since July, when …" and "its best day since Nov. 10, when …" name the last such month or day', () => {
  const o = { event: '2024-11-05', to: '2024-11-30' };
  it('"since Nov. 6, when" in an article of Nov. 30 is this year\'s Nov. 6 (was the year before\'s)', () => {
    const [then] = firsts("It was the Russell 2000's best day since Nov. 6, when it rose 5.8%.", o);
    assert.deepEqual(then.window, { kind: 'dates', from: '2024-11-05', to: '2024-11-06' });
  });
  it('"since July, when" is the last July before the article', () => {
    const [then] = firsts("It was the Russell 2000's best month since July, when it rose 10.1%.", o);
    assert.deepEqual(then.window, { kind: 'month', month: '2024-07' });
  });
});
