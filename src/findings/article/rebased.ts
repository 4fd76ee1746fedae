/**
 * A chart's lines rebased to 100: "Rebased to 100 on Election Day, the Russell 2000 stood at 107.7 on Friday and
 * the S&P 500 at 104.3", "Indexed to 100 on Nov. 5, …", "Indexed to 100 at the Nov. 5 close", "(Nov. 5 = 100)".
 * Each level the sentence states is a return since that day, level / 100 − 1, to the level's own day; its
 * precision scales with it (107.7 ± 0.05 is 7.7% ± 0.05). Before, such a level was read as the index's own
 * close (107.7 points).
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ReadOptions } from '../claim-read.ts';
import { DATE_RE, resolveDate } from './dates.ts';
import { EVENT_RE } from './window-since.ts';

const REBASED = new RegExp(
  `\\b(?:rebased|indexed|normali[sz]ed|set)\\s+(?:to|at)\\s+(100|1,?000)\\s+(?:on|at|as\\s+of)\\s+(?:the\\s+(?=(?:${DATE_RE})\\s+close))?(${DATE_RE}|${EVENT_RE})(?:\\s+close)?|\\((${DATE_RE})\\s*=\\s*(100|1,?000)\\)`,
  'i',
);
/**
 * `hits` without the window phrases inside a rebasing phrase: its day ("Indexed to 100 at the Nov. 5 close, small
 * caps ended the month at 107.7") is the base of the lines, no claim's period or end.
 * @example outsideBase('Indexed to 100 at the Nov. 5 close, …', hits) // hits without "Nov. 5"
 */
export function outsideBase<H extends { start: number; end: number }>(t: string, hits: H[]): H[] {
  const m = REBASED.exec(t);
  if (!m) return hits;
  const end = m.index + m[0].length;
  return hits.filter((h) => h.end <= m.index || h.start >= end);
}

/** A chart's caption: "since Nov. 5 (indexed to 100)", "since the election (rebased to 100)". */
const SINCE_INDEXED = new RegExp(
  `\\bsince\\s+(${DATE_RE}|${EVENT_RE})\\s*\\((?:indexed|rebased|normali[sz]ed)\\s+(?:to|at)\\s+(100|1,?000)\\)`,
  'i',
);

/** A rebasing: its base (100), its day and its words. */
export interface Rebase {
  base: number;
  from: string;
  words: string;
}

/**
 * The rebasing a sentence names, or undefined.
 * @example rebaseOf('Chart: Russell 2000 vs. S&P 500 since Nov. 5 (indexed to 100).', { to: '2024-11-29' }) // { base: 100, from: '2024-11-05', … }
 */
export function rebaseOf(t: string, o: ReadOptions): Rebase | undefined {
  const m = REBASED.exec(t);
  const c = m ? undefined : SINCE_INDEXED.exec(t);
  const hit = m ?? c;
  if (!hit) return undefined;
  const base = Number((m ? (m[1] ?? m[4]) : (c as RegExpExecArray)[2]).replace(',', ''));
  const phrase = m ? (m[2] ?? m[3]) : (c as RegExpExecArray)[1];
  const from = resolveDate(phrase, o) ?? (EVENT_ALONE.test(phrase.trim()) ? o.event : undefined);
  return from ? { base, from, words: hit[0] } : undefined;
}

/** The event's own words alone ("Election Day", "the vote"). */
const EVENT_ALONE = new RegExp(`^${EVENT_RE}$`, 'i');

/** The last day a level's window reads, or undefined. */
function levelDay(w: ClaimWindow): string | undefined {
  return w.kind === 'dates' || w.kind === 'since' || w.kind === 'month-to-date' ? w.to : undefined;
}

/**
 * Turns the levels of `claims` into returns since the day a rebasing phrase of `t` names, in place; with none,
 * the one a chart's caption just named (`carried`: "Chart: … since Nov. 5 (indexed to 100). Small caps ended the
 * month at 107.7"), for levels near its base only (a fifth to five times it).
 * @example rebasedLevels('Rebased to 100 on Election Day, the Russell 2000 stood at 107.7 on Friday.', claims, o) // 107.7 → 7.7% since the event
 */
export function rebasedLevels(t: string, claims: ClaimReadings[], o: ReadOptions, carried?: Rebase): void {
  const own = rebaseOf(t, o);
  const rb = own ?? carried;
  if (!rb) return;
  const { base, from } = rb;
  const m = [rb.words];
  const pct = (x: number) => +((x / base - 1) * 100).toFixed(10);
  const scale = (x: number) => +((x / base) * 100).toFixed(10);
  for (const c of claims)
    for (const r of c.readings) {
      const to = r.metric === 'level' && r.unit === 'index-points' ? levelDay(r.window) : undefined;
      if (!to || to <= from || !r.precision) continue;
      if (!own && !(r.stated >= base / 5 && r.stated <= base * 5)) continue; // a close of its own, not a line's
      const level = r.stated;
      r.metric = 'return';
      r.unit = 'percent';
      r.stated = pct(level);
      r.tolerance = scale(r.tolerance ?? r.precision.halfUnit);
      r.precision = { ...r.precision, halfUnit: scale(r.precision.halfUnit) };
      const cmp = r.comparator as { lo?: number; hi?: number };
      r.comparator = {
        ...r.comparator,
        ...(cmp.lo !== undefined ? { lo: pct(cmp.lo) } : {}),
        ...(cmp.hi !== undefined ? { hi: pct(cmp.hi) } : {}),
      };
      r.window = from === o.event ? { kind: 'since', event: from, to } : { kind: 'dates', from, to };
      const why = `"${m[0]}": ${level} is a return of ${r.stated}% since ${from}`;
      c.why = c.why ? `${c.why}; ${why}` : why;
    }
}
