/**
 * A record stated without a number ("Small-cap ETFs are on track for their best month on record", "the
 * gap is the widest since 2008"): a claim of metric 'record' whose stated value is NaN (nothing to round)
 * and whose `record` says what is ranked. Its window is the sentence's, else a running month for a
 * provisional monthly record ("on track for its best month": --to's month to date), else the default.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ClaimSubject, ReadClaim, ReadOptions } from '../claim-read.ts';
import { MONTHS } from '../format.ts';
import { benchmarkTarget } from './benchmark-target.ts';
import { lastMonthBefore, monthNumber, previousSession } from './dates.ts';
import { regionalFactor } from './factor-subjects.ts';
import { SMALL_INDEXES } from './index-names.ts';
import { LEAD_NOUN } from './quantity-words.ts';
import type { ArticleContext } from './read-sentence.ts';
import { expandSubjects, opposite, readingsWhy, recordFields } from './readings.ts';
import { BACK, closeOfPoints, EARLIER_WHEN, firstWindow } from './record-alone.ts';
import { aroundEvent, yearAfterVote } from './record-around.ts';
import { signed } from './record-attach.ts';
import { levelRecordWindow } from './record-drought.ts';
import { eventMonth } from './record-event-period.ts';
import { thisMuch } from './record-fronted.ts';
import { monthOfDay } from './record-month-day.ts';
import { classInWords, ledBy, namedSides, newsSetOff, ownClause, unnamedSubject } from './record-subjects.ts';
import { timesWindow } from './record-times.ts';
import { recordWindow, sameKind, startWindow } from './record-window.ts';
import type { RecordHit } from './records.ts';
import type { Piece } from './split.ts';
import { type SubjectHit, subjectKey } from './subjects.ts';
import { findVerbs } from './verbs.ts';
import type { WindowHit } from './windows.ts';

/** A month as the sentence's subject: "November is on track for …", "March was the best …". */
const MONTH_SUBJECT =
  /^\s*(?:(?:its|their)\s+(?:best|worst|strongest|weakest)\s+month(?:\s+of\s+the\s+year)?\s+(?:was|came\s+in)\s+)?(january|february|march|april|june|july|august|september|october|november|december)(?:\s+(?:is|was|has|had|looks|will)\b|[.,;]|\s*$)/i;

/**
 * The record claim of a sentence with a record phrase and no number (or a record relative to another
 * subject and no difference stated: ./record-alone.ts `relativeRecord`), or why there is none.
 * @example recordClaim(piece, text, 's4-1', subjects, windows, record, { event: '2016-11-08', to: '2016-11-30' }, ctx)
 */
