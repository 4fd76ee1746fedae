/**
 * Record phrases that compare events ("its best post-election week since 1988", "the best start after any
 * election"): ranked among the same window after every earlier US presidential election, with the whole
 * ranking (src/findings/event-rank.ts). Reference: test/findings/reference/event_rank.py (Python over the
 * closes the embedded ^RUT is built from, no capgap code), re-run when /usr/bin/python3 and ../shared/data
 * exist; its output for ^RUT 2016-11-08 is written here too:
 * - week: 2016 +10.2231%, 2004 +3.5115%, 1996 +1.4128%, 1992 +1.3323%, 1988 −1.7641%, 2012 −2.3761%,
 *   2000 −5.2880%, 2008 −5.9030%;
 * - 5 sessions: 2016 +8.9529%, 2004 +3.6212%, 1992 +2.4896%, 1996 +1.8449%, 1988 −1.5626%, 2000 −3.7746%,
 *   2012 −4.4366%, 2008 −11.6636%.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isEventRecord } from '../../src/findings/event-rank.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../helpers/embedded-evaluator.ts';
import { firstVerdict } from '../helpers/first-verdict.ts';

const script = fileURLToPath(new URL('./reference/event_rank.py', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/data/prices/', import.meta.url));

const WEEK: [number, number][] = [
  [2016, 10.2231],
  [2004, 3.5115],
  [1996, 1.4128],
  [1992, 1.3323],
  [1988, -1.7641],
  [2012, -2.3761],
  [2000, -5.288],
  [2008, -5.903],
];
const FIVE: [number, number][] = [
  [2016, 8.9529],
  [2004, 3.6212],
  [1992, 2.4896],
  [1996, 1.8449],
  [1988, -1.5626],
  [2000, -3.7746],
  [2012, -4.4366],
  [2008, -11.6636],
];

/** The reference ranking: the script's when it can run, else its output as written above. */
function reference(window: string, written: [number, number][]): [number, number][] {
  if (!existsSync('/usr/bin/python3') || !existsSync(shared)) return written;
  const out = JSON.parse(
    execFileSync('/usr/bin/python3', [script, '^RUT', '2016-11-08', window], { encoding: 'utf8' }),
  );
  return out as [number, number][];
}

describe('which record phrases compare events', () => {
  it('"post-election", "after any election", "of 25 presidential elections" do; calendar records do not', () => {
    for (const w of [
      'its best post-election week since 1980',
      'the best start after any election since 1928',
      'the third-largest gap after any presidential election',
      'the 3rd largest of 25 US presidential elections',
    ])
      assert.equal(isEventRecord(w), true, w);
    for (const w of [
      'best week since 2011',
      'the widest gap since 2008',
      'its steepest fall since August 2015',
    ])
      assert.equal(isEventRecord(w), false, w);
  });
});

describe('event records on the embedded data (^RUT, 2016 election)', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();

  it('"its best start after any election since 1988": 1st of 8 elections over the same 5 sessions, the whole order shown', async () => {
    const v = await firstVerdict(
      data.ev,
      'The Russell 2000 has gained 9% since the election, its best start after any election since 1988.',
      '2016-11-08',
      '2016-11-15',
    );
    const rec = v.record!;
    assert.equal(rec.verdict, 'supported');
    const ranking = rec.computed!.ranking!;
    const want = reference('5', FIVE);
    assert.deepEqual(
      ranking.map((r) => Number(r.name.slice(0, 4))),
      want.map((r) => r[0]),
    );
    for (const [i, r] of ranking.entries()) assert.ok(Math.abs(r.value * 100 - want[i][1]) < 5e-5, r.name);
    assert.match(rec.line ?? '', /1st of the 8 US presidential elections from 1988 to then/);
    assert.match(rec.line ?? '', /the order: 1\. 2016 \+8\.95%, 2\. 2004 \+3\.62%, 3\. 1992 \+2\.49%, /);
  });

  it('"its best post-election week since 2004" is not supported: 2016 is the best since the data begin (1988)', async () => {
    const v = await firstVerdict(
      data.ev,
      'The Russell 2000 gained 10.2% in the week after the election, its best post-election week since 2004.',
      '2016-11-08',
      '2016-11-15',
    );
    const rec = v.record!;
    assert.equal(rec.verdict, 'not supported');
    assert.equal(v.verdict, 'not supported');
    const want = reference('week', WEEK);
    assert.deepEqual(
      rec.computed!.ranking!.map((r) => [Number(r.name.slice(0, 4)), Math.round(r.value * 1e6) / 1e4]),
      want.map(([y, p]) => [y, Math.round(p * 1e4) / 1e4]),
    );
    assert.match(rec.line ?? '', /best on record \(since 1988\)/);
  });

  it('"of 25 elections" names the whole set: 2020 trailed most, "the 25th largest" (signed) and "trailed …, the largest" (the verb\'s) both hold', async () => {
    // event_rank.py 'Lo 10 - Hi 10' 2020-11-03 3 2024: 25 elections 1928..2024, 2016 +7.0585 pp first,
    // 2020 −4.3359 pp last (its output: 2016, 1940, 2000, 1936, 1976, … 1996, 1932, 2020).
    const signed = await firstVerdict(
      data.ev,
      'Over the first three sessions after the election, the smallest 10% of stocks trailed the largest 10% by 4.3 percentage points, the 25th largest of 25 US presidential elections since 1928.',
      '2020-11-03',
      '2020-12-31',
    );
    assert.equal(signed.record?.verdict, 'supported', signed.record?.line);
    const order = signed.record!.computed!.ranking!.map((r) => r.name.slice(0, 4));
    assert.equal(order.length, 25);
    assert.deepEqual(
      [order[0], order[1], order[2], order[23], order[24]],
      ['2016', '1940', '2000', '1932', '2020'],
    );
    assert.match(
      signed.record?.line ?? '',
      /25th of the 25 US presidential elections from 1928 to 2024 \(every one the data cover\)/,
    );
    const verb = await firstVerdict(
      data.ev,
      'Over the first three sessions after the election, the smallest 10% of stocks trailed the largest 10% by 4.3 percentage points, the largest of 25 US presidential elections since 1928.',
      '2020-11-03',
      '2020-12-31',
    );
    assert.equal(verb.record?.verdict, 'supported', verb.record?.line);
    assert.match(
      verb.record?.line ?? '',
      /1st of the 25 US presidential elections from 1928 to 2024 .*; the order: 1\. 2020 -4\.34 pp, 2\. 1932 -2\.43 pp/,
    );
  });

  it('"since 1980" on data that begin with 1988\'s election cannot be checked, and says why', async () => {
    const v = await firstVerdict(
      data.ev,
      'The Russell 2000 gained 10.2% in the week after the election, its best post-election week since 1980.',
      '2016-11-08',
      '2016-11-15',
    );
    assert.equal(v.record?.verdict, 'cannot check');
    assert.match(
      v.record?.reason ?? '',
      /^the data rank the US presidential elections only from 1988 \(\+10\.22% is the largest since then\): "best post-election week since 1980" reaches back to 1980$/,
    );
    assert.equal(v.verdict, 'supported'); // the number itself holds; a record that cannot be checked leaves it
  });
});
