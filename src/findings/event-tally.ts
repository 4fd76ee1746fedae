/**
 * Tallies over events: "small caps have outperformed large caps in the month after seven of the last ten
 * presidential elections", "the Russell 2000 rose in the week after each of the past five elections". The
 * same window after each of the last N events of the built-in set (src/events/event-sets.ts) whose window
 * has closed by the article's date, measured under the claim's own conventions (a return, or two subjects'
 * difference); the count of those that went the phrase's way must be the count stated. Windows: "the day
 * after" (the first session after the news), "the N days after" (N sessions), "the week after" (the week
 * whose trading reacts to the news, Friday-ending), "the month (year) after" (from the last close before the
 * news to the last close on or before the same date a month (year) later, as "in the month after the
 * election" is read); with no such words, a claim's span to its year's end ("between Election Day and year-end")
 * is each event's to its own year's end.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { eventSet, type MarketEvent } from '../events/event-sets.ts';
import type { ClaimVerdict, ConventionResult } from './check.ts';
import type { Claim } from './claim.ts';
import type { RecordPhrase } from './claim-read.ts';
import { setNoun } from './election-claim-words.ts';
import type { Evaluator, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';
import { runCount, runHolds } from './event-run.ts';
import { isYearEnd, toYearEndOf } from './event-windows.ts';
import { windowLastSession } from './record-level.ts';
import { ruleOf, statedMatches } from './verdict-rules.ts';

/** "2000 and 2008", "1988, 2000, and 2008": a list of years in words. */
const AND = new Intl.ListFormat('en', { type: 'conjunction' });

