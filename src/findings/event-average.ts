/**
 * Averages over events: "across the 10 presidential elections since 1980, the small-minus-big spread in the
 * week after the vote averaged 0.6 percentage points", "the Russell 2000 has risen an average of 2.1% in the
 * week after elections since 1988". The claim's window is moved to each event of the built-in set (the same
 * sessions after the news, or the week after it; ./event-rank.ts), from `sinceYear` on or the last `of`
 * events, whose window has closed by the article's date; their mean (or their median: `stat`), under the
 * claim's own conventions, is checked against the stated number by the verdict rules (./verdict-rules.ts).
 * Every event's value is listed.
 */
import { eventSet } from '../events/event-sets.ts';
import type { ClaimVerdict, ConventionResult } from './check.ts';
import type { Claim } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';
import { setNoun } from './election-claim-words.ts';
import type { Evaluator, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';
import { windowAfter } from './event-windows.ts';
import { unitValue } from './verdict-line.ts';
import { ruleOf, statedMatches } from './verdict-rules.ts';

/**
 * The verdict on an average over events, or null when the claim states none.
 * @example (await checkEventAverage(claim, evaluator, own, '2016-12-01'))?.verdict // 'supported'
 */
export async function checkEventAverage(
  claim: Claim,
  evaluator: Evaluator,
  own: Resolved,
  asOf?: string,
): Promise<ClaimVerdict | null> {
  const given = (claim as Partial<ReadClaim>).average;
  if (!given) return null;
  // The article's date goes with the claim, so its reproducing command reads no later event.
  const a = { ...given, ...((asOf ?? given.through) ? { through: asOf ?? given.through } : {}) };
  const cut = a.through;
  const base = {
    id: claim.id,
    text: claim.text,
    claim: { ...claim, average: a } as Claim,
    matches: [] as ConventionResult[],
  };
  const m = claim.metric;
  const fn = m === 'return' || m === 'excess-return' || m === 'spread' ? evaluator[m] : undefined;
  const cannot = (reason: string): ClaimVerdict => ({ ...base, verdict: 'cannot check', reason, line: '' });
  if (!fn) return cannot(`an average of ${claim.metric} over events is not computed`);
  const year = (e: { date: string }) => Number(e.date.slice(0, 4));
  const events = eventSet(a.events).filter(
    (e) => (!a.sinceYear || year(e) >= a.sinceYear) && (!a.years || a.years.includes(year(e))),
  );
  // "the 1992 and 1994 elections": a year the set holds no event of is no average of the years named.
  const missing = a.years?.filter((y) => !events.some((e) => year(e) === y));
  if (missing?.length)
    return cannot(`capgap's set of ${setNoun(a.events)} holds none in ${missing.join(' and ')}`);
  const values: { date: string; value: number }[] = [];
  const open: string[] = []; // events whose window had not closed by the article's date
  const unheld: string[] = []; // events whose window the data do not cover (before the series begins)
  const datasets: ConventionResult['provenance']['datasets'] = [];
  for (const e of events) {
    const window = windowAfter(claim, e.date, own);
    if (!window) return cannot("the claim's window is not one that can be moved to another event");
    const got = await fn({ ...claim, window }, own);
    if (!isCannot(got) && cut && got.to > cut) open.push(e.date);
    if (isCannot(got) && (!cut || e.date < cut)) unheld.push(e.date);
    if (isCannot(got) || (cut && got.to > cut)) continue;
    values.push({ date: e.date, value: got.value });
    for (const d of got.provenance.datasets) if (!datasets.some((x) => x.name === d.name)) datasets.push(d);
  }
  const used = a.of ? values.slice(-a.of) : values;
  const words = setNoun(a.events);
  // Fewer events in the set itself than the sentence counts (the Fed's table begins in 2001): say so.
  const held = events.filter((e) => !cut || e.date < cut);
  if (a.of && held.length < a.of)
    return cannot(
      `capgap's set of ${words} holds ${held.length} before ${cut ?? 'today'} (${held.map((e) => e.date).join(', ')}), not ${a.of}`,
    );
  // "the previous four first cuts" from an article on the fifth: its own window is still open.
  if (a.of && used.length < a.of && open.length && held.length - open.length < a.of)
    return cannot(
      `capgap's set of ${words} holds ${held.length - open.length} whose window had closed by ${cut} (${held
        .filter((e) => !open.includes(e.date))
        .map((e) => e.date)
        .join(', ')}; the window after ${open.join(', ')} ends later), not ${a.of}`,
    );
  // "since 1980" with the Russell 2000 from 1987: an average of some of the elections named is not theirs.
  if (!a.of && used.length && unheld.length)
    return cannot(
      `the data cover the window after ${used.length} of the ${used.length + unheld.length} ${words} (from ${used[0].date.slice(0, 4)}; not ${unheld.map((d) => d.slice(0, 4)).join(', ')}); an average needs all of them`,
    );
  if (used.length === 0 || (a.of && used.length < a.of))
    return cannot(`the data cover the window after ${used.length} ${words}${a.of ? `, not ${a.of}` : ''}`);
  const scale = claim.unit === 'usd' || claim.unit === 'count' ? 1 : 100;
  // The median of an even count is the mean of the middle two (the usual rule, as numpy's and R's).
  const sorted = used.map((x) => x.value).sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  const middle = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const stat = a.stat === 'median' ? 'median' : 'mean';
  const value = (stat === 'median' ? middle : used.reduce((s, x) => s + x.value, 0) / used.length) * scale;
  const holds = statedMatches(value, ruleOf(claim as ReadClaim));
  const list = used.map((x) => `${x.date.slice(0, 4)} ${unitValue(claim, x.value * scale)}`).join(', ');
  const computed = {
    value,
    from: used[0].date,
    to: used[used.length - 1].date,
    description: `the ${stat} over the ${used.length} ${words} from ${used[0].date.slice(0, 4)} of the same window after each: ${list}`,
    provenance: { datasets },
    conventions: own,
    differs: '',
    ranking: used.map((x, i) => ({ place: i + 1, name: x.date, value: x.value })),
    notes: [`each: ${list}`],
  } as ConventionResult;
  return { ...base, verdict: holds ? 'supported' : 'not supported', computed };
}
