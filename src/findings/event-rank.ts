/**
 * Record phrases that compare events, not calendar periods: "its best post-election week since 1980", "the
 * best start after any election since 1928", "the 3rd largest of 25 US presidential elections". The claimed
 * window after this event (its sessions after the news, or the week after it) is measured after every
 * earlier event of the same built-in set (src/events/event-sets.ts) under the claim's own conventions, and
 * the event is ranked among those the data cover, with the whole ranking shown. A calendar ranking ("6th of
 * 1,522 weeks") would answer another question.
 *
 * Rules, as for periods (./record-judge.ts): best/worst on record: no earlier event at least as large;
 * "since YEAR": the latest earlier event at least as large is YEAR's (or none is, and YEAR is the first
 * event the data cover, or earlier); "the k-th largest (of n)": the place among the events to then is k.
 */
import { builtInEvent, eventSet } from '../events/event-sets.ts';
import type { ClaimVerdict, ConventionResult } from './check.ts';
import type { Claim } from './claim.ts';
import type { ReadClaim, RecordPhrase } from './claim-read.ts';
import type { Evaluator, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';
import { phraseWindow } from './event-tally.ts';
import { fromEventClose, windowAfter } from './event-windows.ts';
import { recordDirection } from './record-judge.ts';
import { ordinal } from './verdict-line.ts';

/** Words that give a record phrase its side ("the 3rd best" is not the 3rd worst); "largest", "widest" do not. */
const SIDED =
  /\b(?:best|worst|strongest|weakest|gains?|loss(?:es)?|rall(?:y|ies)|declines?|falls?|drops?|inflows?|outflows?|shortfalls?)\b/i;
/** Words that make a record phrase compare events ("post-election", "after any election", "of 25 elections"). */
const EVENT_WORDS =
  /\bpost[- ]?(election|vote|referendum|midterms?)\b|\b(fed|fomc)[- ]days?\b|\b(after|of|for|following|in) (any|every|all|an?) ?(of the )?(earlier |previous |prior |other |last |preceding )?(\w+ )?(us |u\.s\. )?(presidential |midterm )?(elections?|votes?)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty[- ]?\w*) (us |u\.s\. )?(presidential |midterm )?elections\b/i;

/** What each set's events are called in a line. */
const SET_WORDS: Record<string, string> = {
  elections: 'US presidential elections',
  midterms: 'US midterm elections',
  fomc: "Fed rate changes (capgap's set: days the Fed changed its rate, 2001 on)",
};

/** One event's value in the ranking (decimal return or spread). */
export interface EventValue {
  date: string;
  label: string;
  value: number;
}

/**
 * Whether a record phrase compares events rather than calendar periods.
 * @example isEventRecord('its best post-election week since 1980') // true
 */
export function isEventRecord(words: string): boolean {
  return EVENT_WORDS.test(words);
}

function pct(v: number, pp: boolean): string {
  return `${v >= 0 ? '+' : ''}${(v * 100).toFixed(2)}${pp ? ' pp' : '%'}`;
}

/**
 * The verdict on an event-comparing record phrase, or null when the claim is not about a built-in event's
 * window (the caller then ranks calendar periods).
 * @example (await checkEventRecord(claim, evaluator, own, '2024-11-04'))?.line // '"best post-election week since 1980": not supported: …'
 */
