/**
 * A note that looked at "the month after each presidential election since 1992" and then says "The biggest gap
 * came in 2016" ranks that year's election first among the elections it looked at: the same window after each
 * (the note's, ../event-tally.ts `phraseWindow`), measured for the sentence's subjects (or the gap quoted
 * before), every election whose window had closed by the article's date ranked (../event-rank.ts). The
 * numbers of the sentence ("… by 8.6 points in November") stay claims of their own.
 */
import { toDay } from '../../calendar/dates.ts';
import { eventSet } from '../../events/event-sets.ts';
import type { RecordPhrase } from '../claim-phrases.ts';
import type { ClaimReadings, ReadOptions } from '../claim-read.ts';
import { phraseWindow } from '../event-tally.ts';
import type { ArticleContext } from './article-context.ts';
import { recordClaim } from './record-claim.ts';
import type { Piece } from './split.ts';
import type { SubjectHit } from './subjects.ts';

const HIGH = 'biggest|widest|largest|best|strongest|greatest|highest';
const LOW = 'smallest|narrowest|worst|weakest|lowest';
const NOUN =
  '(?:gap|spread|outperformance|underperformance|lead|margin|gain|rally|return|move|advance|decline|drop|loss|shortfall)';
/**
 * "The biggest gap came in 2016", "the widest spread was after the 2016 election", "The gap was widest in
 * 2016": a superlative and the year of one election.
 */
const CAME_IN = new RegExp(
  `\\b(?:the\\s+(${HIGH}|${LOW})\\s+(?:${NOUN}\\s+)?(?:came|was|occurred|followed)|${NOUN}\\s+was\\s+(?:the\\s+)?(${HIGH}|${LOW}))\\s+(?:in|after|following)\\s+(?:the\\s+)?((?:19|20)\\d\\d)\\b`,
  'i',
);

/** Days after an event by which a window after it has surely closed (a month: 31; N sessions: 7 per 5, and a weekend). */
function closeDays(after: { unit: string; n: number }): number {
  const per: Record<string, number> = { day: 1.4, week: 7, month: 31, year: 366 };
  return Math.ceil((per[after.unit] ?? 31) * after.n) + 3;
}

/**
 * The ranking claim of a sentence naming the election where a note's measure peaked, or undefined.
 * @example scopeRank(piece, 'The biggest gap came in 2016, when …', 's6-2', subjects, o, ctx) // rank 1 of the 8 elections 1992–2020
 */
export function scopeRank(
  piece: Piece,
  t: string,
  id: string,
  subjects: readonly SubjectHit[],
  o: ReadOptions,
  ctx: ArticleContext,
): ClaimReadings | undefined {
  const each = o.eachEvents;
  const m = CAME_IN.exec(t);
  // A note that defined its measure ranks it itself (./measure-define.ts).
  if (!each?.after || !m || !o.to || ctx.measure) return undefined;
  const after = each.after;
  const to = toDay(o.to);
  const set = eventSet(each.events).filter(
    (e) =>
      (!each.sinceYear || Number(e.date.slice(0, 4)) >= each.sinceYear) &&
      toDay(e.date) + closeDays(after) <= to,
  );
  const event = set.find((e) => e.date.startsWith(m[3]));
  if (!event) return undefined;
  const record: RecordPhrase = {
    kind: 'rank',
    rank: 1,
    of: set.length,
    sinceYear: Number(set[0].date.slice(0, 4)),
    direction: new RegExp(`^(?:${LOW})$`, 'i').test(m[1] ?? m[2]) ? 'loss' : 'gain',
    amongEvents: true,
    after,
    words: m[0],
  };
  const hit = { start: m.index, end: m.index + m[0].length, record };
  const window = { start: hit.start, end: hit.end, window: phraseWindow(event, after) };
  // "The biggest gap came in 2016" with no one named: the gap quoted before it.
  const named = subjects.filter((h) => h.subject.kind !== 'opposite');
  const earlier = ctx.spreads?.at(-1)?.parsedSubjects;
  const by =
    named.length < 2 && earlier?.length === 2
      ? earlier.map((subject, k) => ({ start: hit.start + k, end: hit.start + k, subject }))
      : subjects;
  const rc = recordClaim(piece, t, id, by, [window], hit, { ...o, event: event.date }, ctx);
  if (typeof rc === 'string') return undefined;
  for (const r of rc.readings) r.windowSource = 'carried';
  return rc;
}
