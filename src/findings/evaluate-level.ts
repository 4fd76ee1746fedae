/**
 * Levels: "the Russell 2000 closed at 2,442.03 on Monday", "rose 1.5% to 2,442.03", "the iShares Russell 2000
 * ETF ended the month at $242". The value is the claimed day's close (./claimed-close.ts): an index's level
 * in points, a fund's price as quoted (the claim's own `returnType: 'price'`; its dividend-adjusted close
 * under `total`, which a reader never sees quoted). The claimed day is the window's last session, moved by
 * `endShift` (an article written before the close quotes the day before's). With `extreme.side` high (low):
 * the highest (lowest) close of the window's sessions ("its record close of 2,442.74 set in November 2021").
 * Moves in points: "the S&P 500 rose 4.5 points, or 0.2 percent", "the Russell 2000 has gained 90 points
 * since the election": the window's last close minus its base close (or open), in the same closes; the
 * window's conventions (base, timing, end shift) as a return's.
 */
import { fromDay } from '../calendar/dates.ts';
import type { Claim } from './claim.ts';
import { claimSpan, spanEnd } from './claim-span.ts';
import { claimedClose, levelText } from './claimed-close.ts';
import { everExtreme, windowExtreme } from './close-words.ts';
import type { CannotCheck, ClaimData, Evaluation, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

/**
 * The claimed day's close, in points (an index) or in the fund's currency.
 * @example await level(data, { metric: 'level', subjects: ['^RUT'], window: { kind: 'dates', from: '2024-11-22', to: '2024-11-25' }, … }, c) // { value: 2442.03, … }
 */
export async function level(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotCheck> {
  const cc = await claimedClose(data, claim, c, `a close of ${claim.subjects[0] ?? 'nothing named'}`);
  if (isCannot(cc)) return cc;
  const { id, bars, p, end, basis } = cc;
  const side = windowExtreme(claim);
  const w = claim.window;
  if (side && claim.at === 'open') return { cannot: 'a highest or lowest open: capgap ranks closes' };
  if (side) {
    // "its record close of 2,442.74 set in November 2021": the highest close of the window's sessions (a
    // day's "closed at a record 2,442.03" is that day's close).
    // "its all-time closing high of 2,442.74": every close held up to the claimed day.
    const ever = everExtreme(claim);
    const span = ever ? { base: -1, end } : claimSpan(p.days, w, c);
    if (isCannot(span)) return span;
    const start = span.base + 1;
    let at = span.end;
    for (let i = start; i <= span.end; i++) if (side === 'high' ? p.v[i] > p.v[at] : p.v[i] < p.v[at]) at = i;
    const [first, last, day] = [p.days[start] ?? p.days[span.end], p.days[span.end], p.days[at]];
    return {
      value: p.v[at],
      from: fromDay(first),
      to: fromDay(last),
      description: `${id} ${basis}: the ${side === 'high' ? 'highest' : 'lowest'} close from ${fromDay(first)} to ${fromDay(last)}, ${levelText(p.v[at])} on ${fromDay(day)}`,
      provenance: { datasets: [{ name: bars.dataset, vintage: bars.vintage }] },
    };
  }
  const day = fromDay(p.days[end]);
  // "opened at 2,300.98": the claimed day's open, on the same basis as its close.
  const word = claim.at === 'open' ? 'open' : 'close';
  const value = claim.at === 'open' ? p.open[end] : p.v[end];
  if (!(value > 0)) return { cannot: `${id}: no ${word} on ${day}` };
  return {
    value,
    from: day,
    to: day,
    description: `${id} ${basis}: the ${word} of ${day}, ${levelText(value)}`,
    provenance: { datasets: [{ name: bars.dataset, vintage: bars.vintage }] },
  };
}

/**
 * A move in points: the close at the window's end minus the close (or open) at its base.
 * @example await points(data, { metric: 'points', subjects: ['^GSPC'], window: { kind: 'dates', from: '2016-11-09', to: '2016-11-10' }, … }, c) // { value: 4.2…, … }
 */
export async function points(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotCheck> {
  const cc = await claimedClose(
    data,
    claim,
    c,
    `a move in points of ${claim.subjects[0] ?? 'nothing named'}`,
  );
  if (isCannot(cc)) return cc;
  const { id, bars, p, basis } = cc;
  const span = claimSpan(p.days, claim.window, c);
  if (isCannot(span)) return span;
  const start = span.open ? p.open[span.base] : p.v[span.base];
  const from = fromDay(p.days[span.base]);
  if (!(start > 0)) return { cannot: `${id}: no ${span.open ? 'open' : 'close'} on ${from}` };
  const to = fromDay(p.days[span.end]);
  const e = spanEnd(p, span, claim);
  if (isCannot(e)) return e;
  if (!(e.price > 0)) return { cannot: `${id}: no ${e.word} on ${to}` };
  return {
    value: e.price - start,
    from,
    to,
    description: `${id} ${basis}: ${span.open ? 'open' : 'close'} ${from} ${levelText(start)} → ${e.word} ${to} ${levelText(e.price)}`,
    provenance: { datasets: [{ name: bars.dataset, vintage: bars.vintage }] },
  };
}
