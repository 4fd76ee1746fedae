/**
 * Where a record phrase goes: on the claim it speaks of (a gap on the spread, inflows on the flow, a week's
 * record on the claim over a week, a run on the claim over as many sessions, else its clause's claim), and
 * with the side of the number when the phrase names none ("the widest gap since 2008" after a shortfall).
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, RecordPhrase, TextSpan } from '../claim-read.ts';
import { spanOf } from './clauses.ts';
import { sessionsOf } from './pick-window.ts';
import { oneRecord } from './record-first-time.ts';
import { runOfLegs, sameWindow } from './record-legs.ts';
import type { RecordHit } from './records.ts';

/** A run whose words name one side beating the other: "… in a row that the S&P 500 beat the Russell 2000". */
const STREAK_LEAD =
  /\b(?:in\s+a\s+row|straight|running|consecutive)\s+(?:that|in\s+which)\s+[^,;.]*?\b(?:beat|outperformed|outpaced|outran|trailed|lagged|underperformed)\b/i;

/**
 * Puts a record phrase on the claim it speaks of: a high, low, close or level → the close stated, if any; a
 * gap, spread or margin → the first spread or excess return; inflows/outflows → the first flow; a week's or month's record → the claim over a week or month;
 * a run of N days → the claim over N sessions; otherwise the claim of its own clause, else the sentence's
 * first. A move in points takes none. Returns why a record is left unplaced (a period's record beside only a
 * distance), else undefined.
 */
