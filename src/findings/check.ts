/**
 * Checking a claim: compute it under the claim's own conventions (capgap's defaults for anything it leaves
 * unsaid); if that misses the stated number, search plausible alternative definitions (price or total
 * return; base at the close before the news, t0's open or t0's close; end date ±k sessions; value or
 * equal weights; deciles, quintiles or 30/40/30 groups; French market or S&P 500) and report which
 * reproduce it.
 *
 * Verdicts: 'supported' (own conventions match within tolerance), 'supported under another convention'
 * (only alternatives match; they are listed, fewest changes first), 'not supported' (nothing matches;
 * the nearest alternative is shown), 'cannot evaluate' (no data), 'ambiguous' (the claim does not pin
 * down what it measures; nothing is guessed).
 */
import type { Claim } from './claim.ts';
import { DEFAULT_CONVENTIONS } from './claim.ts';
import type { Evaluation, Evaluator, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

export type VerdictKind =
  | 'supported'
  | 'not supported'
  | 'supported under another convention'
  | 'cannot evaluate'
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
  computed?: ConventionResult;
  matches: ConventionResult[];
  nearest?: ConventionResult;
  reason?: string;
  hints?: string[];
}

/** Options of `checkClaim`. */
export interface CheckOptions {
  /** Largest end-date shift tried, in sessions (weeks for flows); defaults to 2. */
  maxShift?: number;
  /** Search alternatives when the claim's own conventions miss; defaults to true. */
  search?: boolean;
}

function groupsOf(claim: Claim): 10 | 20 | 30 {
  const m = /^(?:Lo|Hi) (10|20|30)$/.exec(claim.subjects[0]);
  return m ? (Number(m[1]) as 10 | 20 | 30) : 10;
}

/** The claim's own conventions with every gap filled by capgap's defaults. */
export function ownConventions(claim: Claim): Resolved {
  return { ...DEFAULT_CONVENTIONS, groups: groupsOf(claim), ...claim.conventions };
}

function range(k: number): number[] {
  const out = [0];
  for (let i = 1; i <= k; i++) out.push(-i, i);
  return out;
}

/**
 * The conventions tried for a claim, its own first. The product of the dimensions that matter for its metric.
 * @example conventionSpace(claim).length // 30 for a return since an event (2 × 3 × 5)
 */
