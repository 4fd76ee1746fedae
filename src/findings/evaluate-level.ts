/**
 * Levels: "the Russell 2000 closed at 2,442.03 on Monday", "rose 1.5% to 2,442.03", "the iShares Russell 2000
 * ETF ended the month at $242". The value is the claimed day's close (./claimed-close.ts): an index's level
 * in points, a fund's price as quoted (the claim's own `returnType: 'price'`; its dividend-adjusted close
 * under `total`, which a reader never sees quoted). The claimed day is the window's last session, moved by
 * `endShift` (an article written before the close quotes the day before's).
 */
import { fromDay } from '../calendar/dates.ts';
import type { Claim } from './claim.ts';
import { claimedClose, levelText } from './claimed-close.ts';
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
  const day = fromDay(p.days[end]);
  return {
    value: p.v[end],
    from: day,
    to: day,
    description: `${id} ${basis}: the close of ${day}, ${levelText(p.v[end])}`,
    provenance: { datasets: [{ name: bars.dataset, vintage: bars.vintage }] },
  };
}
