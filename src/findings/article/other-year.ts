/**
 * A sentence about another election than the article's: "Small caps also led after the 2016 vote, when the
 * Russell 2000 climbed 11% in November", "After the 2012 election, by contrast, the index fell 0.5% that
 * month". A month it names without a year (or carries from the sentence before) is that election's year's,
 * not the article's: for the numbers after the mention and the last one before it. A line that opens with an
 * election's year ("2016: Russell 2000 +11.0%") is that election's stretch.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions, ReadSentence } from '../claim-read.ts';
import { movedToEvent } from './same-period.ts';
import { movedTo } from './window-elided.ts';
import { otherElection } from './windows.ts';

const OTHER =
  /\bthe\s+((?:19|20)\d\d)\s+(?:(?:us|u\.s\.|presidential|general|midterm|uk|eu)\s+)?(?:election|vote|referendum|midterms|polls)\b/gi;

/** "After Donald Trump's win in 2016, …", "In 2016, …": an earlier year a sentence's opening names. */
const YEAR_IN =
  /(?:^\s*(?:[A-Z][\w'’.]*\s+){0,6}?(?:win|victory|election|re-?election|vote|referendum|midterms)\s+in|^\s*in)\s+((?:19|20)\d\d)(?=,)/gi;

/**
 * "by the standards of 2016, when small stocks led by 8 points", "unlike 2008, when …": that year's numbers
 * (not a record's "since 2008, when it was 9 points": the period that broke the run, ./record-then.ts).
 */
const WHEN_YEAR = /(?<!\bsince\s+(?:[A-Z][a-z]+\.?\s+)?)\b((?:19|20)\d\d),?\s+when\b/gi;

/** A year the sentence gives a period itself ("in November 2016", "since 2008"): it stands. */
const DATED = /\b(?:in|of|since|for|during|to)\s+(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\b/;

/**
 * The sentence with its month windows moved to the year of the one other election it names, if it names one.
 * @example inOtherYear(sentence, { to: '2020-11-30' }) // "… after the 2016 vote … in November": 2016-11
 */
export function inOtherYear(s: ReadSentence, o: ReadOptions): ReadSentence {
  const ref = o.event ?? o.to;
  const opening = [...s.text.matchAll(YEAR_IN)];
  const named = opening.length ? opening : [...s.text.matchAll(OTHER)];
  const found = named.length ? named : [...s.text.matchAll(WHEN_YEAR)];
  const years = new Set(found.map((m) => m[1]));
  const [y] = years;
  if (years.size !== 1 || !ref || y >= ref.slice(0, 4) || s.status !== 'claims') return s;
  if (!named.length) return whenYear(s, y, s.span.start + found[0].index, o);
  // The numbers after the mention, and the last one before it ("up 18.5% in November so far, well ahead of
  // the 15.3% it gained in the month of the 2016 election": the 15.3% only).
  const at = s.span.start + found[0].index;
  const starts = s.claims.map((c) => c.readings[0].span.start);
  const lastBefore = starts.reduce((x, y) => (y < at && y > x ? y : x), Number.NEGATIVE_INFINITY);
  for (const c of s.claims)
    for (const r of c.readings) {
      if (r.span.start < at && r.span.start !== lastBefore) continue;
      const w = r.window;
      // (the opening's own "in 2016" is no period the sentence gives)
      const rest = opening.length ? s.text.replace(opening[0][0], '') : s.text;
      if ((w.kind === 'month' || w.kind === 'month-to-date') && !DATED.test(rest))
        r.window = { kind: 'month', month: `${y}${w.month.slice(4)}` };
    }
  return s;
}

/**
 * "The 4.3-point gap is modest by the standards of 2016, when small stocks led by more than 8 points": the
 * numbers after "2016, when" are that year's: a month moves to that year, a stretch after the article's US
 * election to the same stretch after that year's (an election year: two or four years before).
 */
function whenYear(s: ReadSentence, y: string, at: number, o: ReadOptions): ReadSentence {
  const us = o.event?.slice(5, 7) === '11' && (Number(o.event.slice(0, 4)) - Number(y)) % 2 === 0;
  const event = us && o.event ? otherElection(`${y} election`, o.event) : null;
  for (const c of s.claims)
    for (const r of c.readings) {
      const w = r.window;
      if (r.span.start < at || !/^(?:return|excess-return|spread)$/.test(r.metric)) continue;
      if (w.kind === 'month' || w.kind === 'month-to-date')
        r.window = { kind: 'month', month: `${y}${w.month.slice(4)}` };
      else if (event && 'event' in w && w.event === o.event)
        r.window = movedTo(w, event, o) ?? movedToEvent(w, event) ?? w;
    }
  return s;
}

/** A line opening with an election's year: "2016: Russell 2000 +11.0%, S&P 500 +3.4%", "- 2020 — …". */
const YEAR_LINE = /^[\s\-–—*•·]*((?:19|20)\d\d)\s*(?::|[—–]|\s-)\s/;

/**
 * Under "Small caps in the month after the election:", a line "2016: Russell 2000 +11.0%, S&P 500 +3.4%" is
 * the same stretch after that year's election: each number whose window the line took from the article (since
 * its event, or from a lead-in) moves to that election (./read.ts applies it last).
 */
export function yearLine(s: ReadSentence, o: ReadOptions): ReadSentence {
  const y = YEAR_LINE.exec(s.text)?.[1];
  // (an election's year: the article's event is a US election, the year two or four years on from another)
  const us = o.event?.slice(5, 7) === '11' && (Number(o.event.slice(0, 4)) - Number(y)) % 2 === 0;
  if (!y || !o.event || !us || o.event.startsWith(y) || s.status !== 'claims') return s;
  const event = otherElection(`${y} election`, o.event);
  if (!event || event >= o.event) return s;
  for (const c of s.claims)
    for (const r of c.readings) {
      const w = r.window;
      if (r.windowSource === 'sentence' || !('event' in w) || w.event !== o.event) continue;
      // "2016: the best year on record for small caps": the calendar year the line names.
      const year: ClaimWindow = { kind: 'dates', from: `${Number(y) - 1}-12-31`, to: `${y}-12-31` };
      const moved = r.record?.period === 'year' ? year : (movedTo(w, event, o) ?? movedToEvent(w, event));
      if (moved) r.window = moved;
    }
  return s;
}
