/**
 * Words of streaks and tallies (./record-streaks.ts, ./record-tallies.ts): cardinals, units, the down side,
 * and the side a verb gives a count with no move word.
 */
import type { ClaimWindow } from '../claim.ts';
import type { RecordPhrase } from '../claim-read.ts';
import { previousSession, sessionsBack } from './dates.ts';
import { NUMBER_WORDS, ORDINALS } from './number-words.ts';
import { findVerbs, type VerbHit } from './verbs.ts';
import { sessionOnOrBefore } from './window-periods.ts';

export const CARD = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
export const UNIT = '(sessions?|days?|trading\\s+days?|weeks?|months?|quarters?|years?)';
export const DOWN = /declin|loss|losing|drop|fall|fell|retreat|slid|down|lower|lost/i;
/**
 * "extended its rally to a fourth day", "extended its winning streak to four sessions", "extended their slide to
 * a third week": a run of that many periods (group 1 its count), its side the noun's (./record-streaks.ts).
 */
export const EXTENDED_RUN = new RegExp(
  `\\bextend(?:ed|s|ing)?\\s+(?:its|their|the)\\s+(?:[\\w-]+\\s+)?(?:rall(?:y|ies)|gains|advance|slide|declines?|losses|(?:winning|losing)\\s+(?:streak|run))\\s+to\\s+(?:an?\\s+)?(\\d{1,2}(?:st|nd|rd|th)?|${[...Object.keys(ORDINALS), ...Object.keys(NUMBER_WORDS)].join('|')})\\s+(?:straight\\s+|consecutive\\s+)?${UNIT}\\b`,
  'gi',
);

export function unitPeriod(u: string | undefined): RecordPhrase['period'] | undefined {
  if (!u) return undefined;
  if (/^week/i.test(u)) return 'week';
  if (/^month/i.test(u)) return 'month';
  if (/^quarter/i.test(u)) return 'quarter';
  if (/^year/i.test(u)) return 'year';
  return 'day';
}

export function count(word: string): number {
  const w = word.toLowerCase();
  return ORDINALS[w] ?? NUMBER_WORDS[w] ?? (w === 'first' ? 1 : Number.parseInt(w, 10));
}

/** The window after each event a phrase names: "the three months" → { unit: 'month', n: 3 }, a session a day. */
export type AfterEach = { unit: 'day' | 'week' | 'month' | 'year'; n: number };

/**
 * The window after each event from a phrase's count word (absent: one) and unit word.
 * @example afterEach('three', 'months') // { unit: 'month', n: 3 }
 */
export function afterEach(n: string | undefined, unit: string): AfterEach {
  const u = unit.toLowerCase().replace(/s$/, '');
  const k = n ? count(n) : 1;
  return {
    unit: (u === 'session' ? 'day' : u) as AfterEach['unit'],
    n: Number.isFinite(k) && k >= 1 ? k : 1,
  };
}

/** The verbs of `text` that move a number ("rose", "trailed"), in text order. */
export function moveVerbs(text: string): VerbHit[] {
  return findVerbs(text).filter((h) => h.kind === 'move' || h.kind === 'relative');
}

/**
 * The side of a count with no move word: the last verb before it ("has risen for seven straight sessions",
 * "small caps have outperformed large caps for four straight sessions"), else the verb of a clause the count
 * opens ("the fourth straight year that the Russell 2000 trailed the S&P 500"), read by ./verbs.ts.
 */