export function attachRecord(
  r: RecordHit,
  claims: ClaimReadings[],
  parts: TextSpan[],
  offset: number,
): string | undefined {
  const metric = (c: ClaimReadings) => c.readings[0].metric;
  const w = r.record.words;
  // A move in points is ranked by no record ("rose 39.78 points to 18,847.66, a record high": the close is).
  const ranked = claims.filter((c) => metric(c) !== 'points');
  // "to close above 1,850 for the first time": a close past a level (RecordPhrase.past) is the close's too.
  // "closed at a record 1,892.45, up 2.4% on the day": "at a record" is a close's.
  const closes =
    /\b(?:highs?|lows?|close|level|peak)\b|^(?:at|to)\s+an?\s+(?:fresh\s+|new\s+)?record$/i.test(w) ||
    r.record.past !== undefined;
  // "…, while the S&P 500 rose 2.53% to end at 5,929.04, an all-time high": the close nearest the phrase.
  const gapTo = (c: ClaimReadings) => {
    const x = c.readings[0].span;
    return x.start - offset >= r.start ? x.start - offset - r.start : r.start - (x.end - offset);
  };
  const levels = ranked.filter((c) => metric(c) === 'level').sort((a, b) => gapTo(a) - gapTo(b));
  let target = closes ? levels[0] : undefined;
  // "the second year in a row that the S&P 500 beat the Russell 2000 by more than ten points": the lead's run.
  const lead = r.record.streak !== undefined && STREAK_LEAD.test(claims[0]?.readings[0].text ?? '');
  // "a gap of 12.1 points that was the widest for any month since January 2001": "widest" ranks a gap.
  if (/gap|spread|margin|outperformance|widest|narrowest/i.test(w) || lead)
    target ??= ranked.find((c) => metric(c) === 'spread' || metric(c) === 'excess-return');
  else if (/inflow|outflow|intake/i.test(w)) target ??= ranked.find((c) => metric(c) === 'flow');
  // "… and 10.2% for the week, its best week since 2011": a record of a period goes on the claim over that period.
  const period = r.record.period;
  const kinds = period === 'week' ? ['week'] : period === 'month' ? ['month', 'month-to-date'] : [];
  const seg = parts[spanOf(parts, r.start)];
  const at = (c: ClaimReadings) => c.readings[0].span.start - offset;
  // "… while the S&P 500 gained 4.7% — its best week of the year": the nearest such claim before it.
  // "took $6.5bn last week, $5.5bn of it after the election: their best week on record": the whole week's.
  const whole = (w: ClaimWindow) => w.kind !== 'week' || !w.part || w.part === 'whole';
  const ofPeriod = ranked.filter(
    (c) => kinds.includes(c.readings[0].window.kind) && whole(c.readings[0].window),
  );
  const own = ofPeriod.find((c) => at(c) >= seg.start && at(c) < seg.end); // "…; its best was November, up 10.8%"
  target ??= own ?? ofPeriod.filter((c) => at(c) < r.start).pop() ?? ofPeriod[0];
  // "… fell 5% on Thursday and has lost 10% since Election Day, the worst two-day performance …": a run of
  // N days goes on the claim over N sessions.
  const n = r.record.stretch;
  if (n && r.record.period === 'day') target ??= ranked.find((c) => sessionsOf(c.readings[0].window) === n);
  // "The S&P 500 lost 6% on Friday and 4.8% on Thursday, its worst two-day stretch since the pandemic": the
  // run the day moves make together, which no number states, ranked on its own.
  if (n && r.record.period === 'day' && !target) {
    const run = runOfLegs(ranked, n);
    if (run)
      return void claims.push(run(`${claims[0].id.replace(/\d+$/, '')}${claims.length + 1}`, r.record));
  }
  // "…, extending its five-day advance to 11.5%, the best such run since April 2020": the number just before
  // it in its clause, else the first after it there, else the sentence's first.
  // (A record of moves, not of closes, skips a close: "rose 0.6% to 1,334.34, its 11th gain in 12 sessions".)
  const moves = closes ? ranked : ranked.filter((c) => metric(c) !== 'level');
  const inSeg = (moves.length ? moves : ranked).filter((c) => at(c) >= seg.start && at(c) < seg.end);
  target ??= inSeg.filter((c) => at(c) < r.start).pop() ?? inSeg[0] ?? ranked[0];
  if (!target) return;
  // "That was the index's best week since April 2020 and left it less than 2% from its record": a period's
  // record is no distance's; said, not placed.
  if (r.record.period && metric(target) === 'distance')
    return `a record (${JSON.stringify(w)}) of a ${r.record.period} that no number of the sentence states: give it its own sentence with the ${r.record.period}'s move, or a line in a claims file`;
  // "the Russell 2000 slid 3.8% and the S&P 500 fell 3.6%, both their worst days since 2011" (a plural period),
  // "…, the worst day for both indexes since June": each move over the target's window is ranked.
  const each = /\b(?:days|sessions|weeks|months|quarters|years|both|each)\b/i.test(w)
    ? ranked.filter((c) => sameWindow(c, target) && metric(c) === metric(target))
    : [target];
  for (const c of each) {
    const one = c.readings[0].record && oneRecord(c.readings[0].record, r.record);
    if (one) {
      for (const x of c.readings) x.record = onClaim(one, x);
      continue;
    }
    // "its best November since 1928 and its biggest monthly rise since April": a second record of the same
    // number is a claim of its own.
    if (c.readings.some((x) => x.record)) {
      const id = c.id.replace(/\d+$/, String(claims.length + 1));
      const readings = c.readings.map((x) => ({ ...x, id, record: onClaim(r.record, x) }));
      claims.push({ ...c, id, readings });
    } else for (const x of c.readings) x.record = onClaim(r.record, x);
  }
}

/**
 * The record as its claim takes it: the side of its number, a run of its sessions; on a close, a level's
 * ("The index closed above 2,400 for the first time since 2021": the close ranked among closes).
 */
function onClaim(r: RecordPhrase, x: ClaimReadings['readings'][number]): RecordPhrase {
  const level = x.metric === 'level' && !r.period && !r.level && r.streak === undefined && !r.tally;
  return signed(runOfWindow(level ? { ...r, level: true } : r, x.window), x.stated);
}

