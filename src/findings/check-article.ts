/**
 * Checking a whole article: the reader's sentences (./article/read.ts, `readArticle`) in, a verdict for
 * every claim and every reading out. A claim with several readings is checked under each; it is
 * `ambiguous` only when the readings' verdicts differ (then each reading's verdict is listed), otherwise
 * it takes their common verdict. Sentences without a checkable number are `not a quantitative claim`;
 * sentences with a number the reader cannot place are `cannot check` with the reader's reason.
 *
 * Exit status (`articleExitCode`): 1 when any claim is `not supported` (an ambiguous claim counts only when
 * no reading is supported), else 0; `cannot check` and `not a quantitative claim` do not fail an article.
 */
import {
  type CheckOptions,
  type ClaimVerdict,
  checkClaim,
  ownConventions,
  type VerdictKind,
} from './check.ts';
import { expandRankList } from './check-rank-list.ts';
import { checkRecord } from './check-record.ts';
import type { Claim } from './claim.ts';
import type { ReadClaim, ReadSentence, TextSpan } from './claim-read.ts';
import type { Evaluator } from './evaluator.ts';
import { claimWords, verdictLine } from './verdict-line.ts';
import { applyModes } from './verdict-modes.ts';

/** A reader's reason that is no claim at all, after any table cell's prefix ('"4.1" (column "x"): '). */
const NO_CLAIM =
  /^(?:"[^"]*"(?: \(column "[^"]*"\))?: )?(?:a forecast|a counterfactual|a hedge|not a return|a level|not a flow|index points|".*" in column)/;

/** One claim of a sentence: its verdict and the verdict of each reading. */
export interface ClaimCheck {
  id: string;
  verdict: VerdictKind;
  /** Why the sentence reads several ways (from the reader). */
  why?: string;
  readings: ClaimVerdict[];
  /** The stated number in the article (for footnotes). */
  span?: TextSpan;
}

/** One sentence with its verdicts. */
export interface SentenceCheck {
  index: number;
  text: string;
  span: TextSpan;
  form: ReadSentence['form'];
  /** 'not a quantitative claim', 'cannot check' (unreadable), or 'claims'. */
  status: 'claims' | 'not a quantitative claim' | 'cannot check';
  /** Why it has no claim; beside claims, the numbers of the sentence that were not read and why. */
  reason?: string;
  /** Who is quoted, when the sentence quotes someone (its claims are the speaker's). */
  attribution?: string;
  claims: ClaimCheck[];
}

/** The verdicts on an article. */
export interface ArticleCheck {
  sentences: SentenceCheck[];
  /** Claims per verdict (a sentence that is not quantitative counts once). */
  summary: Partial<Record<VerdictKind, number>>;
}

/**
 * The verdict of a claim from its readings' verdicts: their common verdict, else 'ambiguous'.
 * @example combine(['supported', 'supported']) // 'supported'
 */
export function combine(verdicts: readonly VerdictKind[]): VerdictKind {
  if (verdicts.length === 0) return 'cannot check';
  return verdicts.every((v) => v === verdicts[0]) ? verdicts[0] : 'ambiguous';
}

/**
 * A number with a record phrase attached ("… by 6.3 percentage points, the widest gap since 2010"): the
 * record is checked too (./check-record.ts) and the line says both; a record that is not supported makes
 * a supported number's claim not supported (a record that cannot be checked leaves the number's verdict).
 */
async function recordToo(
  v: ClaimVerdict,
  evaluator: Evaluator,
  options: CheckOptions,
): Promise<ClaimVerdict> {
  const c = v.claim as Partial<ReadClaim> | null;
  if (!c?.record || c.metric === 'record' || !v.claim) return v;
  // A fund's price ("a record close of $242") is a level, not an amount of money that flowed.
  const unit = v.claim.metric === 'level' ? 'index-points' : v.claim.unit;
  const claim: Claim = { ...v.claim, metric: 'record', unit };
  const rv = await checkRecord(claim, evaluator, ownConventions(v.claim), options);
  const numberHolds = v.verdict === 'supported' || v.verdict === 'supported under another convention';
  return {
    ...v,
    verdict: numberHolds && rv.verdict === 'not supported' ? 'not supported' : v.verdict,
    record: rv,
    line: `${v.line}; ${rv.line}`,
  };
}

