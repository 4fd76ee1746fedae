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

import { checkRecord } from './check-record.ts';
import type { Claim } from './claim.ts';
import { DEFAULT_CONVENTIONS } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';
import { frenchHas, frenchShare, INDEX_ETF, isMarket, sizeGroup } from './claim-subjects.ts';
import type { Evaluation, Evaluator, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';
import { distanceOutside, plainRule, type StatedRule, statedMatches } from './verdict-rules.ts';

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
  /** When nothing matches: the convention whose value comes nearest. */
  nearest?: ConventionResult;
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
  /** The article's as-of date (--to): month-to-date alternatives run through it. */
  asOf?: string;
}

/** The claim's own conventions with every gap filled by capgap's defaults. */
export function ownConventions(claim: Claim): Resolved {
  const g = claim.subjects.map(sizeGroup).find((x) => x !== null);
  const own: Resolved = { ...DEFAULT_CONVENTIONS, groups: 10 };
  if (g) {
    own.groups = frenchShare(g.share) ?? 10;
    // A share French does not publish (a third, a quarter, a half) is built from stocks by default.
    if (!frenchHas(g.share)) own.source = 'stocks';
  }
  const w = claim.window;
  // "The wider stock universe" is every stock equally (./claim-read.ts): the stock-built EW universe.
  if (claim.subjects.includes('universe') || (claim as Partial<ReadClaim>).target === 'universe')
    own.market = 'universe-ew';
  if (w.kind === 'month-to-date') own.period = 'to-date';
  if (w.kind === 'week' && w.part) own.part = w.part;
  Object.assign(own, claim.conventions);
  return own;
}

function range(k: number): number[] {
  const out = [0];
  for (let i = 1; i <= k; i++) out.push(-i, i);
  return out;
}

type Partial1 = Partial<Resolved>;

function product(base: Resolved, dims: Partial1[][]): Resolved[] {
  let out: Resolved[] = [base];
  for (const options of dims) {
    const next: Resolved[] = [];
    for (const c of out) for (const o of options) next.push({ ...c, ...o });
    out = next;
  }
  return out;
}

const MARKETS = ['french', '^GSPC', 'universe-ew', 'universe-vw'] as const;

/** The size-group engines: French, and stocks with each breakpoint universe and type universe. */
function groupEngines(
  metric: Claim['metric'],
  share: number,
  own: Resolved,
  withMarket: boolean,
): Partial1[] {
  const out: Partial1[] = [];
  const frenchGroups: (10 | 20 | 30)[] =
    metric === 'spread' ? [10, 20, 30] : frenchShare(share) ? [frenchShare(share) as 10 | 20 | 30] : [];
  for (const groups of frenchGroups)
    for (const weighting of ['value', 'equal'] as const)
      for (const market of withMarket ? MARKETS : [own.market])
        out.push({ source: 'french', groups, weighting, market });
  for (const breakpoints of ['nyse', 'all'] as const)
    for (const universe of ['common', 'all'] as const)
      for (const weighting of ['value', 'equal', 'equal-hold'] as const)
        for (const market of withMarket ? MARKETS : [own.market])
          out.push({ source: 'stocks', breakpoints, universe, weighting, market, groups: own.groups });
  return out;
}

/**
 * The conventions tried for a claim, its own first: the valid combinations of the dimensions that matter
 * for its metric, subjects and window.
 * @example conventionSpace(claim).length // 80 for an index return since an event (2 × 4 × 2 × 5)
 */
