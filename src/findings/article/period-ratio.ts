/**
 * A ratio of one subject's two periods: "Investors poured $2.9bn into the iShares Russell 2000 ETF last week,
 * more than double the previous week's intake", "rose 3.1%, almost twice last week's gain". The multiple
 * names no other subject; the period after it ("the previous week's", "last month's") is the same subject's
 * period before the claim's own, and the claim is its flow (or return) over that one's (../evaluate.ts).
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import type { ClaimWindow } from '../claim.ts';
import { monthsBefore, nextSession, weekEndOf } from './dates.ts';
import type { QuantityClaim } from './quantity-types.ts';
import { movedToEvent } from './same-period.ts';
import { otherElection } from './windows.ts';

/**
 * "the previous week's (intake)", "last month's", "its gain in the prior week": the period before the claim's
 * own.
 */
export const EARLIER =
  /^\s*(?:(?:that\s+of\s+)?(?:the\s+)?(?:previous|prior|preceding|last)\s+(week|month|year)['’]s\b(?:\s+(?:intake|inflows?|outflows?|total|haul|figure|tally|gain|return|rise|advance|decline|loss|drop|fall|pace))?|(?:its|their)\s+(?:intake|inflows?|outflows?|haul|gain|return|rise|advance|decline|loss|drop|fall)\s+(?:in|over|during|for)\s+the\s+(?:previous|prior|preceding)\s+(week|month|year)\b)/i;
/**
 * "what they managed in 2016", "their gain after the 2016 election", "its gain over the same stretch in 2016",
 * "(half as much as) after the 2016 vote", "the 2016 pace", "its 2016 gain": the same subject after an earlier vote.
 */
const OTHER_YEAR =
  /^\s*(?:of\s+)?(?:(?:what\s+(?:they|it)\s+(?:managed|gained|made|did|rose|returned|posted|delivered)|(?:their|its)\s+(?:gain|rise|advance|rally|return|move)(?:\s+(?:over|in|during)\s+the\s+same\s+(?:stretch|period|span|window))?)\s+(?:in|after)\s+(?:the\s+)?(?:19|20)\d\d\b(?:\s+(?:presidential\s+|us\s+)?(?:election|vote))?|(?:after|following)\s+the\s+(?:19|20)\d\d\s+(?:presidential\s+|us\s+)?(?:election|vote)\b|(?:the|its|their)\s+(?:19|20)\d\d\s+(?:post-election\s+)?(?:pace|gain|rally|rise|run|performance|move)\b)/i;
/** Words that make the measure a flow ("poured $2.9bn into", "intake", "inflows"), else a return. */
const FLOW =
  /\$|£|€|\b(?:inflows?|outflows?|intake|took\s+in|pulled\s+in|poured|attracted|drew|redemptions?|withdrawals?)\b/i;

/**
 * The period ratio a multiple claims when no subject follows it, or undefined.
 * @example periodRatio('poured $2.9bn into IWM last week, more than double the previous week\'s intake', q) // { shift: 'week', of: 'flow', … }
 */
export function periodRatio(t: string, end: number): QuantityClaim['versus'] {
  // "Small caps' 8% post-election gain is about half what they managed in 2016": the same stretch then.
  const then = OTHER_YEAR.exec(t.slice(end));
  if (then) return { shift: Number(/(?:19|20)\d\d/.exec(then[0])?.[0]), of: 'return', words: then[0].trim() };
  const m = EARLIER.exec(t.slice(end));
  // "more than triple the previous week's $1.8bn": both numbers are stated, and each is checked.
  if (!m || /^\s*(?:[\w-]+\s+){0,2}?[$£€\d]/.test(t.slice(end + m[0].length))) return undefined;
  return {
    shift: (m[1] ?? m[2]).toLowerCase() as 'week' | 'month' | 'year',
    of: FLOW.test(t) ? 'flow' : 'return',
    words: m[0].trim(),
  };
}

/**
 * The claim's window moved one period back: a week (its Friday a week earlier), a month, a year, each of its
 * dates moved alike; undefined only for a stretch since an event with no end.
 * @example shiftedWindow({ kind: 'week', weekEnd: '2016-11-11' }, 'week') // { kind: 'week', weekEnd: '2016-11-04' }
 */
export function shiftedWindow(
  w: ClaimWindow,
  shift: 'week' | 'month' | 'year' | number,
): ClaimWindow | undefined {
  if (typeof shift === 'number') return afterElection(w, shift);
  const back = (iso: string) =>
    shift === 'week' ? fromDay(toDay(iso) - 7) : monthsBefore(iso, shift === 'month' ? 1 : 12);
  const month = (m: string) => back(`${m}-01`).slice(0, 7);
  switch (w.kind) {
    case 'week': {
      // The week reacting to the news: the Friday ending the week of the first session after it.
      const end = w.weekEnd ?? (w.event ? weekEndOf(nextSession(w.event)) : undefined);
      if (!end) return undefined;
      return shift === 'week'
        ? { kind: 'week', weekEnd: back(end) }
        : { kind: 'dates', from: back(fromDay(toDay(end) - 7)), to: back(end) };
    }
    case 'month':
      return shift === 'week' ? undefined : { kind: 'month', month: month(w.month) };
    case 'month-to-date':
      return {
        kind: 'dates',
        from: back(fromDay(toDay(`${w.month}-01`) - 1)),
        to: back(w.to ?? `${w.month}-01`),
      };
    case 'dates':
      return { kind: 'dates', from: back(w.from), to: back(w.to) };
    case 'sessions':
      return { ...w, event: back(w.event) };
    default:
      return w.to ? { kind: 'dates', from: back(w.event), to: back(w.to) } : undefined;
  }
}

/** The claim's window after the US election of `year` instead of its own event (./same-period.ts `movedToEvent`). */
function afterElection(w: ClaimWindow, year: number): ClaimWindow | undefined {
  const event = otherElection(`${year} election`);
  return event ? movedToEvent(w, event) : undefined;
}

/**
 * The window hits a ratio's own number may take: not those inside the words of the period it is set against
 * ("… about half what they managed in 2016": 2016 is the comparison's, not the number's window; so is "the
 * prior week" in "more than double its gain in the prior week").
 * @example outsideVersus(hits, t, q.end, { shift: 2016, of: 'return', words: 'what they managed in 2016' }) // without "in 2016"
 */
export function outsideVersus<H extends { start: number; end: number }>(
  hits: readonly H[],
  t: string,
  from: number,
  versus: QuantityClaim['versus'],
): readonly H[] {
  const at = versus ? t.indexOf(versus.words, from) : -1;
  if (at < 0 || !versus) return hits;
  return hits.filter((h) => h.end <= at || h.start >= at + versus.words.length);
}

/**
 * "… since the election, more than double the previous week's": a stretch with no end has no period before
 * it of the same length; the ratio is not read (rather than read against the market).
 */
export function openRatioWhy(versus: QuantityClaim['versus'], window: ClaimWindow): string | undefined {
  if (!versus || shiftedWindow(window, versus.shift)) return undefined;
  return `a ratio to ${JSON.stringify(versus.words)} of a stretch with no end date: the period before it is unknown (give --to DATE, the article's date)`;
}
