/**
 * One sentence → its claims. Headlines and conditionals are not read (a quotation is, attributed:
 * ./modality.ts); a sentence with no percentage, point difference, amount of money, close, multiple or
 * record phrase is not a quantitative claim. Otherwise each number makes a
 * claim (./read-numbers.ts) with its window: the clause's own, else the one an earlier clause used, else
 * the next one in the sentence, "over the same period" the previous sentence's, else the default (since
 * --event through --to for returns; the week reacting to --event for flows). Size classes become readings.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ReadOptions, ReadSentence, TextSpan } from '../claim-read.ts';
import { attribution, UNNAMED } from './attribution.ts';
import { bothEarlier } from './both-earlier.ts';
import { withoutFrame } from './bound-subject.ts';
import { breadthClaims, breadthMoves } from './breadth-claim.ts';
import { classIndex } from './class-index.ts';
import { clauses, gapped, normalise, spanOf, unquote } from './clauses.ts';
import { distanceSpans } from './distance-claim.ts';
import { eventStretches } from './event-stretches.ts';
import { fractionOfMove } from './fraction-of-move.ts';
import { gapBeforeLegs, roundedLegs } from './gap-legs.ts';
import { givenBackShare } from './given-back.ts';
import { noteMeasure } from './measure-define.ts';
import { conditionalReason, intradayWords, questionReason } from './modality.ts';
import { dayAfter } from './next-day.ts';
import { besideNumbers, numberlessClaims } from './no-number-claims.ts';
import { RATE_RECORD } from './not-a-claim-words.ts';
import { notRead } from './not-read.ts';
import { findNumbers } from './number-claim.ts';
import { type ArticleContext, pickWindow } from './pick-window.ts';
import type { Carry } from './quantity-claim.ts';
import { contributionReason, findRanks, rankClaim, rankedSector } from './rank-claim.ts';
import { readNumbers } from './read-numbers.ts';
import { outsideBase, rebasedLevels } from './rebased.ts';
import { amongElections } from './record-after-event.ts';
import { eachListed, relativeRecord } from './record-alone.ts';
import { recordClaim } from './record-claim.ts';
import { oneRecord } from './record-first-time.ts';
import { legsTakePeriod } from './record-legs.ts';
import { isReferenceRecord, statedLevel } from './record-reference.ts';
import { secondRecords } from './record-second.ts';
import { outsideRecords } from './record-subjects.ts';
import { placeRecords } from './record-window.ts';
import { findRecords } from './records.ts';
import { remember } from './remember.ts';
import { scopeRank } from './scope-rank.ts';
import { finishSentence, noNumberSentence } from './sentence-status.ts';
import type { Piece } from './split.ts';
import { BULLET } from './split-lines.ts';
import { DEFAULT_FUNDS, type FundName, findSubjects } from './subjects.ts';
import { tableTally } from './table-tally.ts';
import { titleFund } from './title-fund.ts';
import { findVerbs } from './verbs.ts';
import { findWindows } from './windows.ts';

export type { ArticleContext } from './pick-window.ts';

const NQ = 'not a quantitative claim';
const THRESHOLD =
  'a count of the elections above a margin ("in two of the three, … by more than 5 points"): capgap counts which side led after each, not by how much: check the margins row by row, in the table cells';

/**
 * Reads one sentence (a piece of the article) into claims; updates `ctx` for the next sentence.
 * @example readSentence(piece, 0, { event: '2016-11-08', to: '2016-11-15' }, {})
 */