/** The window after one event: `after.unit` and `after.n` as the phrase says them. */
export function phraseWindow(
  e: Pick<MarketEvent, 'date'>,
  after: { unit: string; n: number },
): Claim['window'] {
  if (after.unit === 'day') return { kind: 'sessions', event: e.date, sessions: after.n };
  if (after.unit === 'week' && after.n === 1) return { kind: 'week', event: e.date };
  if (after.unit === 'week') return { kind: 'sessions', event: e.date, sessions: 5 * after.n };
  const d = new Date(`${e.date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + (after.unit === 'year' ? 12 : 1) * after.n);
  return { kind: 'since', event: e.date, to: d.toISOString().slice(0, 10) };
}

/**
 * The last day a window after an event reads (for "has it closed by the article's date"): its last NYSE
 * session (./record-level.ts), or for the week reacting to the news, that week's Friday at the latest.
 */
function windowEnd(w: Claim['window'], own: Resolved): number {
  return windowLastSession(w, own) ?? toDay('event' in w && w.event ? w.event : '1900-01-01') + 10;
}

/**
 * The verdict on an event tally, or null when the record phrase is none.
 * @example (await checkEventTally(claim, evaluator, own, '2024-12-06'))?.line // '"in the month after seven of the last ten presidential elections": not supported: 5 of the last 10 …'
 */
export async function checkEventTally(
  claim: Claim,
  evaluator: Evaluator,
  own: Resolved,
  asOf?: string,
): Promise<ClaimVerdict | null> {
  const r = (claim as { record?: RecordPhrase }).record;
  const t = r?.tally;
  if (!r || !t?.events) return null;
  const base = { id: claim.id, text: claim.text, claim, matches: [] as ConventionResult[] };
  const head = `"${r.words}"`;
  const cannot = (reason: string): ClaimVerdict => ({
    ...base,
    verdict: 'cannot check',
    reason,
    line: `${head}: cannot check (${reason})`,
  });
  // "… between Election Day and year-end in nine of the last ten elections": each vote to its own year's end.
  const yearEnd = isYearEnd(claim.window) || t.toYearEnd;
  // "Small caps outperformed in five of the last eight elections" in a note that names no window after each.
  if (!t.after && !yearEnd)
    return cannot(
      'the window after each election is not named (the day, week or month after); a tally counts the same window after each',
    );
  if (claim.subjects.length < 1 || claim.subjects.length > 2)
    return cannot("a tally of one index, fund or size group, or of two's difference");
  const words = setNoun(t.events);
  const pair = claim.subjects.length === 2;
  const fn = pair ? evaluator.spread : evaluator.return;
  const cut = asOf ? toDay(asOf) : Number.POSITIVE_INFINITY;
  // A Fed decision's news comes during its session (an election's after the close): each event's own timing.
  const fed = t.events.startsWith('fomc-');
  const at = (e: MarketEvent): Resolved => (fed ? { ...own, timing: e.timing } : own);
  const closed = eventSet(t.events)
    .map((e) => ({ e, window: t.after ? phraseWindow(e, t.after) : toYearEndOf(e.date) }))
    .filter((x) => windowEnd(x.window, at(x.e)) <= cut);
  // A note's own set ("after each presidential election since 1960 … positive after 10 of them"): all of it.
  const since = t.sinceYear;
  const of = t.run ? runCount(t) : (t.of ?? 0); // a run: its votes, the one that ended it, the one before
  if (!since && of < 1) return cannot('a tally over events names how many (of: N) or since which year');
  const last = since ? closed.filter((x) => Number(x.e.date.slice(0, 4)) >= since) : closed.slice(-of);
  const n = since ? last.length : of;
  // "after each of the three cuts this year": the table must hold as many as the words count.
  if (since && of && last.length !== of)
    return cannot(
      `capgap's set of ${words} holds ${last.length} from ${since} to ${asOf ?? "the data's end"}, not ${of}`,
    );
  const set = since ? `${n} ${words} since ${since}` : `last ${of} ${words}`;
  const values: { date: string; value: number }[] = [];
  const datasets: ConventionResult['provenance']['datasets'] = [];
  let description = '';
  for (const { e, window } of last) {
    const got = await fn({ ...claim, metric: pair ? 'spread' : 'return', window }, at(e));
    // An event the data do not reach (1976 on a series from 1987) is counted out, not the ones after it.
    if (isCannot(got)) continue;
    values.push({ date: e.date, value: got.value });
    description ||= got.description;
    for (const d of got.provenance.datasets) if (!datasets.some((x) => x.name === d.name)) datasets.push(d);
  }
  const up = r.direction !== 'loss';
  const hits = values.filter((x) => (up ? x.value > 0 : x.value < 0)).length;
  const side = pair ? (up ? 'ahead' : 'behind') : up ? 'up' : 'down';
  // What the data do cover, so the reader sees how far the tally gets: "of those 9, 6 ahead".
  const partial = values.length
    ? `; from ${values[0].date.slice(0, 4)}: of those ${values.length}, ${hits} ${side}`
    : '';
  // A run needs no vote before it where the data do not reach one (its oldest, the last measured).
  if (last.length < n || values.length < n - (t.run ? 1 : 0) || n === 0)
    return cannot(
      `the data cover the window after ${values.length} of the ${set} (${last[0]?.e.date.slice(0, 4) ?? '?'} to ${last.at(-1)?.e.date.slice(0, 4) ?? '?'}${partial}); a tally needs all of them`,
    );
  // "about 60% of the time": the share counted within the words' interval (./article/share-tally.ts).
  const share = t.share && (100 * hits) / values.length;
  const run = t.run && runHolds(values, t, up, side, words);
  // "every election since 1988 except 2000 and 2008": exactly those years went the other way.
  const others = values.filter((x) => !(up ? x.value > 0 : x.value < 0)).map((x) => x.date.slice(0, 4));
  const except = t.except?.map(String);
  const holds = run
    ? run.holds
    : t.share
      ? statedMatches(
          share ?? Number.NaN,
          ruleOf({ stated: t.share.stated, tolerance: 0, comparator: t.share.comparator }),
        )
      : except
        ? others.join() === [...except].sort().join()
        : t.all
          ? hits === values.length
          : hits === t.hits;
  const claimed = t.share
    ? `${t.share.comparator.words ? `${t.share.comparator.words} ` : ''}${t.share.stated}%`
    : except
      ? `all but ${AND.format(except)}`
      : t.all
        ? 'every one'
        : t.hits;
  const pct = (v: number) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(2)}${pair ? ' pp' : '%'}`;
  // Elections by year ("2016 +10.4%"), Fed decisions by day (several a year).
  const list = values.map((x) => `${fed ? x.date : x.date.slice(0, 4)} ${pct(x.value)}`).join(', ');
  const pctOf = share === undefined ? '' : ` (${share.toFixed(1)}%)`;
  const but = except ? `, all but ${AND.format(others) || 'none'}` : '';
  const says = run
    ? `${run.says} (the same window after each: ${list})`
    : `${hits} of the ${set} ${side}${pctOf}${but}${holds ? '' : `, not ${claimed}`} (the same window after each: ${list})`;
  const computed = {
    value: hits,
    from: values[0].date,
    to: fromDay(Math.min(cut, windowEnd(last[last.length - 1].window, at(last[last.length - 1].e)))),
    description: `${description}, and the same window after each of the ${set}`,
    provenance: { datasets },
    conventions: own,
    differs: '',
    ranking: values.map((x, i) => ({ place: i + 1, name: x.date, value: x.value })),
    holds,
    says,
    unit: 'tally',
  } as ConventionResult;
  const verdict = holds ? 'supported' : 'not supported';
  return { ...base, verdict, computed, line: `${head}: ${verdict}: ${says}` };
}