export function conventionSpace(claim: Claim, maxShift = 2): Resolved[] {
  const own = ownConventions(claim);
  const kind = claim.window.kind;
  const shifts =
    kind === 'month' ? [0] : claim.metric === 'flow' ? range(Math.min(1, maxShift)) : range(maxShift);
  const dims: { [K in keyof Resolved]?: Resolved[K][] } = { endShift: shifts };
  const bases: Resolved['base'][] =
    kind === 'month' || kind === 'week' ? [own.base] : ['close-before', 'close-t0'];
  if (claim.metric === 'return') {
    dims.returnType = ['total', 'price'];
    dims.base = kind === 'month' ? [own.base] : ['close-before', 'open-t0', 'close-t0'];
  } else if (claim.metric === 'excess-return') {
    dims.base = bases;
    dims.market = ['french', '^GSPC'];
    dims.weighting = ['value', 'equal'];
  } else if (claim.metric === 'spread') {
    dims.base = bases;
    dims.weighting = ['value', 'equal'];
    dims.groups = [10, 20, 30];
  }
  let out: Resolved[] = [own];
  for (const [key, values] of Object.entries(dims) as [keyof Resolved, unknown[]][]) {
    const next: Resolved[] = [];
    for (const c of out) for (const v of values) next.push({ ...c, [key]: v });
    out = next;
  }
  const seen = new Set<string>();
  const list = [own, ...out].filter((c) => {
    const k = JSON.stringify(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return list;
}

const BASE_WORDS: Record<Resolved['base'], string> = {
  'close-before': 'from the last close before the news',
  'open-t0': "from the first reacting session's open",
  'close-t0': "from the first reacting session's close",
};

/**
 * What differs between two convention sets, in words: 'price return; from the first reacting session's open'.
 * @example describeDifference(own, { ...own, returnType: 'price' }) // 'price return'
 */
export function describeDifference(own: Resolved, c: Resolved, metric: Claim['metric'] = 'return'): string {
  const parts: string[] = [];
  if (c.returnType !== own.returnType && metric === 'return') parts.push(`${c.returnType} return`);
  if (c.base !== own.base) parts.push(BASE_WORDS[c.base]);
  if (c.endShift !== own.endShift) {
    const d = c.endShift - own.endShift;
    const unit = metric === 'flow' ? 'week' : 'session';
    parts.push(`end ${Math.abs(d)} ${unit}${Math.abs(d) === 1 ? '' : 's'} ${d > 0 ? 'later' : 'earlier'}`);
  }
  if (c.weighting !== own.weighting) parts.push(`${c.weighting}-weighted`);
  if (c.groups !== own.groups && metric === 'spread')
    parts.push(`smallest ${c.groups}% vs largest ${c.groups}%`);
  if (c.market !== own.market && metric === 'excess-return')
    parts.push(c.market === '^GSPC' ? 'market = S&P 500' : 'market = Mkt-RF + RF');
  if (c.timing !== own.timing) parts.push(`news ${c.timing}`);
  return parts.join('; ');
}

function scale(claim: Claim): number {
  return claim.unit === 'usd' ? 1 : 100;
}

function changes(own: Resolved, c: Resolved): number {
  let n = 0;
  for (const k of Object.keys(own) as (keyof Resolved)[]) if (own[k] !== c[k]) n++;
  return n;
}

/**
 * Checks one claim with an evaluator (see ./evaluate.ts for capgap's; tests inject their own).
 * @example const v = await checkClaim(claim, makeEvaluator(storeClaimData(store)))
 */
export async function checkClaim(
  claim: Claim,
  evaluator: Evaluator,
  options: CheckOptions = {},
): Promise<ClaimVerdict> {
  const base = { id: claim.id, text: claim.text, claim, matches: [] as ConventionResult[] };
  const fn = evaluator[claim.metric];
  if (!fn) return { ...base, verdict: 'cannot evaluate', reason: `no evaluator for ${claim.metric} claims` };
  const own = ownConventions(claim);
  if (claim.window.kind === 'since' && claim.window.to === undefined) {
    // No end date: ambiguous. Say which end dates (1 to 20 sessions after) would reproduce the number.
    const hints: string[] = [];
    for (let k = 1; k <= 20; k++) {
      const e = await fn(
        { ...claim, window: { kind: 'sessions', event: claim.window.event, sessions: k } },
        own,
      );
      if (!isCannot(e) && Math.abs(e.value * scale(claim) - claim.stated) <= claim.tolerance + 1e-9) {
        hints.push(`matches through ${e.to} (${k} session${k === 1 ? '' : 's'} after)`);
      }
    }
    return { ...base, verdict: 'ambiguous', reason: 'no end date: say "through DATE" or give --to', hints };
  }
  const space = options.search === false ? [own] : conventionSpace(claim, options.maxShift ?? 2);
  const results: ConventionResult[] = [];
  let ownResult: ConventionResult | undefined;
  let ownCannot: string | undefined;
  for (const c of space) {
    const e = await fn(claim, c);
    if (isCannot(e)) {
      if (c === space[0]) ownCannot = e.cannot;
      continue;
    }
    const r: ConventionResult = {
      ...e,
      value: e.value * scale(claim),
      conventions: c,
      differs: describeDifference(own, c, claim.metric),
    };
    if (c === space[0]) ownResult = r;
    else results.push(r);
  }
  const within = (r: ConventionResult) => Math.abs(r.value - claim.stated) <= claim.tolerance + 1e-9;
  if (ownResult && within(ownResult)) return { ...base, verdict: 'supported', computed: ownResult };
  // An index's total and price series are the same levels: keep one result per distinct computation.
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
  if (!ownResult && unique.length === 0) {
    return { ...base, verdict: 'cannot evaluate', reason: ownCannot ?? 'no convention could be evaluated' };
  }
  if (matches.length > 0)
    return {
      ...base,
      verdict: 'supported under another convention',
      computed: ownResult,
      matches,
      reason: ownCannot,
    };
  const nearest = unique.sort(
    (a, b) => Math.abs(a.value - claim.stated) - Math.abs(b.value - claim.stated),
  )[0];
  return { ...base, verdict: 'not supported', computed: ownResult, nearest, reason: ownCannot };
}