export function verbSide(
  text: string,
  at: number,
  end = at,
  verbs = moveVerbs(text),
): 'gain' | 'loss' | undefined {
  // "It was the fourth straight year that the Russell 2000 trailed the S&P 500": the verb of the clause the
  // count opens, when none comes before it.
  // "In each of the last three elections, small caps beat large caps …": a count opening the sentence, the verb after.
  const opens = /^[\s"“(]*$/.test(text.slice(0, at)) && /^\s*,/.test(text.slice(end));
  const v =
    verbs.filter((h) => h.end <= at).pop() ??
    (opens || /^\s+(?:that|in\s+which|when)\s/i.test(text.slice(end))
      ? verbs.find((h) => h.start >= end)
      : undefined);
  return v ? (v.sign < 0 ? 'loss' : 'gain') : undefined;
}

/** Money going into funds: "attracted inflows", "took in", "poured money into", "net new money". */
const MONEY_IN =
  /\b(?:inflows?|attract(?:ed|s|ing)?|(?:took|taken|take|takes|taking|pulled|pulling|raked|rakes|drew|draws|drawing|drawn|brought|bringing)\s+in|gather(?:ed|s|ing)?|poured|pouring|piled|piling|plowed|ploughed|pumped|net\s+(?:new\s+)?(?:money|cash|buying|purchases|subscriptions|creations)|new\s+money)\b/gi;
/** Money leaving them: "posted outflows", "bled assets", "pulled money out of", "redemptions". */
const MONEY_OUT =
  /\b(?:outflows?|redemptions?|withdrawals?|bled|bleeding|(?:lost|losing|lose|loses|shed|shedding)\s+(?:assets|investors)|(?:pulled|pulling|yanked|yanking|withdrew|withdrawn|took|taken|taking)\s+(?:money|cash)\s+(?:out\s+of|from)|net\s+(?:selling|redemptions))\b/gi;

/**
 * The side of a streak or tally of fund flows, or undefined when it counts returns: money words in the
 * count's clause before it, with no move verb between ("The iShares Russell 2000 ETF attracted inflows for
 * three straight weeks", "posted outflows in each of the past four weeks"), or right after its words ("its
 * third straight week of inflows"). "Small caps rose for three weeks as money poured in" counts returns.
 * @example flowSide('IWM has attracted inflows for three straight weeks', 27, 51) // 'gain'
 */
export function flowSide(text: string, start: number, end: number): 'gain' | 'loss' | undefined {
  const after = /^\s*(?:of\s+(?:net\s+)?|with\s+(?:net\s+)?)(inflows|outflows|redemptions)\b/i.exec(
    text.slice(end),
  );
  if (after) return /^in/i.test(after[1]) ? 'gain' : 'loss';
  const clause = text.slice(0, start);
  const from = Math.max(0, ...[';', ':', '—', ' – '].map((s) => clause.lastIndexOf(s) + 1));
  const before = clause.slice(from);
  const last = (re: RegExp) => [...before.matchAll(re)].pop();
  const [i, o] = [last(MONEY_IN), last(MONEY_OUT)];
  const hit = !o || (i && (i.index ?? 0) > (o.index ?? 0)) ? i : o;
  if (!hit) return undefined;
  const at = (hit.index ?? 0) + hit[0].length;
  const moved = findVerbs(before).some((v) => v.start >= at && (v.kind === 'move' || v.kind === 'relative'));
  if (moved) return undefined;
  return hit === o ? 'loss' : 'gain';
}

/** The tally's side: the verb before it, else "higher"/"lower" in the sentence. */
export function sideOf(text: string, at: number, end = at): 'gain' | 'loss' | undefined {
  // "has been positive on 11 of the 12 trading days": a spread's sign is its side; "came out ahead" (behind) too.
  const word = /\b(higher|up|lower|down|positive|negative|ahead|behind)\b/i.exec(text)?.[1];
  const down = word && (DOWN.test(word) || /^(?:negative|behind)$/i.test(word));
  return verbSide(text, at, end) ?? (word ? (down ? 'loss' : 'gain') : undefined);
}

/**
 * A tally of periods as a record phrase: `hits` of the last `of` periods (`unit` as written: "sessions",
 * "years") went `direction` (../record-tally.ts); calendar years are their own period.
 * @example periodTally(6, 7, 'years', 'loss', 'in six of the past seven years').period // 'year'
 */
export function periodTally(
  hits: number,
  of: number,
  unit: string | undefined,
  direction: 'gain' | 'loss',
  words: string,
): RecordPhrase {
  const period = /years?$/i.test(unit ?? '') ? 'year' : (unitPeriod(unit) ?? 'day');
  return { kind: 'streak', streak: 0, tally: { hits, of }, period, direction, words };
}

/** "shedding a combined 4.2%", "a cumulative 6%", "a total of 5%": a streak's moves together. */
const COMBINED = /\b(?:an?\s+)?(?:combined|cumulative|total\s+of)\s+$/i;

/**
 * The sessions a streak of days spans, for a number its clause (`head`, up to the number) calls combined: "fell
 * for a third straight day on Thursday, shedding a combined 4.2%" is the three sessions to Thursday; with no day
 * named (the window still the default), to the article's last session. Undefined otherwise.
 * @example streakSpan(', shedding a combined ', records, { window: thursday, source: 'sentence' }, '2024-11-15') // Nov. 11 → 14
 */
export function streakSpan(
  head: string,
  records: readonly { record: RecordPhrase }[],
  w: { window?: ClaimWindow; source: string },
  to: string | undefined,
): ClaimWindow | undefined {
  const n = records.find((r) => r.record.streak && r.record.period === 'day')?.record.streak ?? 0;
  if (n < 2 || !COMBINED.test(head)) return undefined;
  const day =
    w.window?.kind === 'dates' && previousSession(w.window.to) === w.window.from ? w.window.to : undefined;
  // No day named: the default, or the default a number before it in the sentence carried to it.
  const unnamed = w.source === 'default' || (w.source === 'carried' && w.window?.kind === 'since');
  const end = day ?? (unnamed && to ? sessionOnOrBefore(to) : undefined);
  return end ? { kind: 'dates', from: sessionsBack(end, n), to: end } : undefined;
}

/**
 * The tally a sentence says first, of `hits` in their order of precedence: the first found, unless another ends
 * before it in an earlier clause ("in 9 out of 10 elections since 1988, and the index itself rose … in seven of
 * the last ten elections": the first clause's, the second left to ./record-tallies.ts `laterTallies`).
 */
export function firstSaid<T extends { start: number; end: number }>(
  text: string,
  hits: (T | null)[],
): T | null {
  const first = hits.find((h) => h !== null) ?? null;
  const earlier = hits
    .filter((h): h is T => h !== null && first !== null && h.end <= first.start)
    .filter((h) => /[,;]/.test(text.slice(h.end, first!.start)))
    .sort((a, b) => a.start - b.start)[0];
  return earlier ?? first;
}

/** A tally's count out of how many ("each of" is all of them), where it is, and its side; or null. */
export function countedTally(text: string, m: RegExpExecArray, hitsAt: number, ofAt: number) {
  const of = count(m[ofAt]);
  const hits = m[hitsAt] ? count(m[hitsAt]) : of;
  const at = m.index ?? 0;
  // "posted outflows in each of the past four weeks": weeks of money out, not of losses.
  const money = flowSide(text, at, at + m[0].length);
  const direction = money ?? sideOf(text, at, at + m[0].length);
  const flows = money ? true : undefined;
  return direction && hits >= 0 && hits <= of && of >= 1 ? { hits, of, at, direction, flows } : null;
}
