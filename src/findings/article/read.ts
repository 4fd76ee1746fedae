/**
 * Reading a whole article: split it into sentences (./split.ts), tables' headers and rows into lines of
 * their own (./table-read.ts), read each (./read-sentence.ts) carrying the last window and subject from
 * sentence to sentence ("over the same period", "it") and a table caption's window to its rows; a sentence
 * whose words another holds (a pull quote) is read there only. Return every sentence with its status and
 * claims. Nothing is checked here: the checker takes the claims.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions, ReadSentence } from '../claim-read.ts';
import { eachElection } from './average-words.ts';
import { backRecord } from './back-record.ts';
import { boilerplateReason, headlinesAboveBody, isCorrectionNote, repeatOf } from './boilerplate.ts';
import { captionReadings, figureWindow, keepsCaption } from './caption-window.ts';
import { normalise } from './clauses.ts';
import { namedDecision } from './decision-day.ts';
import { exactRestated } from './exact-restated.ts';
import { SENTENCE_END } from './footnote-marks.ts';
import { grownTo } from './growth-of.ts';
import { type HeadingList, listAt, listReason } from './heading-lists.ts';
import { liveEntry } from './live-blog.ts';
import { DEFINES } from './measure-define.ts';
import { spokenEvent } from './named-election.ts';
import { numberFirst } from './number-first.ts';
import { inOtherYear, yearLine } from './other-year.ts';
import { isWholeQuarter } from './period-spoken.ts';
import { isOneDay } from './pick-window.ts';
import { withQuestion } from './question-answer.ts';
import { questionEvent } from './question-event.ts';
import { type ArticleContext, readSentence } from './read-sentence.ts';
import { rebaseOf } from './rebased.ts';
import { splitSentences } from './split.ts';
import { findSubjects } from './subjects.ts';
import { readTablePiece, type TablePiece, withTables } from './table-read.ts';
import { tableEach } from './table-tally.ts';
import { newsDate } from './window-dated.ts';
import { findWindows } from './windows.ts';

/** A sentence of prose: it ends in a stop and is no table's or chart's label ("Table 2: Returns in November"). */
const PROSE = new RegExp(`^(?!\\s*(?:table|chart|figure|exhibit)\\b)[\\s\\S]*${SENTENCE_END.source}`, 'i');

/** What `f` gives, or undefined when it fails: a sentence's context is never the article's crash. */
function quietly<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/**
 * Reads an article into sentences and claims.
 * @example readArticle('The Russell 2000 has returned 7.2 per cent since the election.', { event: '2016-11-08', to: '2016-11-15' })
 * // [{ status: 'claims', claims: [{ readings: [{ metric: 'return', subjects: ['^RUT'], stated: 7.2, … }] }] }]
 */
