/**
 * Checking a claim: compute it under the claim's own conventions (capgap's defaults for anything it leaves
 * unsaid), then under every plausible alternative definition, and judge each against the stated number by
 * the rules in ./verdict-rules.ts.
 *
 * Verdicts: 'supported' (the default convention bears the number out), 'supported under another convention'
 * (only alternatives do; the best is named, with the default's value), 'not supported' (nothing does; the
 * computed value and the nearest convention are shown), 'cannot check' (the data are missing; what, and
 * the command that adds them), 'not a quantitative claim' (headlines, quotes, opinions: nothing to check).
 * 'ambiguous' belongs to sentences (./check-article.ts): each reading gets its own verdict.
 *
 * The search (conventionSpace) reaches every engine: base = close before the news, the event day's open,
 * t0's open or t0's close; end ±k sessions; price or total return, an index or the ETF tracking it; size
 * groups from French (NYSE breakpoints) or built from stocks (NYSE or all-stock breakpoints; common stocks
 * or every type; VW, EW daily-rebalanced or EW buy-and-hold); the market = French VW, the S&P 500, or the
 * stock universe EW/VW; whole month or month to date; flows in weeks ending Friday or Wednesday, whole or
 * split at the news. Each engine's series is loaded once per run; conventions only move windows.
 */