export function recordClaim(
  piece: Piece,
  t: string,
  id: string,
  allSubjects: readonly SubjectHit[],
  windows: readonly WindowHit[],
  hit: RecordHit,
  o: ReadOptions,
  ctx: ArticleContext,
): ClaimReadings | string {
  const subjects = ownClause(t, allSubjects, hit); // not "…, but smaller companies trailed"
  const led = ledBy(t, subjects, hit); // "US stocks rose for a fifth straight session, with small caps leading"
  const news = newsSetOff(t, hit); // "… even as Thursday's CPI data ignited the biggest one-day rally …"
  if (news) return news;
  const named = namedSides(
    t,
    subjects.filter((h) => !led.includes(h)),
    hit,
  );
  // "The international size factor has fallen for three straight weeks": the region's SMB.
  const smb = named.length === 1 && named[0].kind === 'security' && named[0].id === 'SMB';
  const region = smb ? regionalFactor(t) : undefined;
  if (region) named.splice(0, 1, ...region);
  // "… with the Russell 2000 (+0.8%) outpacing the S&P 500 (-0.2%) for a 10th straight session": the verb
  // before the run names both sides, whatever the sentence named before them.
  const relative = findVerbs(t).find((v) => v.kind === 'relative');
  if (relative && relative.end <= hit.start) {
    const sides = subjects.filter((h) => h.end <= hit.start && h.subject.kind !== 'opposite');
    // (not a possessive in an aside: "… finished up 10%, less than half the S&P 500's gain, and trailed …")
    const before = sides.filter((h) => h.end <= relative.start);
    const by = before.filter((h) => !/^['’]s\b/.test(t.slice(h.end))).pop() ?? before.pop();
    const of = sides.find((h) => h.start >= relative.end);
    if (by && of) named.splice(0, named.length, by.subject as ClaimSubject, of.subject as ClaimSubject);
  }
  const close = closeOfPoints(t, hit, subjects); // "…, while the Dow climbed 512 points to a record close"
  if (close && !relative) named.splice(0, named.length, close);
  const r0 = hit.record;
  if (named.length === 0) named.push(...classInWords(r0.words)); // "the biggest small-cap outperformance of …"
  const subject = named[0] ?? unnamedSubject(t, hit, led.length > 0, ctx);
  // "… their peers at the other end", and "Small caps have outperformed in the week after six of the last ten
  // elections" (a tally of outperformance with no one named): against the other end of the size spectrum.
  // So is a streak ("the fourth year in a row that small caps lagged"), and "Small caps' outperformance this
  // month is the widest since 2008" (a lead, a shortfall: quantity-words.ts `LEAD_NOUN`).
  const much = thisMuch(hit.record.words); // "have not outperformed by this much since 2008": the lead's record
  const against =
    ((hit.record.tally || hit.record.streak !== undefined || much) && relative) ||
    LEAD_NOUN.test(t.slice(0, hit.start));
  // "November is on track for the widest monthly gap since 2008" after the deciles: the carried group's gap.
  const gap =
    !named.length && /\b(?:gap|spread)\b/i.test(hit.record.words) && subject?.kind.startsWith('size');
  const outdone = /\b(?:out|under)performance\b/i.test(r0.words); // "their biggest monthly outperformance"
  const other = gap || against || outdone || subjects.some((h) => h.subject.kind === 'opposite');
  if (subject && named.length <= 1 && other) {
    const o = opposite(subject);
    if (o) named.push(...(named.length ? [] : [subject]), o);
  }
  if (!subject) return `a record (${JSON.stringify(hit.record.words)}) of nothing capgap can name`;
  // "The small-cap gauge has now beaten the benchmark for six straight sessions": against the index before.
  const bench = named.length === 1 && relative;
  const vs = bench ? benchmarkTarget(t, subject, ctx.subject) : undefined;
  if (vs) named.push(vs);
  // "The Russell 2000 has outperformed in three of the last five weeks": outperformed what? A small-cap index
  // or fund against the S&P 500, saying so; anything else names nothing to compare with (not its own rises).
  const alone = !!relative && named.length <= 1 && (!!r0.tally || r0.streak !== undefined || much);
  const small = alone && subject.kind === 'security' && SMALL_INDEXES.has(subject.id);
  if (small) named.splice(0, named.length, subject, { kind: 'security', id: '^GSPC' });
  else if (alone)
    return `a record (${JSON.stringify(r0.words)}) of "${relative.words}" with nothing named to compare with: say what it beat`;
  // "Small caps trailed large caps by the widest margin since 2008": the verb gives the record its side.
  let r = signed(hit.record, relative?.sign ?? 1);
  const ref = o.to ?? o.event;
  // "Through Tuesday, … in November, …": the period named before an end date alone.
  // "That was their best week on record, up from $1.8bn the previous week", "… since 2008, when it tumbled 5.3%
  // the day after …": the comparison's window is not its.
  const own =
    BACK.test(t) || EARLIER_WHEN.test(t.slice(hit.end)) ? windows.filter((w) => w.start < hit.end) : windows;
  let window: ClaimWindow | undefined = firstWindow(own, r0);
  // "five straight gains through Tuesday" with no event: an end date alone ends a streak (no "since").
  if (window?.kind === 'since' && !window.event && window.to && r0.streak !== undefined)
    window = { kind: 'dates', from: previousSession(window.to), to: window.to };
  // "The S&P 500 rose 2.2% on Wednesday. It was its biggest one-day gain since 2020.": "it was" ranks the move the
  // sentence before stated, when a period of the record's kind ("… of any election since 1980": among elections).
  const amongEvents = r.kind === 'rank' && r.sinceYear !== undefined;
  // "In the three weeks since …, … That is its best three-week run": the run ends where that stretch did.
  const cw = ctx.window;
  const run = (r.stretch ?? 1) > 1 && (cw?.kind === 'dates' || (cw?.kind === 'since' && !!cw.to));
  const back =
    !window && BACK.test(t) && ctx.window && (amongEvents || run || sameKind(ctx.window, r.period))
      ? ctx.window
      : undefined;
  if (back) window = back;
  const namedMonth = MONTH_SUBJECT.exec(t);
  if (!window && namedMonth && ref) {
    // "November is on track for …": that month (in --to's year, or the year before if it is later).
    const m = monthNumber(namedMonth[1]);
    const y = Number(ref.slice(0, 4)) - (m > Number(ref.slice(5, 7)) ? 1 : 0);
    const month = `${y}-${String(m).padStart(2, '0')}`;
    window =
      r.provisional && ref.startsWith(month)
        ? { kind: 'month-to-date', month, ...(o.to ? { to: o.to } : {}) }
        : { kind: 'month', month };
  }
  // "The widest for any November since 1980": the last November up to the article.
  const ofMonth = r.ofMonth && ref ? lastMonthBefore(MONTHS[r.ofMonth - 1], ref, 1) : undefined;
  if (!window && ofMonth) window = { kind: 'month', month: ofMonth };
  window ??= eventMonth(r.words, r.period, o); // "have never done better in the month after an election"
  if (!window && r.period === 'month' && ref)
    window = r.provisional
      ? { kind: 'month-to-date', month: ref.slice(0, 7), ...(o.to ? { to: o.to } : {}) }
      : recordWindow(r, { to: ref }); // in a month's first days, the month just ended
  if (!window && r.period === 'week' && o.event && r.streak === undefined)
    window = { kind: 'week', event: o.event };
  const around = window && !yearAfterVote(t) ? undefined : aroundEvent(r, t, o); // "… 15 straight sessions after …"
  if (around) [r, window] = [around.kind === 'since' ? { ...r, within: true } : r, around];
  // "by the widest margin in a week since 2008", "its best day since 2020" with no event: the article's week, its
  // date's session (./record-window.ts).
  if (!window && (r.period === 'week' || r.period === 'day') && r.streak === undefined)
    window = recordWindow(r, o);
  // "has fallen for four straight sessions": through the article's day (or its last week).
  if (r.times) window = timesWindow(t, window, o.to);
  if (!window && r.start) window = startWindow(r, o); // "Its best start to a year"
  if (r.level && o.to) window = levelRecordWindow(r, window, o.to); // "IWM closed at an all-time high"
  if (!window && r.streak !== undefined) window = recordWindow({ ...r, provisional: false }, o);
  // "In the month after seven of the last ten elections": the events to the article's date.
  if (!window && r.tally?.events && o.to) window = { kind: 'dates', from: previousSession(o.to), to: o.to };
  if (!window && o.event) window = { kind: 'since', event: o.event, ...(o.to ? { to: o.to } : {}) };
  if (!window) return `a record (${JSON.stringify(r.words)}) with no period and no --event DATE`;
  const win: ClaimWindow = monthOfDay(window, r); // "capped their best month on record on Monday"
  const span = { start: piece.start + hit.start, end: piece.start + hit.end };
  const list = named.length > 0 ? named : [subject];
  // A level is an index's or a fund's: "small caps" near their weakest level is the Russell 2000's.
  const all = expandSubjects(list, t);
  const levels = r.level ? all.filter((subs) => subs.every((x) => x.kind === 'security')) : [];
  const readings = (levels.length ? levels : all).map((subs, i, all) =>
    one(all.length > 1 ? `${id}${'abcdefgh'[i]}` : id, subs),
  );
  const why = small
    ? `"${relative?.words}" names no benchmark: read against the S&P 500`
    : levels.length
      ? undefined
      : readingsWhy(list, t);
  return { id, readings, ...(why ? { why } : {}) };
  function one(cid: string, subs: ClaimSubject[]): ReadClaim {
    return {
      id: cid,
      text: piece.text,
      metric: 'record',
      subjects: subs.map(subjectKey),
      parsedSubjects: subs,
      window: win,
      windowSource: own.some((w) => w.window) ? 'sentence' : back ? 'carried' : 'default',
      ...recordFields(),
      record: r,
      span,
      numberSpans: /\d{4}/.test(t.slice(hit.start, hit.end)) ? [span] : [],
    };
  }
}