/**
 * A record that names no period, on a move over a few sessions of dates ("The Russell 2000's 4.2% two-day
 * advance is its biggest since February"), or one that says so ("the widest such gap over a comparable
 * stretch"): it ranks runs of that many days; so does a month's or a week's "stretch" over dates ("its worst
 * one-month stretch since March" after "Over the past month": a rolling month, not a calendar one), and a week
 * or a month over dates that are no calendar one.
 */
function runOfWindow(r: RecordPhrase, w: ClaimWindow): RecordPhrase {
  // "Over the past month, … its worst one-month stretch since March": a rolling month, as many sessions.
  // So is "its worst week since June 2022" after "lost 8.1% over the past five sessions" (Monday to Monday),
  // and "the widest margin for any month" over Nov. 3 to Dec. 4.
  const rolling =
    (/\b(?:stretch|span|rolling|window)\b/i.test(r.words) || offCalendar(r, w)) && !r.stretch && !r.level;
  const m =
    rolling && (r.period === 'month' || r.period === 'week') && w.kind === 'dates' ? sessionsOf(w) : 0;
  if (m && m > 1) return { ...r, period: 'day', stretch: m };
  if (r.period || r.stretch || r.level || r.streak !== undefined) return r;
  // "… since Election Day, the widest such gap over a comparable stretch since 2001": any window, as long.
  const alike = /\b(?:comparable|similar|such|equivalent|same[- ]length)\b/i.test(r.words);
  // "gained 10% over the five days after the vote, the most since 2001": a few sessions after the news, as
  // many sessions ranked (2001 held no election to rank it among).
  const few =
    w.kind === 'sessions' && w.sessions > 1 && w.sessions <= 10 && r.kind !== 'rank' && !r.amongEvents;
  if (w.kind !== 'dates' && !few && !(alike && (w.kind === 'since' || w.kind === 'sessions'))) return r;
  const n = sessionsOf(w);
  return n && n > 1 && n <= (alike ? 63 : 10) ? { ...r, period: 'day', stretch: n } : r;
}

/**
 * Dates that are no calendar period: five sessions but not Friday to Friday, a month's sessions (18 to 23) but
 * not month end to month end. A record's "week" ("month") over them is a run of as many sessions.
 */
function offCalendar(r: RecordPhrase, w: ClaimWindow): boolean {
  if (w.kind !== 'dates') return false;
  const [from, to, n] = [Date.parse(w.from), Date.parse(w.to), sessionsOf(w) ?? 0];
  const monthEnd = (d: number) => new Date(d + 86_400_000).getUTCDate() === 1;
  if (r.period === 'month') return n >= 18 && n <= 23 && !(monthEnd(from) && monthEnd(to));
  if (r.period !== 'week' || n !== 5) return false;
  return !(new Date(to).getUTCDay() === 5 && to - from === 7 * 86_400_000);
}

/** Words that make a record a gain whatever the number's sign ("best", "inflows"). */
const GAIN_WORDS =
  /\b(?:best|strongest|gains?|rall(?:y|ies)|rises?|advances?|jumps?|inflows?|leads?|outperformance|winning)\b/i;

/**
 * A record phrase put on a stated number: a phrase that names no side ("the widest gap since 2008", "the
 * biggest move since June", "the most since 2014") takes the side of the number, so a negative spread (large
 * caps ahead) is the widest shortfall, ranked from the most negative, not a small-cap gain.
 * @example signed({ kind: 'widest-since', sinceYear: 2008, direction: 'gain', words: 'widest gap since 2008' }, -1.4).direction // 'loss'
 */
export function signed(r: RecordPhrase, stated: number): RecordPhrase {
  if (!(stated < 0) || r.direction !== 'gain' || GAIN_WORDS.test(r.words)) return r;
  return { ...r, ...(r.kind === 'best-on-record' ? { kind: 'worst-on-record' } : {}), direction: 'loss' };
}