/**
 * One reading checked; a failure inside capgap is this claim's "cannot check", saying so, never the whole
 * article's crash (the other claims keep their verdicts).
 */
async function checkReading(
  r: ReadClaim,
  evaluator: Evaluator,
  options: CheckOptions,
): Promise<ClaimVerdict> {
  try {
    return applyModes(await recordToo(await checkClaim(r, evaluator, options), evaluator, options));
  } catch (e) {
    const reason = `capgap failed on this claim (${(e as Error).message}); please report it with the sentence`;
    const v: ClaimVerdict = {
      id: r.id,
      text: r.text,
      claim: r,
      verdict: 'cannot check',
      matches: [],
      reason,
    };
    return { ...v, line: r.metric === 'record' ? `${claimWords(r)} ${verdictLine(v)}` : verdictLine(v) };
  }
}

/**
 * Checks every claim of every sentence.
 * @example const result = await checkArticle(readArticle(text, { event: '2016-11-08', to: '2016-11-11' }), evaluator)
 */
export async function checkArticle(
  sentences: readonly ReadSentence[],
  evaluator: Evaluator,
  options: CheckOptions = {},
): Promise<ArticleCheck> {
  const out: SentenceCheck[] = [];
  const summary: ArticleCheck['summary'] = {};
  const count = (v: VerdictKind) => {
    summary[v] = (summary[v] ?? 0) + 1;
  };
  for (const s of sentences) {
    const base = {
      index: s.index,
      text: s.text,
      span: s.span,
      form: s.form,
      ...(s.attribution ? { attribution: s.attribution } : {}),
    };
    if (s.status !== 'claims' || s.claims.length === 0) {
      const status = s.status === 'unreadable' ? 'cannot check' : 'not a quantitative claim';
      count(status);
      out.push({ ...base, status, reason: s.reason, claims: [] });
      continue;
    }
    const claims: ClaimCheck[] = [];
    // A rank claim about a list of sectors: one claim per sector named (./check-rank-list.ts).
    for (const c of s.claims.flatMap(expandRankList)) {
      const readings: ClaimVerdict[] = [];
      for (const r of c.readings) readings.push(await checkReading(r, evaluator, options));
      const verdict = combine(readings.map((r) => r.verdict));
      count(verdict);
      claims.push({ id: c.id, verdict, why: c.why, readings, span: c.readings[0]?.span });
    }
    // Numbers of the sentence the reader could not place ("+250.0" in a "Since inception" column) are said
    // beside its claims, and count as cannot check unless each is no claim at all (a forecast, a yield, …).
    if (s.reason?.split('; ').some((p) => !NO_CLAIM.test(p))) count('cannot check');
    out.push({ ...base, status: 'claims', claims, ...(s.reason ? { reason: s.reason } : {}) });
  }
  return { sentences: out, summary };
}

/**
 * 1 when any claim is not supported (an ambiguous claim only when none of its readings is supported), else 0.
 * @example articleExitCode(result) // 0
 */
export function articleExitCode(a: ArticleCheck): 0 | 1 {
  for (const s of a.sentences)
    for (const c of s.claims) {
      if (c.verdict === 'not supported') return 1;
      if (
        c.verdict === 'ambiguous' &&
        c.readings.some((r) => r.verdict === 'not supported') &&
        !c.readings.some(
          (r) => r.verdict === 'supported' || r.verdict === 'supported under another convention',
        )
      )
        return 1;
    }
  return 0;
}
