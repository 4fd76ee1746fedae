/**
 * The readings of one stated number: its comparator (words before it, a fraction read as "about"), the
 * signed stated value (a range: its midpoint), the conventions the sentence states, and one ReadClaim per
 * reading of its subjects (./readings.ts). A size group against the S&P 500 is an excess return over it.
 */
import type { ClaimConventions, ClaimWindow } from '../claim.ts';
import type { ReadClaim } from '../claim-read.ts';
import { averageOver } from './average-words.ts';
import { comparatorFor, comparatorWordsBefore, signed, toleranceFor } from './comparators.ts';
import { statedConventions } from './conventions.ts';
import { claimUnitOf, type Quantity } from './numbers.ts';
import { shiftedWindow } from './period-ratio.ts';
import type { QuantityClaim } from './quantity-claim.ts';
import { expandSubjects } from './readings.ts';
import type { Piece } from './split.ts';
import { subjectKey } from './subjects.ts';

/**
 * One ReadClaim per reading of the number `q` (the claim `qc` in window `window`), ids `id`, `id`a, `id`b….
 * @example numberReadings(t, piece, q, qc, { kind: 'since', event: '2016-11-08' }, 'default', 's1-1')
 */
export function numberReadings(
  t: string,
  piece: Piece,
  q: Quantity,
  qc: QuantityClaim,
  window: ClaimWindow,
  source: ReadClaim['windowSource'],
  id: string,
  each?: ReadClaim['average'],
): ReadClaim[] {
  const cw = comparatorWordsBefore(t, q.start);
  const mag = Math.abs(q.value);
  // A fraction in words ("a fifth") is approximate: read as "about" unless other words say more.
  const words = cw?.words ?? (q.fraction ? 'about' : undefined);
  const comparator = signed(comparatorFor(mag, q.halfUnit, words, q.high), qc.sign);
  if (q.fraction) comparator.words = cw ? `${cw.words} ${q.written}` : q.written;
  const stated = qc.sign * (q.high === undefined ? mag : (mag + q.high) / 2);
  let metric = qc.metric;
  const conventions: ClaimConventions = statedConventions(t, qc.metric, q.start);
  const sub = qc.subjects;
  if (
    metric === 'spread' &&
    sub[1]?.kind === 'security' &&
    sub[1].id === '^GSPC' &&
    sub[0].kind.startsWith('size')
  ) {
    metric = 'excess-return';
    conventions.market = '^GSPC';
  }
  const span = { start: piece.start + q.start, end: piece.start + q.end };
  const average = metric === 'flow' ? undefined : averageOver(t, each);
  // "more than double the previous week's intake": the same subject one period before (./period-ratio.ts).
  const before = qc.versus && shiftedWindow(window, qc.versus.shift);
  const versus =
    before && qc.versus ? { window: before, of: qc.versus.of, words: qc.versus.words } : undefined;
  // A distance from a high, a level, a move in points, is of a price level: "small caps" is then the index,
  // not a size group.
  const all = expandSubjects(sub, t);
  const levels = all.filter((subs) => subs.every((x) => x.kind === 'security'));
  const closes = metric === 'distance' || metric === 'level' || metric === 'points';
  return (closes && levels.length ? levels : all).map(
    (subs, r, all): ReadClaim => ({
      id: all.length > 1 ? `${id}${'abcdefgh'[r]}` : id,
      text: piece.text,
      metric,
      subjects: subs.map(subjectKey),
      parsedSubjects: subs,
      ...(qc.target ? { target: qc.target } : {}),
      ...(qc.extreme ? { extreme: qc.extreme } : {}),
      ...(average ? { average } : {}),
      ...(versus ? { versus } : {}),
      window,
      windowSource: source,
      stated,
      // A change in a ratio ("RTY/SPX ratio up 3.7%") is a return in per cent, not a difference in points.
      unit:
        (metric === 'spread' || metric === 'excess-return') && conventions.relative !== 'ratio'
          ? 'pp'
          : metric === 'points'
            ? 'index-points'
            : (qc.unit ?? claimUnitOf(q)),
      tolerance: toleranceFor(comparator, stated),
      conventions: { ...conventions },
      comparator,
      precision: { written: q.written, decimals: q.decimals, halfUnit: q.halfUnit },
      ...(q.unit === 'money' ? { currency: q.currency ?? 'USD' } : {}),
      signSource: qc.signSource,
      span,
      numberSpans: [span],
    }),
  );
}
