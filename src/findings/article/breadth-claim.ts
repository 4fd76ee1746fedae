/**
 * Sector breadth: "Nine of the 11 sectors rose on Wednesday", "All 11 S&P 500 sectors finished higher", "Only
 * two of the 11 sectors fell last week", "Eight sectors rose and three fell", "Every sector rose" (none went the
 * other way: a count of 0 on the other side, whatever the number of sectors with prices then), "Every sector
 * except energy is trading higher" (one the other way), "Utilities were the only sector to finish the week
 * higher" (one). The claim is how many sectors moved that way over the sentence's window (metric 'breadth', a
 * count, ../evaluate-breadth.ts); with no period of its own, the period the sentence's numbers took.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ReadOptions, TextSpan } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { breadthClaim } from './breadth-reading.ts';
import { FILLERS } from './hedges.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { pastDay } from './past-day.ts';
import { pickWindow } from './pick-window.ts';
import { findSectors, listFrom, listStart } from './sector-subjects.ts';
import { count } from './window-sessions.ts';
import type { WindowHit } from './windows.ts';

const N = `(\\d{1,2}|${Object.keys(NUMBER_WORDS)
  .filter((w) => (NUMBER_WORDS[w] ?? 99) <= 12)
  .join('|')})`;
/** Words before "sector(s)": "S&P 500", "major", "industry" … */
const MODS = '(?:(?:S&P(?:\\s*500)?|major|main|industry|market|stock|broad)\\s+)*';
const UP =
  '(?:rose|risen|gained|advanced|climbed|rallied|were\\s+(?:up|higher)|(?:finished|ended|closed|traded|trading|moved)\\s+(?:the\\s+(?:day|session|week|month)\\s+)?(?:higher|up|in\\s+the\\s+green|in\\s+positive\\s+territory)|posted\\s+gains|eked\\s+out\\s+gains|higher|in\\s+the\\s+green)';
const DOWN =
  '(?:fell|fallen|declined|dropped|slid|retreated|lost\\s+ground|were\\s+(?:down|lower)|(?:finished|ended|closed|traded|trading|moved)\\s+(?:the\\s+(?:day|session|week|month)\\s+)?(?:lower|down|in\\s+the\\s+red|in\\s+negative\\s+territory)|posted\\s+losses|lower|in\\s+the\\s+red)';
/** "Only two of …", "just three …": a filler before the count (./hedges.ts), which "one sector" needs. */
const FILLER = `(?:${FILLERS.join('|')})\\s+`;
const LEADS_FILLER = new RegExp(`^${FILLER}`, 'i');
/**
 * "Nine of the 11 sectors rose", "All 11 S&P 500 sectors finished higher", "All 11 sectors of the S&P 500
 * rose", "Every sector rose", "None of the 11 … fell".
 */
const BREADTH = new RegExp(
  `\\b(?:${FILLER})?(all|every|each|none|${N.slice(1, -1)})(?:\\s+(?:one\\s+)?of)?\\s+(?:(?:the|its|their)\\s+)?(?:(?:S&P\\s*500|index|benchmark)['’]s\\s+)?(?:${N}\\s+)?${MODS}sectors?\\s+(?:(?:of|in)\\s+the\\s+(?:S&P\\s*500|index|benchmark)\\s+)?(?:(?:have|had|were|was|all)\\s+)?(?:(${UP})|(${DOWN}))`,
  'gi',
);
/** "Of the 11 sectors, nine rose", "Of the 11 S&P 500 sectors, only two fell". */
const FRONTED = new RegExp(
  `\\bof\\s+the\\s+${N}\\s+${MODS}sectors,\\s+(?:${FILLER})?${N}\\s+(?:(?:have|had|were|was)\\s+)?(?:(${UP})|(${DOWN}))`,
  'gi',
);
/** The count's verb in the simple past: "were the only sectors to fall", "nine rose". */
const PAST =
  /\b(?:was|were|rose|fell|gained|advanced|declined|dropped|slid|climbed|finished|ended|closed)\b/i;
const TO_UP =
  '(?:rise|gain|advance|climb|rally|(?:finish|end|close)\\s+(?:the\\s+(?:day|session|week|month)\\s+)?(?:higher|up|in\\s+the\\s+green|in\\s+positive\\s+territory)|post\\s+a\\s+gain)';
const TO_DOWN =
  '(?:fall|decline|drop|slide|retreat|lose\\s+ground|(?:finish|end|close)\\s+(?:the\\s+(?:day|session|week|month)\\s+)?(?:lower|down|in\\s+the\\s+red|in\\s+negative\\s+territory)|post\\s+a\\s+loss)';