import { fromDay, monthEnd, toDay } from '../calendar/dates.ts';
import { nyseSessions } from '../calendar/nyse.ts';
import { judge, overlaps } from './check-judge.ts';
import { checkRecord } from './check-record.ts';
import type { Claim } from './claim.ts';
import { conventionSpace, ownConventions, periodWindow } from './convention-space.ts';
import type { Evaluation, Evaluator, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';
import { checkEventAverage } from './event-average.ts';
import { claimWords, describeDifference, verdictLine } from './verdict-line.ts';
import { ruleOf, statedMatches } from './verdict-rules.ts';

export { conventionSpace, ownConventions } from './convention-space.ts';
export { claimWords, describeDifference, unitValue, verdictLine } from './verdict-line.ts';
export { ruleOf } from './verdict-rules.ts';

export type VerdictKind =
  | 'supported'
  | 'supported under another convention'
  | 'not supported'
  | 'cannot check'
  | 'not a quantitative claim'
  | 'ambiguous';

/** A value computed under one set of conventions, in the claim's unit (percent, pp or USD). */
export interface ConventionResult extends Omit<Evaluation, 'value'> {
  conventions: Resolved;
  /** In the claim's unit: 8.95 for 8.95%. */
  value: number;
  /** What differs from the claim's own conventions, in words ('' when nothing). */
  differs: string;
}

/** The verdict on one claim. */
export interface ClaimVerdict {
  id: string;
  text?: string;
  claim: Claim | null;
  verdict: VerdictKind;
  /** The value under the default (the claim's own) convention. */
  computed?: ConventionResult;
  /** Alternatives that bear the number out, best first (fewest changes, then nearest). */
  matches: ConventionResult[];
  /**
   * When nothing matches: the other convention nearer the stated number than the default, if any; a match
   * that stacks more than MAX_CHANGES changes (./check-judge.ts) is shown here, with `stackedChanges`.
   */
  nearest?: ConventionResult;
  /** The nearest convention matches, but only by changing this many conventions together (weak evidence). */
  stackedChanges?: number;
  /**
   * The nearest convention matches, but only by changing a convention the claim states in words ("from its
   * Election Day close": the base), named here: another claim, not this one (./check-judge.ts).
   */
  overrides?: string[];
  /**
   * A spread or excess return whose default value has the opposite sign to the stated one (the claim says
   * small caps beat, the default says they trailed): 'not supported' even when another convention (then
   * `nearest`) reproduces the number (./check-judge.ts, oppositeSign).
   */
  oppositeSign?: boolean;
  /** Why the default could not be computed, or why nothing could. */
  reason?: string;
  /** For 'cannot check': the command that would add the missing data. */
  needs?: string;
  hints?: string[];
  /** One line in the report's form: `<claim> <stated>: <verdict …>`. */
  line?: string;
  /** A number's attached record phrase, checked too (./check-article.ts); the line says both. */
  record?: ClaimVerdict;
}

/** Options of `checkClaim`. */
export interface CheckOptions {
  /** Largest end-date shift tried, in sessions (weeks for flows: at most 1); defaults to 2. */
  maxShift?: number;
  /** Search alternatives; defaults to true. */
  search?: boolean;
  /**
   * The article's as-of date (--to, or the article's own date): month-to-date alternatives run through it,
   * and no alternative convention may end after it (the article could not have had those closes).
   */
  asOf?: string;
}

/**
 * A month to date that reaches the month's last session is the whole month ("rose 12% for the month" in an
 * article of Nov. 30): checked as the calendar month, which monthly series answer too.
 */
function wholeMonth(claim: Claim): Claim {
  const w = claim.window;
  if (w.kind !== 'month-to-date' || !w.to) return claim;
  const last = nyseSessions(`${w.month}-01`, monthEndIso(w.month)).at(-1);
  return last !== undefined && toDay(w.to) >= last
    ? { ...claim, window: { kind: 'month', month: w.month } }
    : claim;
}

function monthEndIso(month: string): string {
  return fromDay(monthEnd(toDay(`${month}-01`)));
}

function scale(claim: Claim): number {
  return ['usd', 'count', 'index-points', 'multiple'].includes(claim.unit) ? 1 : 100;
}

/**
 * Checks one claim with an evaluator (see ./evaluate.ts for capgap's; tests inject their own).
 * @example const v = await checkClaim(claim, makeEvaluator(storeClaimData(store)))
 */
export async function checkClaim(
  given: Claim,
  evaluator: Evaluator,
  options: CheckOptions = {},
): Promise<ClaimVerdict> {
  const claim = wholeMonth(given);
  const base = { id: claim.id, text: claim.text, claim, matches: [] as ConventionResult[] };
  const fn = evaluator[claim.metric];
  const own = ownConventions(claim);
  const rule = ruleOf(claim);
  const done = (v: ClaimVerdict): ClaimVerdict => ({ ...v, line: verdictLine(v) });
  if (!fn)
    return done({ ...base, verdict: 'cannot check', reason: `no evaluator for ${claim.metric} claims` });
  // "Across the 10 presidential elections since 1980, … averaged 0.6 points": ./event-average.ts.
  const average = await checkEventAverage(claim, evaluator, own, options.asOf);
  if (average) return done(average);
  if (claim.metric === 'record') {
    // A record stated without a number: its standing among like periods (./check-record.ts).
    const v = await checkRecord(claim, evaluator, own, options);
    return { ...v, line: `${claimWords(claim)} ${v.line}` };
  }
  if (claim.window.kind === 'since' && claim.window.to === undefined) {
    // No end date: say which end dates (1 to 20 sessions after) would reproduce the number.
    const hints: string[] = [];
    for (let k = 1; k <= 20; k++) {
      const e = await fn(
        { ...claim, window: { kind: 'sessions', event: claim.window.event, sessions: k } },
        own,
      );
      if (!isCannot(e) && statedMatches(e.value * scale(claim), rule))
        hints.push(`matches through ${e.to} (${k} session${k === 1 ? '' : 's'} after)`);
    }
    return done({
      ...base,
      verdict: 'cannot check',
      reason: 'no end date: the sentence says "since" but not until when',
      needs: "--to DATE (the article's date)",
      hints,
    });
  }
  const space =
    options.search === false ? [own] : conventionSpace(claim, options.maxShift ?? 2, options.asOf);
  const results: ConventionResult[] = [];
  let ownResult: ConventionResult | undefined;
  let ownCannot: { cannot: string; needs?: string } | undefined;
  for (let i = 0; i < space.length; i++) {
    const c = space[i];
    const trial = periodWindow(claim, c, options.asOf);
    const e = await fn(trial, c);
    if (isCannot(e)) {
      if (i === 0) ownCannot = e;
      continue;
    }
    // An alternative that needs closes after the article's date cannot be how the article got its number.
    if (i > 0 && options.asOf !== undefined && e.to > options.asOf) continue;
    // Nor one that measures none of the claimed period ("on Wednesday" matched by Thursday's return).
    if (i > 0 && ownResult && !overlaps(ownResult, { ...e, conventions: c })) continue;
    const r: ConventionResult = {
      ...e,
      value: e.value * scale(claim),
      conventions: c,
      differs: describeDifference(own, c, claim.metric, claim.window),
    };
    if (i === 0) ownResult = r;
    else results.push(r);
  }
  return judge(claim, own, ownResult, ownCannot, results);
}
