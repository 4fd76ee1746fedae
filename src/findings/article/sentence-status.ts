/**
 * A read sentence's status from its claims and the problems met: claims (with the problems as the reason
 * when some numbers were not read), else not a quantitative claim (no subject capgap measures, or only
 * forecasts, non-returns, levels and non-flows), else unreadable with the reasons.
 */
import type { ClaimReadings, ClaimSubject, ReadOptions, ReadSentence } from '../claim-read.ts';
import { noNumberReason, ratioReason, untrackedReason } from './modality.ts';
import type { ArticleContext } from './pick-window.ts';
import { INDICATOR_WORDS, VOLATILITY_INDEX_WORDS } from './record-words.ts';
import type { SubjectHit } from './subjects.ts';

const NQ = 'not a quantitative claim';

/**
 * The sentence `base` with its status, claims and reason.
 * @example finishSentence(base, [], ['a forecast ("5%")'], true).status // 'not a quantitative claim'
 */
export function finishSentence(
  base: Omit<ReadSentence, 'status' | 'claims'>,
  out: ClaimReadings[],
  problems: string[],
  hasSubjects: boolean,
): ReadSentence {
  if (out.length === 0) {
    // "That beat its previous record … by more than two points": a claim capgap does not read, though the
    // sentence names no subject of its own.
    if (!hasSubjects && !problems.some((p) => /^a margin over an earlier record\b/.test(p)))
      return {
        ...base,
        status: NQ,
        claims: [],
        reason: `numbers, but nothing capgap measures: ${problems.join('; ')}`,
      };
    if (
      problems.every((p) =>
        /^(a forecast|a counterfactual|a hedge|a definition|not a return|a level|not a flow|a private portfolio|a live quote)/.test(
          p,
        ),
      )
    )
      return { ...base, status: NQ, claims: [], reason: problems.join('; ') };
    return { ...base, status: 'unreadable', claims: [], reason: problems.join('; ') };
  }
  return {
    ...base,
    status: 'claims',
    claims: out,
    ...(problems.length ? { reason: problems.join('; ') } : {}),
  };
}

/**
 * Why a number has no window: it names an event and no --event was given (nor an article date to infer it
 * from), or a phrase that needs the article's date ("last week", "on Thursday") in an undated article, or
 * the sentence says no period and there is no event to count from.
 * @example missingWhy('last week', {}) // 'needs the article\'s date for "last week": the article is undated (give --to DATE)'
 */
export function missingWhy(missing: string | undefined, o: ReadOptions): string {
  const undated = ': the article is undated (give --to DATE)';
  if (
    missing &&
    /election|vote|referendum|midterm|decision|announcement|victory|\bwin\b|result|polls/i.test(missing)
  )
    return `names an event (${JSON.stringify(missing)}) but no --event DATE was given${o.to ? '' : ', and the article has no date to infer it from'}`;
  if (!o.to)
    return `needs the article's date${missing ? ` for ${JSON.stringify(missing)}` : ' (no period is stated)'}${undated}`;
  return missing
    ? `names an event (${JSON.stringify(missing)}) but no --event DATE was given`
    : 'says no period and no --event DATE was given';
}

/**
 * A sentence with no number, record or rank: its status and reason (a ratio is unreadable; else no claim),
 * and the subject it names for "they" or "it" in the next sentence (set on `ctx`).
 * @example noNumberSentence('Small caps are the purest play.', 'sentence', hits, ctx).reason // 'no number to check'
 */
export function noNumberSentence(
  t: string,
  form: ReadSentence['form'],
  subjects: readonly SubjectHit[],
  ctx: ArticleContext,
): Pick<ReadSentence, 'status' | 'reason'> {
  let named: ClaimSubject | undefined;
  let at = Number.POSITIVE_INFINITY;
  for (const h of subjects)
    if (h.subject.kind !== 'opposite' && h.start < at) [named, at] = [h.subject, h.start];
  if (named) ctx.subject = named;
  const ratio = ratioReason(t);
  if (ratio) return { status: 'unreadable', reason: ratio };
  return { status: NQ, reason: untrackedReason(t) ?? indicatorReason(t) ?? noNumberReason(t, form) };
}

/** A technical indicator: "The Russell 2000's RSI hit 78", "its 14-day relative strength index". */
const INDICATOR = new RegExp(String.raw`\b${INDICATOR_WORDS}\b`, 'i');
/** A volatility index: "The Russell 2000's volatility index hit 30", "the RVX", "the VIX, Wall Street's fear gauge". */
const VOLATILITY = new RegExp(String.raw`\b${VOLATILITY_INDEX_WORDS}\b`, 'i');

/**
 * Why a sentence whose numbers are a technical indicator's is no claim, or undefined.
 * @example indicatorReason("The Russell 2000's RSI hit 78.") // 'not a return (a technical indicator, "RSI"): capgap checks returns, closes and flows'
 */
function indicatorReason(t: string): string | undefined {
  const m = /\d/.test(t) ? INDICATOR.exec(t) : null;
  const v = m || !/\d/.test(t) ? null : VOLATILITY.exec(t);
  const what = m ? 'a technical indicator' : 'a volatility index';
  return m || v
    ? `not a return (${what}, "${(m ?? v)![0]}"): capgap checks returns, closes and flows`
    : undefined;
}