/** "Utilities were the only sector to finish the week higher", "the only one of the 11 sectors to fall": one. */
const ONLY = new RegExp(
  `\\bthe\\s+only\\s+(?:one\\s+of\\s+the\\s+(?:${N}\\s+)?${MODS}sectors|${MODS}sector)\\s+(?:(?:of\\s+the\\s+)?${N}\\s+)?to\\s+(?:(${TO_UP})|(${TO_DOWN}))\\b`,
  'gi',
);
/** "Real estate and utilities were the only sectors to fall", "… the only two sectors to rise": as many as listed. */
const ONLY_MANY = new RegExp(
  `\\b(?:were|are)\\s+the\\s+only\\s+(?:${N}\\s+)?${MODS}sectors\\s+(?:(?:of\\s+the\\s+)?${N}\\s+)?to\\s+(?:(${TO_UP})|(${TO_DOWN}))\\b`,
  'gi',
);
/**
 * "Every sector except energy is trading higher", "All 11 sectors but utilities and real estate fell": the
 * sectors excepted went the other way (a count of them, as "Every sector rose" is none).
 */
const EXCEPT = new RegExp(
  `\\b(?:every|each|all)(?:\\s+(?:one\\s+)?of\\s+the)?(?:\\s+${N})?\\s+${MODS}sectors?\\s+(?:but|except(?:\\s+for)?|other\\s+than|save)\\s+([a-z][a-z ,&-]{1,60}?)\\s+(?:(?:is|are|was|were|have|had|has)\\s+)?(?:(${UP})|(${DOWN}))`,
  'gi',
);
/** "… rose more than 10%", "… fell by at least 2%": the move the sectors counted exceed. */
const BEYOND = /^\s+(?:by\s+)?(?:more\s+than|over|at\s+least)\s+(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)/i;

/**
 * The spans of the moves a count of sectors exceeds ("Nine of 11 sectors rose more than 10%"): the count's,
 * not a return of their own.
 * @example breadthMoves('Nine of 11 sectors rose more than 10% in November.') // [{ start: 24, end: 37 }]
 */
export function breadthMoves(t: string): TextSpan[] {
  return [...t.matchAll(BREADTH)].flatMap((m) => {
    const b = BEYOND.exec(t.slice(m.index + m[0].length));
    return b ? [{ start: m.index + m[0].length, end: m.index + m[0].length + b[0].length }] : [];
  });
}

/** The move after a list of sectors: "… eked out gains", "… rose", "… finished lower". */
const LISTED_MOVE = new RegExp(`^\\s+(?:(?:have|had|were|was|all)\\s+)?(?:(${UP})|(${DOWN}))\\b`, 'i');
/** "… and three fell", "while the other two declined": the other side's count after a breadth. */
const REST = new RegExp(
  `^\\s*,?\\s*(?:and|while|with|but)\\s+(?:the\\s+(?:other|remaining)\\s+)?${N}\\s+(?:(?:have|had|were)\\s+)?(?:(${UP})|(${DOWN}))`,
  'i',
);

/**
 * The breadth claims of a sentence (none when it states no count of sectors).
 * `numbers`: the window the sentence's numbers took, the count's when it names no period of its own.
 * @example breadthClaims(piece, 'Nine of the 11 sectors rose on Wednesday.', (k) => `s3-${k + 1}`, windows, ctx, o) // [{ metric: 'breadth', stated: 9, breadth: { side: 'up', of: 11 } }]
 */