export function readSentence(piece: Piece, index: number, o: ReadOptions, ctx: ArticleContext): ReadSentence {
  const base = { index, text: piece.text, span: { start: piece.start, end: piece.end } };
  const skip = notRead(piece);
  if (skip) return { ...base, ...titleFund(piece, index, ctx, o, skip), claims: [] }; // a fund's factsheet
  const t = normalise(piece.text).replace(BULLET, (m) => ' '.repeat(m.length)); // quotations' claims too
  const form = unquote(t).quoted > 0.5 ? 'quote' : piece.form;
  // '"The easy money has been made," said Jane Smith. "We think …"': the next quotation is Jane Smith's too.
  const named = attribution(t);
  const who = named === UNNAMED && ctx.speaker && /^\s*"/.test(t) ? ctx.speaker : named;
  ctx.speaker = who === UNNAMED ? undefined : who;
  const said = who ? { attribution: who } : {};
  const cond = conditionalReason(t) ?? questionReason(t);
  if (cond) return { ...base, form, ...said, status: NQ, claims: [], reason: cond };
  const ref = o.to ?? o.event;
  // "0.3% below its 52-week high": the look-back is the distance's reference, not a record of its own.
  const dist = distanceSpans(t); // once: the look-back records below and the windows read later
  const records = amongElections(
    t,
    findRecords(t, ref ? Number(ref.slice(0, 4)) : undefined, o.event, ref),
  ).filter(
    // "raised rates for the first time since 2006": the central bank's record, not the market's.
    (r) =>
      !(r.record.level && isReferenceRecord(t, r, r.record.kind === 'rank' ? dist : undefined)) &&
      !RATE_RECORD.test(t.slice(Math.max(0, r.start - 60), r.start)),
  );
  // "In each of the three, small caps did better …" after a table of the last three elections.
  const counted = records.length ? null : tableTally(t, o.eachEvents);
  if (counted === 'threshold')
    return { ...base, form, ...said, status: 'unreadable', claims: [], reason: THRESHOLD };
  if (counted) records.push(counted);
  // "Small caps outperformed in five of the last eight elections": the window after each the note defined.
  for (const { record: r } of records)
    if (r.tally?.events && !r.tally.after && o.eachEvents?.after) r.tally.after = o.eachEvents.after;
  const subjects = classIndex(
    t,
    withoutFrame(t, outsideRecords(t, findSubjects(t, (o.funds ?? DEFAULT_FUNDS) as FundName[]), records)),
    ctx,
  );
  const overlaps = (a: { start: number; end: number }) =>
    subjects.some((h) => a.start < h.end && a.end > h.start);
  const contribution = contributionReason(t, subjects);
  if (contribution) return { ...base, form, ...said, status: 'unreadable', claims: [], reason: contribution };
  // A share of elections ("about 60% of the time"), a size bounding a tally ("of more than 2.5%"): no return.
  const shares = records.filter((r) => r.record.tally?.share || r.record.tally?.beyond);
  const back = givenBackShare(t); // "given back roughly 60% of their gains": a share, read below
  const inside = (q: TextSpan, r?: TextSpan) => !!r && q.start < r.end && q.end > r.start;
  const moves = breadthMoves(t); // "Nine of 11 sectors rose more than 10%": the count's move
  const quantities = findNumbers(t).filter(
    (q) => !overlaps(q) && ![...shares, ...moves].some((r) => inside(q, r)) && !inside(q, back),
  );
  // "hit a record close on Monday for the first time in three years" (no number): one record, both phrases.
  const one = records.length === 2 && !quantities.length && oneRecord(records[0].record, records[1].record);
  if (one) records.splice(0, 2, { ...records[0], record: one });
  const ranks = findRanks(t).filter((r) => rankedSector(r, subjects));
  const prefix = `${o.idPrefix ?? 's'}${index + 1}`;
  const share = fractionOfMove(piece, t, `${prefix}-1`, subjects, o, ctx); // "About two-thirds of … came on …"
  if (share) remember(ctx, [share], { subject: share.readings[0].parsedSubjects[0] });
  if (share) return finishSentence({ ...base, form, ...said }, [share], [], true);
  if (quantities.length === 0 && records.length === 0 && ranks.length === 0) {
    // A note's measure counted, a rank among its elections, gains given back, "even larger", a count of sectors.
    const none = numberlessClaims({ piece, t, prefix, subjects, form }, o, ctx);
    if (none.length) return finishSentence({ ...base, form, ...said }, none, [], true);
    return { ...base, form, ...said, claims: [], ...noNumberSentence(t, form, subjects, ctx) };
  }
  const intraday = intradayWords(t) ?? (ctx.stamp || undefined);
  const verbs = findVerbs(t).filter((v) => !overlaps(v));
  // An event tally's window ("… in the month after the vote six times") is a stated average's too.
  const refs = [...records.filter((r) => !r.record.tally?.events && !statedLevel(t, r)), ...dist];
  const found = outsideBase(t, findWindows(t, o)); // not "Indexed to 100 at the Nov. 5 close"'s day
  const inRef = (w: TextSpan) => refs.some((r) => w.start < r.end && w.end > r.start);
  const windows = found.filter((w) => w.endOnly || !inRef(w)); // an end date in a streak's words ends it
  const parts = gapped(t, clauses(t), subjects, verbs);
  const out: ClaimReadings[] = [];
  const problems: string[] = [];
  const carry: Carry & { window?: ClaimWindow } = {};
  const words = { t, piece, prefix, ref, subjects, quantities, verbs, parts, found, windows, dist, records };
  readNumbers({ ...words, ...(intraday ? { intraday } : {}) }, ctx, o, out, problems, carry);
  eventStretches(t, out, ctx.returns); // "… over the same stretches were 4.7%, 7.3% and 3.9% respectively"
  gapBeforeLegs(t, prefix, quantities, out, problems, piece.start); // "the gap was 5.1 points: A rose …, B …"
  roundedLegs(out, ctx.returns ?? []); // "9.8% and 3.4%, a spread of 6.4 points": the legs' rounding too
  rebasedLevels(t, out, o, ctx.rebase); // "Rebased to 100 on Election Day, … stood at 107.7": a return
  // A number ranked among days is that day's move; a record ranking what no number states is alone.
  const alone = quantities.length ? relativeRecord(records, out, t) : records[0];
  const placed = records.filter((r) => r !== alone);
  problems.push(...placeRecords(placed, out, parts, piece.start, o, ctx.day));
  for (const r of ranks) {
    const w = pickWindow(windows, parts[spanOf(parts, r.start)], r, 'return', false, carry, ctx, o);
    const rc =
      w.window &&
      rankClaim(
        r,
        piece,
        parts[spanOf(parts, r.start)],
        subjects,
        w.window,
        w.source,
        `${prefix}-${out.length + 1}`,
      );
    if (rc) {
      if (intraday) for (const r of rc.readings) r.intraday = intraday;
      out.push(rc);
      carry.window ??= w.window;
    }
  }
  // "Ten of the S&P 500's 11 sectors gained on Wednesday, with financials up 6.2%": the count beside the number.
  out.push(
    ...breadthClaims(piece, t, (k) => `${prefix}-${out.length + k + 1}`, windows, ctx, o, carry.window),
  );
  if (alone) {
    // "fell in four of the next six sessions": the six after the day last spoken of (./next-day.ts).
    const after = windows.map((w) => dayAfter(w, [ctx.day, ctx.window], o));
    const rc = recordClaim(piece, t, `${prefix}-${out.length + 1}`, subjects, after, alone, o, ctx);
    if (typeof rc === 'string') problems.push(rc);
    else {
      legsTakePeriod(rc, out); // "on course for their biggest monthly outperformance …, up 9.7% versus 4.2% …"
      out.push(...eachListed(rc, t, subjects));
      carry.subject = rc.readings[0].parsedSubjects[0];
      const day = rc.readings[0].windowSource !== 'default' || !ctx.titlePeriod; // not under a week's title
      if (day) carry.window = rc.readings[0].window;
    }
  }
  // "…, and its best relative performance against the S&P 500 since January 2021": a second record no number took.
  secondRecords(piece, t, prefix, out, placed, !!alone, subjects, windows, o, ctx, problems);
  // "The biggest gap came in 2016" in a note on the month after each election: a rank among them.
  const ranked = out.some((c) => c.readings.some((r) => r.record?.amongEvents))
    ? undefined
    : scopeRank(piece, t, `${prefix}-${out.length + 1}`, subjects, o, ctx);
  remember(ctx, bothEarlier(t, out, subjects, ctx), carry, t); // "the worst day for both indexes": each's
  if (ranked) out.push(ranked);
  // "…, giving back more than half of its post-election surge, …", "…, which has yet to top its 2021 record, …".
  out.push(...besideNumbers(piece, t, prefix, out, subjects, o, ctx));
  const tally = noteMeasure({ text: piece.text, start: piece.start, claims: out }, t, ctx, o, `${prefix}-1`);
  if (tally) return finishSentence({ ...base, form, ...said }, [tally], [], true);
  return finishSentence({ ...base, form, ...said }, out, problems, subjects.length > 0);
}