export async function checkEventRecord(
  given: Claim,
  evaluator: Evaluator,
  ownGiven: Resolved,
  asOf?: string,
): Promise<ClaimVerdict | null> {
  let own = ownGiven;
  const r = (given as { record?: RecordPhrase }).record;
  // A run ("extended their post-election rally to a third session") counts days, whatever its words.
  if (!r || (r.streak !== undefined && !r.tally) || !(r.amongEvents || isEventRecord(r.words))) return null;
  const claim = fromEventClose(given);
  const w = claim.window;
  // A Fed day's own session (fromEventClose): its news came during it.
  if (w.kind === 'sessions' && !w.nextDay && given.window.kind === 'dates')
    own = { ...own, timing: 'intraday' };
  const event = 'event' in w ? w.event : undefined;
  if (!event) return null;
  const target = (claim as Partial<ReadClaim>).target;
  if (target === 'market' || target === 'universe') return null; // an excess return: not ranked here yet
  const set = builtInEvent(event)?.set;
  if (!set) return null;
  const fn = claim.subjects.length === 2 ? evaluator.spread : evaluator.return;
  const events = eventSet(set);
  const all: EventValue[] = [];
  const datasets: ConventionResult['provenance']['datasets'] = [];
  let mine: ConventionResult | undefined;
  for (const e of events) {
    const window = r.after ? phraseWindow(e, r.after) : windowAfter(claim, e.date, own);
    if (!window) return null;
    const got = await fn(
      { ...claim, metric: claim.subjects.length === 2 ? 'spread' : 'return', window },
      own,
    );
    // A note's elections (`after`) are those whose window had closed by its date; a count naming the whole
    // set ("of 25 elections", as capgap's reports write) keeps later ones (below).
    if (isCannot(got) || (asOf && r.after && got.to > asOf && e.date !== event)) continue;
    all.push({ date: e.date, label: e.label, value: got.value });
    for (const d of got.provenance.datasets) if (!datasets.some((x) => x.name === d.name)) datasets.push(d);
    if (e.date === event) mine = { ...got, conventions: own, differs: '' };
  }
  const base = { id: claim.id, text: claim.text, claim, matches: [] as ConventionResult[] };
  const head = `"${r.words}"`;
  if (!mine) {
    const reason = `the data do not cover the window after ${event}`;
    return { ...base, verdict: 'cannot check', reason, line: `${head}: cannot check (${reason})` };
  }
  // Signs come from the verb: "trailed by 4.3 points, the largest of 25 elections" ranks shortfalls, the
  // magnitude in the verb's direction (docs/report.md, "Verdict rules"); a record with no number, its phrase.
  const stated = Number.isFinite(claim.stated) && claim.stated !== 0 ? Math.sign(claim.stated) : 0;
  const phraseHigh = recordDirection(r) === 'high';
  let high = stated !== 0 ? stated > 0 : phraseHigh;
  const v = mine.value;
  // The events to then; a count that names the whole set ("the widest of 25 US presidential elections since
  // 1928", as capgap's own reports write) ranks every event the data cover, later ones too.
  // A place among the elections since a year ("second among the 10 elections since 1980") counts those only.
  const pool = all.filter(
    (x) => r.kind !== 'rank' || !r.sinceYear || Number(x.date.slice(0, 4)) >= r.sinceYear,
  );
  const toThen = pool.filter((x) => x.date <= event);
  const whole = r.kind === 'rank' && r.of !== undefined && r.of !== toThen.length && r.of === pool.length;
  const values = whole ? pool : toThen;
  const earlier = toThen.slice(0, -1);
  const placeIn = (h: boolean) =>
    1 + values.filter((x) => x.date !== event && (h ? x.value > v : x.value < v)).length;
  // "The 25th largest of 25" said of a shortfall counts the signed order, "trailed by 4.3 points, the
  // largest of 25" the verb's: a place holds when either order gives it, and the line uses that order.
  // A phrase that names no side ("the 25th largest"; the reader gives it the number's or the verb's side)
  // holds in the other order too.
  const other = SIDED.test(r.words) ? phraseHigh : !high;
  if (r.kind === 'rank' && placeIn(high) !== r.rank && placeIn(other) === r.rank) high = other;
  const place = placeIn(high);
  const since = earlier.filter((x) => (high ? x.value >= v : x.value <= v)).at(-1);
  const first = values[0].date.slice(0, 4);
  const wrongSide = high ? !(v > 0) : !(v < 0);
  const pp = claim.subjects.length === 2;
  const who = SET_WORDS[set] ?? `the ${set} events`;
  if (!since && r.sinceYear !== undefined && r.sinceYear < Number(first)) {
    // A record "since 1928" on data that begin with 1988's event: the years before cannot be ranked.
    const reason = `the data rank the ${who} only from ${first} (${pct(v, pp)} is the largest since then): "${r.words}" reaches back to ${r.sinceYear}`;
    const line = `${head}: cannot check (${reason})`;
    return { ...base, verdict: 'cannot check', computed: mine, reason, line };
  }
  let holds: boolean;
  if (r.kind === 'rank') holds = r.rank === place && (r.of === undefined || r.of === values.length);
  else if (r.sinceYear !== undefined)
    holds = since ? Number(since.date.slice(0, 4)) === r.sinceYear : r.sinceYear === Number(first);
  else holds = !since;
  // A place ("the 25th largest") may fall on either side of zero; a record gain or loss may not.
  if (r.kind !== 'rank') holds &&= !wrongSide;
  const order = [...values].sort((a, b) => (high ? b.value - a.value : a.value - b.value));
  // Elections by their year; the Fed's changes, several a year, by their date.
  const when = (d: string) => (set === 'fomc' ? d : d.slice(0, 4));
  const ranking = order.map((x, i) => `${i + 1}. ${when(x.date)} ${pct(x.value, pp)}`).join(', ');
  const word = high ? 'best' : 'worst';
  const standingWords = `${ordinal(place)} of the ${values.length} ${who} from ${first} to ${whole ? `${values.at(-1)?.date.slice(0, 4)} (every one the data cover)` : 'then'}, the same window after each (${when(event)}: ${pct(v, pp)}); ${since ? `${word} since ${when(since.date)}, when it was ${pct(since.value, pp)}` : `${word} on record (since ${first})`}; the order: ${ranking}`;
  const says = `${wrongSide && r.kind !== 'rank' ? (high ? 'a shortfall (negative), so no record gain; ' : 'a gain (positive), so no record loss; ') : ''}${standingWords}`;
  const computed: ConventionResult = {
    ...mine,
    value: v,
    description: `${mine.description}, ranked against the same window after every earlier event of the ${set} set`,
    provenance: { datasets },
    ranking: order.map((x, i) => ({ place: i + 1, name: x.label, value: x.value })),
    // The JSON carries the place and count as a rank within a stretch does (./record-judge.ts RankWithin).
    ...{ within: { from: values[0].date, rank: place, of: values.length }, holds, says },
  } as ConventionResult;
  const verdict = holds ? 'supported' : 'not supported';
  return { ...base, verdict, computed, line: `${head}: ${verdict}: ${says}` };
}
