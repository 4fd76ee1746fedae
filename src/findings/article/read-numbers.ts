/**
 * A sentence's numbers → its claims: each percentage, point difference, amount of money, close or multiple
 * makes a claim (./number-claim.ts, or a gap of ./position-claim.ts) with its window (./number-window.ts);
 * a number that cannot be read leaves a problem, said once for the sentence (./read-sentence.ts).
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ReadOptions, TextSpan } from '../claim-read.ts';
import { isEarlierMove } from './after-move.ts';
import { betweenClaim } from './between-claim.ts';
import { theIndex } from './class-index.ts';
import { spanOf } from './clauses.ts';
import { comparisonClaim, isComparedLeg } from './comparison-claim.ts';
import { ownWindows } from './distance-claim.ts';
import { afterEvent, appositeDistance, distanceStretch, parallelDistance } from './drawdown.ts';
import { regionalFactor } from './factor-subjects.ts';
import { backGapClaim, gapClaim, verbGap } from './gap-claim.ts';
import { HEDGE } from './hedges.ts';
import { isPeakLevel } from './level-claim.ts';
import { intradayReaches, isNegated, singlePeriodReason } from './modality.ts';
import { claimOf } from './number-claim.ts';
import { numberReadings } from './number-readings.ts';
import { isRunningTotal, numberWindow } from './number-window.ts';
import type { Quantity } from './numbers.ts';
import { minusClaim, pairClaim } from './pair-claim.ts';
import { listWindows } from './parallel-windows.ts';
import { openRatioWhy, outsideVersus } from './period-ratio.ts';
import type { ArticleContext } from './pick-window.ts';
import { pronounGap } from './pronoun-gap.ts';
import type { Carry } from './quantity-claim.ts';
import { readingsWhy } from './readings.ts';
import type { RecordHit } from './records.ts';
import { regionalise } from './region-subjects.ts';
import { pairedClaim, respectively } from './respectively.ts';
import { excessLegs, overGap, restatedGap, sameGap } from './restated-gap.ts';
import { endedBefore } from './same-period.ts';
import { missingWhy } from './sentence-status.ts';
import { shareClaim, sharedSubjects, totalFlowWhy } from './shared-subjects.ts';
import type { Piece } from './split.ts';
import type { SubjectHit } from './subjects.ts';
import type { VerbHit } from './verbs.ts';
import { isEventClose } from './window-closes.ts';
import type { WindowHit } from './windows.ts';

/** What readSentence found in a sentence's words, for its numbers. */
export interface SentenceWords {
  t: string; // the sentence as read (normalised)
  piece: Piece;
  /** Claim ids start with it: 's3' for the third sentence. */
  prefix: string;
  /** The article's date (else the event's): what a bare month or "this year" is read against. */
  ref?: string;
  subjects: readonly SubjectHit[];
  quantities: readonly Quantity[];
  verbs: readonly VerbHit[];
  /** The sentence's clauses (./clauses.ts `gapped`). */
  parts: TextSpan[];
  /** Every window phrase; `windows` those outside a record's or a distance's words; `dist` the distances. */
  found: readonly WindowHit[];
  windows: readonly WindowHit[];
  dist: readonly TextSpan[];
  records: readonly RecordHit[];
  /** "by midday": the readings are of an intraday move. */
  intraday?: string;
}

/**
 * The sentence's number claims into `out`, each number that is none into `problems`; `carry` is what a later
 * clause takes from an earlier one (window, subject, verb).
 * @example readNumbers(words, ctx, o, out, problems, carry) // out: [{ id: 's1-1', readings: [{ metric: 'return', … }] }]
 */
