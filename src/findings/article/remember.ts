/**
 * What a read sentence leaves for the sentences after it (./pick-window.ts `ArticleContext`): its window,
 * day, flow week, returns, spreads, subject, the securities it named and the high or low it measured from.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ClaimSubject } from '../claim-read.ts';
import { sameExtreme } from './drawdown.ts';
import { declaredBenchmark } from './fund-benchmark.ts';
import { type ArticleContext, isOneDay } from './pick-window.ts';

/** A look back at where a move began: "The rally began on Thursday, when", "The sell-off started last week". */
const BEGAN =
  /^\W*(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:rally|rebound|surge|run|advance|rotation|sell-?off|slide|rout|decline|move)\s+(?:began|started|kicked\s+off|got\s+under\s?way)\b/i;

/** What a read sentence leaves for the next ones: its window, day, flow week, returns, spreads and subject. */
export function remember(
  ctx: ArticleContext,
  out: readonly ClaimReadings[],
  carry: { window?: ClaimWindow; subject?: ClaimSubject; stretch?: ClaimWindow },
  text = '',
): void {
  const began = BEGAN.test(text);
  // "… for its benchmark, the Russell 2000 Index": a later bare "the benchmark" is that index.
  ctx.benchmark = declaredBenchmark(text) ?? ctx.benchmark;
  // "regaining about 8.7 per cent from the same low": the low the last distance was measured from.
  ctx.extreme = sameExtreme(out, ctx.extreme);
  const first = out.map((c) => c.readings[0]).filter((r) => r !== undefined);
  // "IWM took in $5bn in November. That was up from $1.8bn in October.": an amount set against an earlier
  // month or week leaves the period the article speaks of as it was.
  const against = first.length === 1 && setAgainst(first[0].window, ctx.flowPeriod);
  // "The rally began on Thursday, when … sent the Russell up 3.6%. The index closed at 2,263.67": a story's
  // look back at where a move began leaves the period the story was speaking of as it was.
  if (carry.window && !against && !(ctx.window && began)) ctx.window = carry.window;
  // "… since its June 27 low. The FTSE 100 has gained 19% over the same period"; "jumped 3.5% on Tuesday,
  // bringing its rise over the past five sessions to 11.5%. The S&P 500 added 1.6% over the same stretch": the
  // running total's sessions, not the day that carried it on.
  ctx.stretch = carry.stretch ?? carriedOn(first, carry.window);
  if (first.length) ctx.thenDay = undefined;
  for (const r of first) ctx.recent = [...(ctx.recent ?? []).slice(-7), r.window];
  // The flow period the article last named: a week whole, not the part after the news one sentence spoke of
  // ("$5.5bn of that after the vote"); a month a sentence named ("$10.9 billion … in November. IWM alone took in
  // $6.2 billion": November's).
  const flow = first.find(
    (r) => r.metric === 'flow' && !against && (r.window.kind === 'week' || r.windowSource === 'sentence'),
  );
  if (flow?.window.kind === 'week') {
    const { part: _part, ...whole } = flow.window;
    ctx.flowPeriod = whole;
  } else if (flow) ctx.flowPeriod = flow.window;
  const returns = first.filter((r) => r.metric === 'return');
  // "The FTSE 250 has fallen 13.6%. … The FTSE 100 has lost 5.6% over the same period. The gap between the two
  // indices …": one new return keeps the one before it, so "the two" are the last two stated.
  const last = ctx.returns?.at(-1);
  if (returns.length === 1 && last && last.subjects[0] !== returns[0].subjects[0])
    ctx.returns = [last, ...returns];
  else if (returns.length) ctx.returns = returns;
  for (const r of returns.filter((x) => x.subjects[0]?.startsWith('^')))
    ctx.indexReturns = [...(ctx.indexReturns ?? []).filter((x) => x.subjects[0] !== r.subjects[0]), r];
  if (first.length) ctx.spreads = first.filter((r) => r.metric === 'spread' || r.metric === 'excess-return');
  // The last day the sentence spoke of, though a later clause spoke of a stretch ("XLI added 3.9% on Nov. 6
  // and 4.3% over the week through Nov. 12. Utilities … went the other way on the day": Nov. 6).
  // (A move's day, not a close's: "… from its record close of 1,740.75 on Aug. 31, 2018".)
  const moves = first.filter((r) => ['return', 'spread', 'excess-return'].includes(r.metric));
  const days = moves.map((r) => r.window).filter((w) => w.kind !== 'since' && isOneDay(w));
  const lastDay = carry.window && isOneDay(carry.window) ? carry.window : days.pop();
  if (lastDay) ctx.day = lastDay;
  if (carry.subject) ctx.subject = carry.subject;
  // "The index remains up 14.2%, versus 5.6% for the S&P 500. … it is down 2.3%": "it" is the lead's.
  if (first.length > 1 && first.every((r) => r.metric === 'return')) ctx.subject = first[0].parsedSubjects[0];
  for (const r of first)
    for (const x of r.parsedSubjects)
      if (x.kind === 'security') ctx.indexes = [...(ctx.indexes ?? []).filter((y) => y !== x), x];
}

/** A flow's month or week before the period the article spoke of, of the same kind. */
function setAgainst(w: ClaimWindow, period: ClaimWindow | undefined): boolean {
  if (w.kind === 'month' && period?.kind === 'month') return w.month < period.month;
  return (
    w.kind === 'week' &&
    period?.kind === 'week' &&
    !!w.weekEnd &&
    !!period.weekEnd &&
    w.weekEnd < period.weekEnd
  );
}

/** The longer window a later claim ran to the end of the sentence's one day (its running total), if any. */
function carriedOn(
  first: readonly { window: ClaimWindow }[],
  day: ClaimWindow | undefined,
): ClaimWindow | undefined {
  if (day?.kind !== 'dates' || !isOneDay(day)) return undefined;
  return first.find((r) => r.window.kind === 'dates' && r.window.to === day.to && r.window.from < day.from)
    ?.window;
}
