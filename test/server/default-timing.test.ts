import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultTiming, knownLabel } from '../../src/server/data/presets.ts';

// A request without `timing` takes the date's own news timing (public record: the FOMC statement of
// 31 July 2019 came at 14:00 New York time, during the session; election results come after the close).
describe('the API default news timing for a date', () => {
  it('is intraday for a Fed decision, after the close for an election and for any other date', () => {
    assert.equal(defaultTiming('2019-07-31'), 'intraday');
    assert.equal(defaultTiming('2022-03-16'), 'intraday');
    assert.equal(defaultTiming('2008-01-22'), 'before-open'); // 08:20, before the open
    assert.equal(defaultTiming('2016-11-08'), 'after-close');
    assert.equal(defaultTiming('2019-08-01'), 'after-close');
  });
  it('names a built-in event that is not a preset', () => {
    assert.equal(knownLabel('2019-07-31'), '2019 Fed rate cut (25 bp)');
    assert.equal(knownLabel('2019-08-01'), undefined);
  });
});