export function breadthClaims(
  piece: { text: string; start: number },
  t: string,
  id: (k: number) => string,
  windows: WindowHit[],
  ctx: ArticleContext,
  o: ReadOptions,
  numbers?: ClaimWindow,
): ClaimReadings[] {
  const out: ClaimReadings[] = [];
  const seg = { start: 0, end: t.length };
  // "Real estate was the only sector to fall, down 1.0%": with no period of its own, the count is over the
  // period the sentence's number took.
  // "… in the week after the election. Utilities and real estate were the only sectors to fall.": a count in the
  // simple past with no period of its own is over the stretch the sentence before spoke of (./past-day.ts).
  const pick = (at: TextSpan) => {
    const w = pickWindow(windows, seg, at, 'return', false, {}, ctx, o);
    if (!numbers) pastDay(w, PAST.exec(t.slice(at.start, at.end))?.[0], windows.length, {}, ctx, o);
    return numbers && w.source !== 'sentence' ? { window: numbers, source: 'carried' as const } : w;
  };
  for (const m of t.matchAll(BREADTH)) {
    const lead = m[1].toLowerCase();
    const of = m[2] ? count(m[2]) : undefined;
    const side: 'up' | 'down' = m[3] ? 'up' : 'down';
    const all = lead === 'all' || lead === 'every' || lead === 'each';
    // "one sector rose" with no set and no "only": no breadth worth checking.
    if (lead === 'one' && !of && !LEADS_FILLER.test(m[0])) continue;
    const beyond = BEYOND.exec(t.slice(m.index + m[0].length)); // "rose more than 10%"
    const at = { start: m.index, end: m.index + m[0].length + (beyond?.[0].length ?? 0) };
    const w = pick(at);
    if (!w.window) continue;
    // "Every sector rose": none fell; "All 11 sectors rose": 11 of 11.
    const own =
      all && of === undefined
        ? { stated: 0, side: side === 'up' ? ('down' as const) : ('up' as const) }
        : { stated: lead === 'none' ? 0 : all ? (of as number) : count(lead), side };
    const c = breadthClaim(piece, at, own, of, w.window, w.source, id(out.length));
    if (beyond) c.readings[0].breadth = { ...c.readings[0].breadth, side, beyond: Number(beyond[1]) };
    out.push(c);
    const rest = REST.exec(t.slice(at.end));
    if (rest) {
      const end = at.end + rest[0].length;
      const other = { stated: count(rest[1]), side: rest[2] ? ('up' as const) : ('down' as const) };
      out.push(breadthClaim(piece, { start: at.end, end }, other, of, w.window, w.source, id(out.length)));
    }
  }
  // "Of the 11 sectors, nine rose": the set first.
  for (const m of t.matchAll(FRONTED)) {
    const at = { start: m.index, end: m.index + m[0].length };
    const w = pick(at);
    const own = { stated: count(m[2]), side: m[3] ? ('up' as const) : ('down' as const) };
    if (w.window) out.push(breadthClaim(piece, at, own, count(m[1]), w.window, w.source, id(out.length)));
  }
  for (const m of t.matchAll(EXCEPT)) {
    const at = { start: m.index, end: m.index + m[0].length };
    const w = pick(at);
    const n = m[2].split(/\s*(?:,|\band\b|&)\s*/).filter((x) => x.trim()).length;
    const own = { stated: n, side: m[3] ? ('down' as const) : ('up' as const) };
    if (w.window)
      out.push(
        breadthClaim(piece, at, own, m[1] ? count(m[1]) : undefined, w.window, w.source, id(out.length)),
      );
  }
  // "Only consumer staples and health care eked out gains": as many as the sectors listed.
  const sectors = /\bonly\s/i.test(t) ? findSectors(t).filter((h) => h.subject.kind === 'sector') : [];
  for (const m of t.matchAll(/\bonly\s+/gi)) {
    const named = listFrom(t, sectors, m.index + m[0].length);
    const last = named[named.length - 1];
    const verb = last ? LISTED_MOVE.exec(t.slice(last.end)) : null;
    if (!last || !verb) continue;
    const at = { start: m.index, end: last.end + verb[0].length };
    const w = pick(at);
    const own = { stated: named.length, side: verb[1] ? ('up' as const) : ('down' as const) };
    if (w.window) out.push(breadthClaim(piece, at, own, undefined, w.window, w.source, id(out.length)));
  }
  for (const m of t.matchAll(ONLY_MANY)) {
    const first = listStart(t, sectors, m.index); // the sectors listed right before "were"
    const n = m[1] ? count(m[1]) : first ? listFrom(t, sectors, first.start).length : 0;
    const at = { start: first?.start ?? m.index, end: m.index + m[0].length };
    const w = pick(at);
    const own = { stated: n, side: m[3] ? ('up' as const) : ('down' as const) };
    if (n > 0 && w.window)
      out.push(
        breadthClaim(piece, at, own, m[2] ? count(m[2]) : undefined, w.window, w.source, id(out.length)),
      );
  }
  for (const m of t.matchAll(ONLY)) {
    const at = { start: m.index, end: m.index + m[0].length };
    const w = pick(at);
    const of = m[1] ?? m[2];
    const own = { stated: 1, side: m[3] ? ('up' as const) : ('down' as const) };
    if (w.window)
      out.push(breadthClaim(piece, at, own, of ? count(of) : undefined, w.window, w.source, id(out.length)));
  }
  return out;
}
