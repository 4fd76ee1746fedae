/**
 * The verdict from the values computed under the claim's own convention and the alternatives
 * (docs/report.md, "Verdicts"): supported when the default bears the number out; else the alternatives that
 * do, fewest changed conventions first; else not supported with the nearest convention; cannot check when
 * the default needs data the store lacks (what the other engines give is kept meanwhile), or when a
 * convention the claim states cannot be computed and no alternative bears the number out.
 *
 * Stacking: an alternative supports a number only when it changes at most MAX_CHANGES of the claim's
 * conventions (each dimension of ./convention-space.ts counts one: the base, the end shift, the engine,
 * the weighting, …). A number that only 3 or more changes together reproduce is weak evidence (with ~2,000
 * conventions searched, some stack of choices lands in almost any interval): the verdict is 'not supported'
 * and the line says "reproduced only by stacking 3 changes of convention" with the stack and its value.
 */
import type { ClaimVerdict, ConventionResult } from './check.ts';
import type { Claim } from './claim.ts';
import { pinnedConventions } from './claim-conventions.ts';
import type { ReadClaim } from './claim-read.ts';
import { changes } from './convention-space.ts';
import type { Resolved } from './evaluator.ts';
import { verdictLine } from './verdict-line.ts';
import { distanceOutside, ruleOf, statedMatches } from './verdict-rules.ts';

/** The most conventions an alternative may change and still support a number. */
export const MAX_CHANGES = 2;

/**
 * The verdict on a claim from its default result (or why it could not be computed) and the alternatives.
 * @example judge(claim, own, ownResult, undefined, results).verdict // 'supported under another convention'
 */