export function readNumbers(
  s: SentenceWords,
  ctx: ArticleContext,
  o: ReadOptions,
  out: ClaimReadings[],
  problems: string[],
  carry: Carry & { window?: ClaimWindow },
): void {
  const { t, piece, subjects, quantities, verbs, parts } = s;
  let notReturn: string | undefined;
  const paired = respectively(t, subjects, quantities);
  const lists = listWindows(t, quantities, s.windows, ctx.recent); // "… and 1.8%", "lost 5.3% and 5.0% on Thursday and Friday"
  const shared = sharedSubjects(t, subjects, verbs, quantities, paired);
  for (const q of quantities) {
    const seg = parts[spanOf(parts, q.start)];
    // "…, a gap of 7.5 points", "the gap was narrower at 4.3 points": a difference stated (./position-claim.ts).
    const earlier = [...(ctx.returns ?? []), ...out.map((c) => c.readings[0])];
    const pairStated = out.some((c) => c.readings[0].subjects.length === 2); // "…, down from a lead of 3.9 points"
    // "… by about 5.5 points, value-weighted. Equal-weighted portfolios tell a similar story, with a gap of
    // roughly 6 points": the spread the sentence before stated, not returns stated before it.
    const spreadBefore = !out.length && ctx.spreads?.at(-1)?.metric === 'spread';
    const gap =
      (spreadBefore ? backGapClaim(t, q, subjects, ctx.spreads) : null) ??
      (betweenClaim(t, q, subjects) || pairClaim(t, q, subjects) || minusClaim(t, q, subjects)) ??
      gapClaim(t, q, seg, pairStated ? [] : earlier, [
        ...(ctx.indexReturns ?? []),
        ...out
          .map((c) => c.readings[0])
          .filter((r) => r.metric === 'return' && r.subjects[0]?.startsWith('^')),
      ]) ??
      restatedGap(t, q, seg, subjects, [
        ...(ctx.returns ?? []),
        ...excessLegs(ctx.spreads),
        ...earlier.slice(ctx.returns?.length ?? 0),
      ]) ??
      overGap(t, q, subjects, earlier) ??
      verbGap(t, q, seg, subjects, verbs) ??
      (out.length
        ? (pronounGap(t, q, seg, out, ctx) ?? sameGap(t, q, seg, out))
        : backGapClaim(t, q, subjects, ctx.spreads, ctx.returns));
    if (gap && 'window' in gap) carry.window ??= gap.window;
    const unsigned = (gap as { unsigned?: true } | null)?.unsigned; // "the gap between A and B"
    const sign = { sign: (gap && 'sign' in gap && gap.sign) || 1, signSource: 'none', unsigned } as const;
    let qc = gap
      ? comparisonClaim(gap.subject, gap.target, sign, '')
      : claimOf(t, q, seg, subjects, verbs, carry, theIndex(t, ctx.subject, ctx.indexes), s.ref);
    // "… since its March 18, 2020 low, a rally of about 130%": the distance before, restated.
    const prior = out.at(-1)?.readings[0];
    const apposite = typeof qc === 'string' ? undefined : appositeDistance(t, q, qc, prior);
    if (apposite) qc = apposite;
    // "…; large caps are off roughly 30%" (the reference before), "its post-election peak" (./drawdown.ts).
    const [head, tail] = [t.slice(seg.start, q.start), t.slice(q.end, seg.end)];
    if (typeof qc !== 'string') qc = afterEvent(parallelDistance(head, tail, qc, prior), o.event);
    // "… has turned into a deficit of 0.7 points": a gap the other way, whatever the comparison's side.
    if (typeof qc !== 'string' && qc.subjects.length === 2 && DEFICIT_OF.test(t.slice(seg.start, q.start)))
      [qc.sign, qc.signSource] = [-1, 'verb'];
    if (typeof qc !== 'string') qc = pairedClaim(qc, q, paired);
    // "VTWO charges 0.15%, and SCHA just 0.08%": a verbless clause after a non-return is not one either.
    const verbless = !verbs.some((v) => v.start >= seg.start && v.end <= seg.end);
    if (typeof qc === 'string' || (verbless && notReturn)) {
      const why =
        verbless && notReturn ? `${notReturn}: ${JSON.stringify(t.slice(q.start, q.end))}` : (qc as string);
      problems.push(why);
      notReturn = /^not a return \([^)]*\)/.exec(why)?.[0];
      continue;
    }
    notReturn = undefined;
    qc.subjects = regionalise(qc.subjects);
    // "In Europe, the size factor was flat": the region's SMB, its small caps over its large caps.
    const factor =
      qc.metric === 'return' && qc.subjects[0]?.kind === 'security' && qc.subjects[0].id === 'SMB';
    const region = factor ? regionalFactor(t) : undefined;
    if (region) Object.assign(qc, { metric: 'spread', subjects: region, target: 'group' });
    const share = shared.get(q);
    if (qc.metric === 'flow' && share && !share.marked && !share.only) {
      problems.push(totalFlowWhy(t.slice(q.start, q.end)));
      continue;
    }
    const own = outsideVersus(ownWindows(q, s.found, s.dist, s.windows), t, q.end, qc.versus);
    const w = numberWindow(t, q, qc, seg, own, quantities, s.records, carry, ctx, o);
    if (apposite && prior) [w.window, w.source] = [prior.window, 'sentence'];
    const [by, day] = lists.windowOf(q); // "… fell 3.8% on Friday and 2.6% on Monday, while the S&P 500 lost 3.6% and 1.8%"
    if (by && (day || w.source !== 'sentence')) [w.window, w.source] = [by, 'sentence'];
    if (!w.window) {
      const why = w.unread ?? missingWhy(w.missing, o);
      if (!problems.includes(why)) problems.push(why); // said once for the sentence's numbers
      continue;
    }
    lists.took(q, w.window);
    const single = singlePeriodReason(t) ?? openRatioWhy(qc.versus, w.window);
    if (single) {
      problems.push(single);
      continue;
    }
    const v = qc.verb;
    const negated = v && v.start >= seg.start && v.end <= seg.end && isNegated(t, seg, v.start, q.start);
    // "Small caps and large caps both rose 3%": one claim per subject of the list.
    for (const qs of shareClaim(qc, share, regionalise)) {
      const sub = qs.subjects;
      const id = `${s.prefix}-${out.length + 1}`;
      const readings = numberReadings(t, piece, q, qs, w.window, w.source, id, o.eachEvents);
      for (const r of readings) {
        if (negated) r.negated = true;
        // (Not a closed period's, nor the open's: "10:05 ET: … opened 1.2% higher, adding to last week's 8.6%".)
        const timed = !endedBefore(r.window, o.to) && r.at !== 'open';
        if (s.intraday && timed && intradayReaches(t, q, s.intraday)) r.intraday = s.intraday;
      }
      const why = [qc.why, readingsWhy(sub, t)].filter(Boolean).join('; ');
      out.push({ id, readings, ...(why ? { why } : {}) });
      if (qs.metric === 'spread' || qs.metric === 'excess-return' || qs.metric === 'ratio') {
        carry.target = sub[1] ?? (qs.target === 'universe' ? { kind: 'universe' } : { kind: 'market' });
        if (s.subjects.length) carry.subject = sub[0]; // not a gap of the pair before ("That gap of …")
      } else if (!carry.target && !(carry.subject && isComparedLeg(t, q))) carry.subject = sub[0];
    }
    // A bracket's legs ("(+5.8% vs +2.5%)") keep the verb of the clause around them for the next one.
    if (t.lastIndexOf('(', q.start) <= t.lastIndexOf(')', q.start)) carry.verb = qc.verb;
    // A running total, an earlier move, an aside ("…, having fallen 6%"), a previous peak's or the event's level
    // leave "the same period" to the main clause; a distance from a dated close ("since its Oct. 11 low"), its own.
    const aside = isRunningTotal(t, q) || isEarlierMove(t, q) || HAVING.test(t.slice(0, q.start));
    if ((!carry.window || !aside) && !isPeakLevel(t, q) && !isEventClose(t, q))
      carry.window = distanceStretch(carry, qc.extreme, q, quantities, o.to) ?? w.window;
  }
}

/** A participle aside before the number: ", having fallen as much as", ", having risen". */
const HAVING = /,\s+having\s+[^,;]{0,40}$/i;

/** A gap's noun that says it runs the other way: "a deficit of", "a shortfall of". */
const DEFICIT_OF = new RegExp(String.raw`\b(?:deficit|shortfall)\s+of\s+${HEDGE}$`, 'i');