export function readArticle(text: string, options: ReadOptions = {}): ReadSentence[] {
  const ctx: ArticleContext = {};
  let caption: ClaimWindow | undefined;
  let proseCaption = false;
  let captionAt = -1; // the piece that gave it
  let lede = '';
  let last = 0;
  const { pieces, tables } = withTables(text, splitSentences(text));
  const decision = quietly(() => namedDecision(text, options.to)); // "after the decision" beside an election
  headlinesAboveBody(pieces, (i) => tables.has(i));
  const repeats = repeatOf(pieces.map((p) => p.text));
  let list: HeadingList | undefined;
  let correction = false;
  let asked: string | undefined;
  let each: ReadOptions['eachEvents'];
  let counted: TablePiece['table'] | undefined; // the last table read as the note's elections (once)
  let before: ArticleContext = {}; // the context before the last piece was read
  const said: ReadSentence[] = []; // the sentences with claims so far
  return pieces.map((piece, i) => {
    // "Four years later, … after his re-election": the election after the one last spoken of (./named-election.ts).
    const spoken = spokenEvent(ctx, options, normalise(piece.text));
    const between = text.slice(last, piece.start);
    liveEntry(ctx, normalise(piece.text), between, options); // a live blog's entry: its time and its day
    const o = {
      ...options,
      ...(ctx.entryTo ? { to: ctx.entryTo } : {}),
      ...(asked ? { event: asked } : {}), // "How did small caps do after the 2016 election? …": the answer's
      ...(each ? { eachEvents: each } : {}),
      ...(spoken ? { spokenEvent: spoken } : {}),
      ...(decision && decision !== options.event ? { decision } : {}),
    };
    asked = quietly(() => questionEvent(normalise(piece.text), options));
    // "We looked at how the smallest stocks did in the month after each election since 1992.": "On average".
    if (DEFINES.test(piece.text) && !/\d%|\bper\s*cent\b/i.test(piece.text))
      each = eachElection(piece.text) ?? each;
    // A table caption ("Table 1: Returns in November") gives its window to the rows of its block that name
    // none; a blank line ends the block. "Here is how … from the Nov. 8 close to Nov. 29:" introduces a table.
    const intro = /:\s*$/.test(text.slice(0, last)) && (tables.has(i) || piece.form === 'bullet');
    // (A lede's day: "Small caps soared on Monday after …. [¶] The Russell 2000 jumped 3.7%": Monday's; a label's.)
    if (/\n\s*\n/.test(between) && !intro && !keepsCaption(caption, lede, proseCaption, captionAt === i - 1))
      caption = undefined;
    // A correction note runs on its own line: the next line is the article's again.
    if (between.includes('\n')) correction = false;
    // News a sentence dates ("vaccine news on Nov. 9"): a later "following the Pfizer announcement" is it.
    ctx.news = quietly(() => newsDate(normalise(piece.text), options)) ?? ctx.news;
    last = piece.end;
    // Under "Most read", "Related stories" …: other stories' headlines; under "Key events this week:", an agenda.
    list = listAt(list, piece, tables.has(i));
    const notClaim = (reason: string) => ({
      index: i,
      text: piece.text,
      span: { start: piece.start, end: piece.end },
      form: piece.form,
      status: 'not a quantitative claim' as const,
      claims: [],
      reason,
    });
    if (list && !boilerplateReason(piece.text)) return notClaim(listReason(list, piece.text));
    if (isCorrectionNote(piece.text)) correction = true; // to its line's end: the earlier, wrong figure
    if (correction)
      return notClaim(
        'a correction note: it quotes the earlier, wrong figure; the corrected one is checked where the body states it',
      );
    if (repeats[i] >= 0)
      return notClaim(`repeats sentence ${repeats[i] + 1}, where it is read (a pull quote or a standfirst)`);
    const tp = tables.get(i);
    // A table of the last elections: a later "In each of the three, …" counts them (./table-tally.ts).
    if (tp && tp.table !== counted) {
      counted = tp.table;
      each = tableEach(text, tp.table, options.to) ?? each;
    }
    // A failure inside capgap on one sentence is that sentence's "cannot check", never the article's crash.
    let s: ReadSentence;
    const asked0 = before; // the context before the question a short answer answers
    before = { ...ctx };
    try {
      s = inOtherYear(tp ? readTablePiece(tp, i, o, ctx) : readSentence(piece, i, o, ctx), o);
      // A question states nothing, but gives its answer a subject and a period (./question-answer.ts).
      if (!tp) s = withQuestion(s, piece, pieces[i - 1], i, { ctx, before: asked0, o });
      if (!tp) s = grownTo(numberFirst(s, piece, i, o, { ctx, before }), piece, i, o, { ctx, before });
      if (!tp) s = exactRestated(s, piece, i, o, said); // "EDIT: ok fine, 5.84% to be exact."
    } catch (e) {
      const reason = `capgap failed to read this sentence (${(e as Error).message}); please report it with the sentence`;
      s = { ...notClaim(reason), status: 'unreadable' };
    }
    // "Chart: … since Nov. 5 (indexed to 100)": its lines' levels in the next two sentences are returns since then.
    const rb = quietly(() => rebaseOf(normalise(piece.text), o));
    const left = (ctx.rebase?.left ?? 0) - 1;
    ctx.rebase = rb ? { ...rb, left: 2 } : ctx.rebase && left > 0 ? { ...ctx.rebase, left } : undefined;
    // A table's rows over one period: the sentence after it that names none is about that period too.
    const rowWindows = new Set(s.claims.flatMap((c) => c.readings.map((r) => JSON.stringify(r.window))));
    if (tp && rowWindows.size === 1) ctx.tableWindow = JSON.parse([...rowWindows][0]);
    else if (s.status === 'claims' || tp) ctx.tableWindow = undefined;
    if (s.status !== 'claims') {
      const w = quietly(() => findWindows(piece.text, o).find((h) => h.window && !h.fallback && !h.endOnly));
      // "… after the Fed cut rates by 50 basis points on Wednesday." (no return of its own): its day too.
      // "The Federal Reserve cut rates by half a percentage point on Tuesday." (a rate decision) likewise.
      const noReturn =
        s.reason === 'no number to check' ||
        /^not a return\b|^numbers, but nothing capgap measures: not a return \((?:a rate change|[^)]*\brate)\)/.test(
          s.reason ?? '',
        );
      if (w && (noReturn || tp?.role === 'caption')) [caption, captionAt, lede] = [w.window, i, piece.text];
      // A sentence of prose ("November was a strong month for the smallest stocks."), not a table's label.
      if (w && (noReturn || tp?.role === 'caption')) proseCaption = !tp && PROSE.test(piece.text);
      // "The rally began in earnest on Nov. 9, when Pfizer said …. The Russell 2000 jumped 3.7% that day": the
      // last day the article spoke of, though no number took it.
      const measuresNothing = /^numbers, but nothing capgap measures\b/.test(s.reason ?? '');
      // "A year ago today, Americans voted. Since then, …": the day "then" is, too.
      if (w?.window && (noReturn || measuresNothing) && isOneDay(w.window)) ctx.day = ctx.thenDay = w.window;
      // "… on Thursday: the gauge rallied 2.1%. On the day of the decision itself, both barely moved. The
      // Russell ended flat; …": an article walking from day to day now speaks of the day just named.
      if (w?.window && noReturn && isOneDay(w.window) && ctx.window && isOneDay(ctx.window))
        ctx.window = w.window;
      // "In the week after the 2018 midterms, small caps fell …. Over the full month after that vote, …".
      // "The fourth quarter belonged to small companies. … returned 31.0% in the quarter": that quarter.
      if (w?.window && noReturn && ('event' in w.window || isWholeQuarter(w.window)))
        ctx.recent = [...(ctx.recent ?? []).slice(-7), w.window];
      // With no event, the period the article names first ("… underperformed on Wednesday as …").
      if (w?.window && noReturn && !options.event) ctx.window = w.window;
      // A title naming its week or month ("Small caps: the week in review (week ended Dec. 9, 2016)"): the body's.
      // (Not a table's or a chart's label: "Table 2: Returns in November 2016".)
      const title =
        i === 0 && !tp && !PROSE.test(piece.text) && !/^\s*(?:table|chart|figure)\b/i.test(piece.text);
      if (w?.window && noReturn && title && /^(?:week|month)$/.test(w.window.kind))
        ctx.titlePeriod = w.window;
      // "U.S. equity funds drew $21.4 billion in the week to Wednesday, Dec. 11" (no fund capgap names): the
      // flows after it with no period of their own are in that week.
      if (w?.window?.kind === 'week' && /\$\s?\d/.test(piece.text)) ctx.flowPeriod = w.window;
      // "Russell 2000 futures jumped 4% in premarket trading. The index rose …": the index the futures track.
      const future = /^not a return \(futures\)/.test(s.reason ?? '')
        ? findSubjects(piece.text)[0]
        : undefined;
      if (future?.subject.kind === 'security') ctx.subject = future.subject;
      // "At one point on Nov. 25, the index was up as much as 1.9% intraday. It closed at 2,442.03.": the day
      // of an intraday move capgap cannot check is still the day the article speaks of.
      if (w?.window && isOneDay(w.window) && /\ban intraday extreme\b/.test(s.reason ?? ''))
        ctx.window = ctx.day = w.window;
    } else if (caption) captionReadings(s, caption, piece.text, options, ctx, proseCaption);
    // "Russell 2000: -4.0% on the week" over "S&P 500: -2.1%": a box of figures shares its first line's period.
    if (s.status === 'claims' && !caption) caption = figureWindow(piece.text, s);
    s = backRecord(yearLine(s, o), said.at(-1)); // "2016: Russell 2000 +11.0%" under a lead-in; "That's a record."
    if (s.status === 'claims') said.push(s);
    return s;
  });
}