export function judge(
  claim: Claim,
  own: Resolved,
  ownResult: ConventionResult | undefined,
  ownCannot: { cannot: string; needs?: string } | undefined,
  results: readonly ConventionResult[],
): ClaimVerdict {
  const base = { id: claim.id, text: claim.text, claim, matches: [] as ConventionResult[] };
  const rule = ruleOf(claim);
  // An unsigned gap ("the gap between A and B") takes the side the default gives: an alternative that turns
  // the leader over measures another gap.
  const side = rule.unsigned && ownResult ? Math.sign(ownResult.value) : 0;
  const within = (r: ConventionResult) => statedMatches(r.value, rule) && Math.sign(r.value) * side >= 0;
  const dist = (r: ConventionResult) =>
    Math.sign(r.value) * side < 0 ? Number.POSITIVE_INFINITY : distanceOutside(r.value, rule);
  const done = (v: ClaimVerdict): ClaimVerdict => ({ ...v, line: verdictLine(v) });
  if (ownResult && within(ownResult)) return done({ ...base, verdict: 'supported', computed: ownResult });
  // Identical computations (an index's total and price series are the same levels) are listed once.
  const distinct = new Set<string>();
  const unique = results.filter((r) => {
    const k = `${r.description}|${r.from}|${r.to}|${r.value}`;
    if (distinct.has(k)) return false;
    distinct.add(k);
    return true;
  });
  const matches = unique
    .filter(within)
    .sort(
      (a, b) =>
        changes(own, a.conventions) - changes(own, b.conventions) ||
        Math.abs(a.value - claim.stated) - Math.abs(b.value - claim.stated),
    );
  // Matches that stack more than MAX_CHANGES changes do not support the number; the best is kept as the
  // nearest convention, with how many changes it needs (the line says "reproduced only by stacking …").
  // A convention the sentence states in words is the claim's ("above its Election Day close"): an
  // alternative that changes it measures another claim, shown as the nearest, never as support.
  const pinned = pinnedConventions(claim);
  const keeps = (r: ConventionResult) => pinned.every((k) => r.conventions[k] === own[k]);
  const supporting = matches.filter((r) => changes(own, r.conventions) <= MAX_CHANGES && keeps(r));
  // A match that changes what the sentence states is kept as the nearest, with what it overrides.
  const overriding = supporting.length
    ? undefined
    : matches.find((r) => changes(own, r.conventions) <= MAX_CHANGES && !keeps(r));
  const stacked = supporting.length || overriding ? undefined : matches.find(keeps);
  const stackedChanges = stacked
    ? { stackedChanges: changes(own, stacked.conventions) }
    : overriding
      ? { overrides: pinned.filter((k) => overriding.conventions[k] !== own[k]) }
      : {};
  // Otherwise the nearest is a convention a journalist might have used: at most MAX_CHANGES changes too.
  const nearest =
    stacked ??
    overriding ??
    [...(ownResult ? [ownResult] : []), ...unique]
      .filter((r) => changes(own, r.conventions) <= MAX_CHANGES && keeps(r))
      .sort((a, b) => dist(a) - dist(b) || changes(own, a.conventions) - changes(own, b.conventions))
      .filter((r, i) => i === 0 && r !== ownResult)[0];
  if (ownCannot?.needs) {
    // The default needs data the store lacks: say so, and show what the other engines give meanwhile.
    return done({
      ...base,
      verdict: 'cannot check',
      reason: ownCannot.cannot,
      needs: ownCannot.needs,
      matches: supporting,
      nearest: supporting.length ? undefined : nearest,
      ...stackedChanges,
    });
  }
  if (!ownResult && unique.length === 0)
    return done({
      ...base,
      verdict: 'cannot check',
      reason: ownCannot?.cannot ?? 'no convention could be computed',
    });
  // A convention the sentence states ("Equal-weighted, the smallest fifth …") that cannot be computed: the
  // claim as written is unchecked, whatever other conventions give (shown as the nearest).
  const stated = Object.keys(claim.conventions ?? {}).length > 0;
  if (!ownResult && ownCannot && stated && supporting.length === 0)
    return done({ ...base, verdict: 'cannot check', reason: ownCannot.cannot, nearest, ...stackedChanges });
  // Opposite sign: a spread or excess return says who led; when the default says the other side led, a
  // convention that flips it does not support the claim ("beat by 0.9 points", default -0.87 pp): not
  // supported, with that convention named as the only one that reproduces the number.
  if (supporting.length > 0 && oppositeSign(claim, ownResult))
    return done({
      ...base,
      verdict: 'not supported',
      computed: ownResult,
      nearest: supporting[0],
      oppositeSign: true,
      reason: ownCannot?.cannot,
    });
  if (supporting.length > 0)
    return done({
      ...base,
      verdict: 'supported under another convention',
      computed: ownResult,
      matches: supporting,
      reason: ownCannot?.cannot,
    });
  return done({
    ...base,
    verdict: 'not supported',
    computed: ownResult,
    nearest,
    reason: ownCannot?.cannot,
    ...stackedChanges,
  });
}

/**
 * True when the claim says who led (a spread or an excess return; an unsigned gap does not) and the default
 * convention says the other side did: the stated and the default values have opposite signs (neither is zero).
 * @example oppositeSign({ metric: 'spread', stated: 0.9, … }, { value: -0.87, … }) // true
 */
export function oppositeSign(claim: Claim, own: ConventionResult | undefined): boolean {
  if (!own || (claim.metric !== 'spread' && claim.metric !== 'excess-return')) return false;
  if ((claim as Partial<ReadClaim>).unsigned) return false; // "the gap between A and B": either side
  return Math.sign(claim.stated) * Math.sign(own.value) < 0;
}

const OPENS = new Set(['open-event', 'open-t0']);

/**
 * True when two results measure at least one session in common: a close base covers the sessions after
 * `from` through `to`, an open base `from` itself too. An alternative that shares none with the default
 * (close-t0 and one session later on a one-day window: the next day's return) measures another period,
 * not the claim under another convention.
 * @example overlaps(wednesday, thursdayOnly) // false
 */
export function overlaps(
  a: Pick<ConventionResult, 'from' | 'to' | 'conventions'>,
  b: Pick<ConventionResult, 'from' | 'to' | 'conventions'>,
): boolean {
  // The latest session both could cover is the earlier end; it must be inside both lower bounds.
  const d = [a.to, b.to].sort()[0];
  const inside = (r: typeof a) => (OPENS.has(r.conventions.base) ? d >= r.from : d > r.from);
  return inside(a) && inside(b);
}
