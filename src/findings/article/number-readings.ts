/**
 * The readings of one stated number: its comparator (words before it, a fraction read as "about"), the
 * signed stated value (a range: its midpoint), the conventions the sentence states, and one ReadClaim per
 * reading of its subjects (./readings.ts). A size group against the S&P 500 is an excess return over it.
 */
import type { ClaimConventions, ClaimWindow } from '../claim.ts';
import type { ClaimSubject, ReadClaim } from '../claim-read.ts';
import { averageAt } from './average-words.ts';
import { closeBase } from './close-base.ts';
import { comparatorFor, comparatorWordsBefore, directed, signed, toleranceFor } from './comparators.ts';
import { statedConventions } from './conventions.ts';
import { claimUnitOf, type Quantity } from './numbers.ts';
import { atTheOpen } from './open-move.ts';
import { extremeAt } from './peak-words.ts';
import { shiftedWindow } from './period-ratio.ts';
import type { QuantityClaim } from './quantity-claim.ts';
import { expandSubjects } from './readings.ts';
import { isOneDay } from './same-period.ts';
import type { Piece } from './split.ts';
import { subjectKey } from './subjects.ts';

const RETURNS = new Set(['return', 'spread', 'excess-return']);
const OPENING = new Set([...RETURNS, 'level', 'points']);

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
  // "a double-digit gain": 10% up to 100%, each end half a unit of the first decimal lower (9.96% is "10%").
  const bound =
    q.digits && q.high !== undefined
      ? {
          kind: 'range' as const,
          lo: Math.max(0, mag - q.halfUnit),
          hi: q.high - q.halfUnit,
          words: q.written,
        }
      : comparatorFor(mag, q.halfUnit, words, q.high);
  // "gained less than 1%" stayed up; "returned less than 1%" (a return of any sign) is one-sided.
  const at = cw?.start ?? q.start;
  const neutral = /\breturn(?:ed|s|ing)?\s+(?:of\s+)?$/i.test(t.slice(Math.max(0, at - 20), at));
  const comparator = signed(qc.signSource === 'verb' && !neutral ? directed(bound) : bound, qc.sign);
  if (q.fraction) comparator.words = cw ? `${cw.words} ${q.written}` : q.written;
  // A size in digits states the bound its word names: "double-digit" 10%, "single-digit" under 10%.
  const stated = qc.sign * (q.high === undefined ? mag : q.digits ? mag || q.high : (mag + q.high) / 2);
  let metric = qc.metric;
  const conventions: ClaimConventions = statedConventions(t, qc.metric, q.start);
  // "about 2.7% above its Election Day close": from that close, which the search keeps (./close-base.ts).
  const fromClose = RETURNS.has(qc.metric) ? closeBase(t, q, window) : null;
  if (fromClose) conventions.base = 'close-before';
  if (fromClose?.kind === 'since') conventions.timing = 'after-close';
  // "opened 1.8% higher": from the close before to the open (./open-move.ts).
  const opening = OPENING.has(qc.metric) && atTheOpen(t, q);
  if (opening) conventions.base = 'close-before';
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
  // "At its peak, the Russell 2000 was up 10.1% since the vote": to the stretch's highest close; "down from 4.5
  // points at its widest": the stretch's widest spread (./peak-words.ts).
  const peaked = (metric === 'return' || metric === 'spread') && !isOneDay(window);
  const extreme = peaked ? extremeAt(t, q) : undefined;
  const span = { start: piece.start + q.start, end: piece.start + q.end };
  const average = metric === 'flow' ? undefined : averageAt(t, q, each);
  // "more than double the previous week's intake": the same subject one period before (./period-ratio.ts).
  const before = qc.versus && shiftedWindow(window, qc.versus.shift);
  const versus =
    before && qc.versus ? { window: before, of: qc.versus.of, words: qc.versus.words } : undefined;
  // A distance from a high, a level, a move in points, is of a price level: "small caps" is then the index,
  // not a size group.
  const swapped = new Set<ClaimSubject[]>();
  const all = expandSubjects(sub, t).map((subs) => {
    const e = equalWeightOf(subs, conventions);
    if (e !== subs) swapped.add(e);
    return e;
  });
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
      ...(opening ? { at: 'open' as const } : extreme ? { at: extreme } : {}),
      window: fromClose ?? window,
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
      conventions: swapped.has(subs) ? withoutWeighting(conventions) : { ...conventions },
      comparator,
      precision: { written: q.written, decimals: q.decimals, halfUnit: q.halfUnit },
      ...(q.unit === 'money' ? { currency: q.currency ?? 'USD' } : {}),
      signSource: qc.signSource,
      ...(qc.unsigned && qc.signSource === 'none' ? { unsigned: true as const } : {}),
      span,
      numberSpans: [span],
    }),
  );
}

/**
 * "Equal-weighted, the S&P 500 gained 11.6%": the equal-weight S&P 500 (^SPXEW, as "the equal-weight S&P 500"
 * reads in ./subjects.ts), not the S&P 500 under another weighting, which an index's closes cannot give.
 */
function equalWeightOf(subs: ClaimSubject[], c: ClaimConventions): ClaimSubject[] {
  if (c.weighting !== 'equal' || !subs.every((x) => x.kind === 'security')) return subs;
  if (!subs.some((x) => x.id === '^GSPC')) return subs;
  return subs.map((x) =>
    x.kind === 'security' && x.id === '^GSPC' ? { kind: 'security', id: '^SPXEW' } : x,
  );
}

function withoutWeighting(c: ClaimConventions): ClaimConventions {
  const { weighting: _, ...rest } = c;
  return rest;
}