export function conventionSpace(claim: Claim, maxShift = 2, asOf?: string): Resolved[] {
  const own = ownConventions(claim);
  const w = claim.window;
  const dims: Partial1[][] = [];
  if (claim.metric === 'flow') {
    dims.push(range(Math.min(1, maxShift)).map((endShift) => ({ endShift })));
    dims.push([{ weekEnd: 'fri' }, { weekEnd: 'wed' }]);
    if (w.kind !== 'week' || !w.weekEnd)
      dims.push([{ part: 'whole' }, { part: 'before' }, { part: 'after' }]);
  } else {
    const monthly = w.kind === 'month' || w.kind === 'month-to-date';
    dims.push((monthly ? [0] : range(maxShift)).map((endShift) => ({ endShift })));
    if (w.kind === 'month-to-date' || (monthly && asOf))
      dims.push([{ period: 'month' }, { period: 'to-date' }]);
    const groups = claim.subjects.map(sizeGroup);
    const g = groups.find((x) => x !== null);
    const barsOnly = claim.subjects.every((s) => !sizeGroup(s) && !isMarket(s));
    const eventWindow = w.kind === 'since' || w.kind === 'sessions';
    if (barsOnly) {
      dims.push([{ returnType: 'total' }, { returnType: 'price' }]);
      const bases: Resolved['base'][] = eventWindow
        ? ['close-before', 'open-event', 'open-t0', 'close-t0']
        : monthly
          ? ['close-before']
          : ['close-before', 'open-t0', 'close-t0'];
      dims.push(bases.map((base) => ({ base })));
      if (claim.subjects.some((s) => s in INDEX_ETF)) dims.push([{ proxy: 'index' }, { proxy: 'etf' }]);
      if (claim.metric === 'excess-return' && (claim.subjects.length === 1 || isMarket(claim.subjects[1])))
        dims.push(MARKETS.map((market) => ({ market })));
    } else {
      if (!monthly) dims.push([{ base: 'close-before' }, { base: 'close-t0' }]);
      dims.push(
        groupEngines(
          claim.metric,
          g?.share ?? 10,
          own,
          claim.subjects.length === 1 || claim.subjects.some(isMarket),
        ),
      );
    }
  }
  const seen = new Set<string>();
  return [own, ...product(own, dims)].filter((c) => {
    const k = JSON.stringify(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const BASE_WORDS: Record<Resolved['base'], string> = {
  'close-before': 'from the last close before the news',
  'open-event': "from the event day's open",
  'open-t0': 'from the open of the first session after the news',
  'close-t0': 'from the close of the first session after the news',
};

const WEIGHT_WORDS: Record<Resolved['weighting'], string> = {
  value: 'value-weighted',
  equal: 'equal-weighted (rebalanced daily)',
  'equal-hold': 'equal-weighted buy-and-hold',
};

const MARKET_WORDS: Record<Resolved['market'], string> = {
  french: "the market = French's value-weighted market (Mkt-RF + RF)",
  '^GSPC': 'the market = the S&P 500',
  'universe-ew': 'the market = the equal-weighted stock universe',
  'universe-vw': 'the market = the value-weighted stock universe',
};

/**
 * What differs between two convention sets, in words: 'price return; from the event day's open'.
 * @example describeDifference(own, { ...own, returnType: 'price' }) // 'price return'
 */
export function describeDifference(own: Resolved, c: Resolved, metric: Claim['metric'] = 'return'): string {
  const parts: string[] = [];
  if (c.proxy !== own.proxy)
    parts.push(c.proxy === 'etf' ? 'the ETF tracking the index instead of the index' : 'the index itself');
  if (c.returnType !== own.returnType && metric !== 'flow') parts.push(`${c.returnType} return`);
  if (c.base !== own.base) parts.push(BASE_WORDS[c.base]);
  if (c.endShift !== own.endShift) {
    const d = c.endShift - own.endShift;
    const unit = metric === 'flow' ? 'week' : 'session';
    parts.push(`end ${Math.abs(d)} ${unit}${Math.abs(d) === 1 ? '' : 's'} ${d > 0 ? 'later' : 'earlier'}`);
  }
  if (
    c.source !== own.source ||
    (c.source === 'stocks' && (c.breakpoints !== own.breakpoints || c.universe !== own.universe))
  ) {
    parts.push(
      c.source === 'french'
        ? "French's portfolios (NYSE breakpoints)"
        : `built from stocks (${c.breakpoints === 'nyse' ? 'NYSE' : 'all-stock'} breakpoints, ${c.universe === 'common' ? 'common stocks' : 'every listed type'})`,
    );
  }
  if (c.weighting !== own.weighting) parts.push(WEIGHT_WORDS[c.weighting]);
  if (c.groups !== own.groups && c.source === 'french')
    parts.push(`smallest ${c.groups}% vs largest ${c.groups}%`);
  if (c.market !== own.market) parts.push(MARKET_WORDS[c.market]);
  if (c.period !== own.period)
    parts.push(c.period === 'to-date' ? 'month to date (provisional)' : 'the whole month');
  if (c.weekEnd !== own.weekEnd) parts.push(`weeks ending ${c.weekEnd === 'wed' ? 'Wednesday' : 'Friday'}`);
  if (c.part !== own.part)
    parts.push(
      c.part === 'after'
        ? 'only the part of the week after the news'
        : c.part === 'before'
          ? 'only the part of the week before the news'
          : 'the whole week',
    );
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
 * The stated value as an interval: the reader's comparator when the claim has one (./claim-read.ts), else
 * eq on stated ± tolerance (./verdict-rules.ts).
 * @example ruleOf({ stated: 7.2, tolerance: 0.05 }) // { kind: 'eq', lo: 7.15, hi: 7.25, negative: false }
 */
export function ruleOf(
  claim: Pick<Claim, 'stated' | 'tolerance'> & Partial<Pick<ReadClaim, 'comparator'>>,
): StatedRule {
  const c = claim.comparator;
  if (!c) return plainRule(claim.stated, claim.tolerance);
  if (c.kind === 'eq' && (c.lo === undefined || c.hi === undefined))
    return plainRule(claim.stated, claim.tolerance);
  return { kind: c.kind, lo: c.lo, hi: c.hi, negative: claim.stated < 0 };
}

/** The claim with its month window as the convention's period: the whole month or the month to date. */
function periodWindow(claim: Claim, c: Resolved, asOf?: string): Claim {
  const w = claim.window;
  if (w.kind === 'month' && c.period === 'to-date')
    return { ...claim, window: { kind: 'month-to-date', month: w.month, to: asOf } };
  if (w.kind === 'month-to-date' && c.period === 'month')
    return { ...claim, window: { kind: 'month', month: w.month } };
  return claim;
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
  const own = ownConventions(claim);
  const rule = ruleOf(claim);
  const within = (r: ConventionResult) => statedMatches(r.value, rule);
  const dist = (r: ConventionResult) => distanceOutside(r.value, rule);
  const done = (v: ClaimVerdict): ClaimVerdict => ({ ...v, line: verdictLine(v) });
  if (!fn)
    return done({ ...base, verdict: 'cannot check', reason: `no evaluator for ${claim.metric} claims` });
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
    const r: ConventionResult = {
      ...e,
      value: e.value * scale(claim),
      conventions: c,
      differs: describeDifference(own, c, claim.metric),
    };
    if (i === 0) ownResult = r;
    else results.push(r);
  }
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
  const nearest = [...unique].sort(
    (a, b) => dist(a) - dist(b) || changes(own, a.conventions) - changes(own, b.conventions),
  )[0];
  if (ownCannot?.needs) {
    // The default needs data the store lacks: say so, and show what the other engines give meanwhile.
    return done({
      ...base,
      verdict: 'cannot check',
      reason: ownCannot.cannot,
      needs: ownCannot.needs,
      matches,
      nearest: matches.length ? undefined : nearest,
    });
  }
  if (!ownResult && unique.length === 0)
    return done({
      ...base,
      verdict: 'cannot check',
      reason: ownCannot?.cannot ?? 'no convention could be computed',
    });
  if (matches.length > 0)
    return done({
      ...base,
      verdict: 'supported under another convention',
      computed: ownResult,
      matches,
      reason: ownCannot?.cannot,
    });
  return done({ ...base, verdict: 'not supported', computed: ownResult, nearest, reason: ownCannot?.cannot });
}

/**
 * A value in the claim's unit as a report prints it: '7.23%', '6.2 pp', '$5.5bn'.
 * @example unitValue({ unit: 'percent', stated: 7.2 } as Claim, 7.234) // '7.23%'
 */
export function unitValue(claim: Pick<Claim, 'unit' | 'stated'>, v: number): string {
  if (claim.unit === 'usd') {
    const a = Math.abs(v);
    const s = v < 0 ? '-' : '';
    if (a >= 1e9) return `${s}$${(a / 1e9).toFixed(2)}bn`;
    if (a >= 1e6) return `${s}$${(a / 1e6).toFixed(1)}m`;
    return `${s}$${Math.round(a).toLocaleString('en-US')}`;
  }
  const digits = Math.max(2, (String(Math.abs(claim.stated)).split('.')[1] ?? '').length + 1);
  return `${v.toFixed(digits)}${claim.unit === 'percent' ? '%' : ' pp'}`;
}

/** The claim in words: 'return of ^RUT since 2016-11-08 through 2016-11-11'. */
export function claimWords(claim: Claim): string {
  const w = claim.window;
  const when =
    w.kind === 'since'
      ? `since ${w.event}${w.to ? ` through ${w.to}` : ''}`
      : w.kind === 'sessions'
        ? `over ${w.sessions} session${w.sessions === 1 ? '' : 's'} after ${w.event}`
        : w.kind === 'month'
          ? `in ${w.month}`
          : w.kind === 'month-to-date'
            ? `in ${w.month} to date${w.to ? ` (through ${w.to})` : ''}`
            : w.kind === 'dates'
              ? `from ${w.from} to ${w.to}`
              : `in the week ${w.weekEnd ? `ended ${w.weekEnd}` : `after ${w.event ?? 'the event'}`}${w.part && w.part !== 'whole' ? ` (${w.part} the news)` : ''}`;
  const target = (claim as Partial<ReadClaim>).target === 'universe' ? 'the stock universe' : 'the market';
  const subj =
    claim.metric === 'excess-return' && claim.subjects.length === 1
      ? `${claim.subjects[0]} vs ${target}`
      : claim.subjects.join(' vs ');
  return `${claim.metric} of ${subj} ${when}`;
}

function statedWords(claim: Claim): string {
  const r = claim as Partial<ReadClaim>;
  const unit = claim.unit === 'percent' ? '%' : claim.unit === 'pp' ? ' pp' : '';
  const money = claim.unit === 'usd' ? '$' : claim.unit === 'gbp' ? '£' : claim.unit === 'eur' ? '€' : '';
  let v: string;
  if (money) {
    const a = Math.abs(claim.stated);
    v = `${claim.stated < 0 ? '-' : ''}${money}${a >= 1e9 ? `${+(a / 1e9).toPrecision(6)}bn` : a >= 1e6 ? `${+(a / 1e6).toPrecision(6)}m` : a}`;
  } else v = `${claim.stated}${unit}`;
  const words = r.comparator?.words;
  return words ? `${words} ${v}` : v;
}

/**
 * The verdict as one line, in the report's form:
 * `<claim> <stated>: supported under another convention: <the convention in words>, <computed> (default convention: <value>)`.
 * @example verdictLine(v) // 'return of ^RUT since 2016-11-08 through 2016-11-11 7.2%: supported, 7.30%'
 */
export function verdictLine(v: ClaimVerdict): string {
  if (!v.claim) return `${JSON.stringify(v.text ?? '')}: ${v.verdict}${v.reason ? ` (${v.reason})` : ''}`;
  const c = v.claim;
  const head = `${claimWords(c)} ${statedWords(c)}`;
  const dflt = v.computed
    ? unitValue(c, v.computed.value)
    : `cannot be computed${v.reason ? `: ${v.reason}` : ''}`;
  switch (v.verdict) {
    case 'supported':
      return `${head}: supported, ${unitValue(c, v.computed!.value)}`;
    case 'supported under another convention': {
      const m = v.matches[0];
      return `${head}: supported under another convention: ${m.differs}, ${unitValue(c, m.value)} (default convention: ${dflt})`;
    }
    case 'not supported': {
      const n = v.nearest;
      const near = n ? `; nearest convention: ${n.differs || 'the default'}, ${unitValue(c, n.value)}` : '';
      return `${head}: not supported: ${v.computed ? unitValue(c, v.computed.value) : dflt}${near}`;
    }
    case 'cannot check':
      return `${head}: cannot check (${v.reason}${v.needs ? `: ${v.needs}` : ''})`;
    default:
      return `${head}: ${v.verdict}`;
  }
}
