/**
 * Runs over elections: "has beaten the S&P 500 in the month after the vote for the fourth straight election",
 * "after four consecutive elections", "the third election in a row in which …" (the last N votes went the verb's
 * way and the one before did not), and a run the article's vote ended: "That ended a run of nine straight
 * elections in which small caps had beaten large caps" (the nine before it did, it did not). Each counts the
 * same window after every vote (./event-times.ts `eachWindow`); ../event-tally.ts measures them.
 */
import type { RecordPhrase } from '../claim-read.ts';
import { eachWindow, everySince, percentBeside, timesTally } from './event-times.ts';
import { NUMBER_WORDS, ORDINALS } from './number-words.ts';
import type { RecordHit } from './records.ts';
import { afterEach, CARD, count, moveVerbs, verbSide } from './streak-words.ts';

const N = `(\\d{1,2}(?:st|nd|rd|th)?|${[...Object.keys(ORDINALS), ...Object.keys(NUMBER_WORDS)].join('|')})`;
const EVENTS = '(?:(?:us|u\\.s\\.)\\s+)?(?:(presidential|midterm)\\s+)?(?:election|vote|midterm)';
/** "for the fourth straight election", "after four consecutive elections", "the third election in a row". */
const RUN = new RegExp(
  `\\b(?:(?:for|after|following)\\s+(?:the|a)\\s+${N}\\s+(?:straight|consecutive|successive)\\s+${EVENTS}\\b|(?:after|following|in)\\s+${N}\\s+(?:straight|consecutive|successive)\\s+${EVENTS}s\\b|(?:the|a)\\s+${N}\\s+${EVENTS}\\s+in\\s+a\\s+row\\b)`,
  'i',
);
/** "in the month after" right before a run's "four consecutive elections". */
const LEAD = new RegExp(
  `\\b(?:in|during|over)\\s+the\\s+(?:${CARD}[- ])?(day|session|week|month|year)s?\\s+$`,
  'i',
);
/** "ended a run of nine straight elections", "snapped a streak of three consecutive elections". */
const ENDED = new RegExp(
  `\\b(?:ended|ends|snapped|snaps|broke|breaks|halted|stopped)\\s+(?:a|its|their|the)\\s+(?:run|streak|string)\\s+of\\s+${N}\\s+(?:straight\\s+|consecutive\\s+|successive\\s+)?${EVENTS}s\\b`,
  'i',
);

/**
 * A run over elections in a sentence, or null (a per cent in it is a claim of its own).
 * @example electionRun('It was the third election in a row in which the Russell 2000 rose in the month after the vote.')?.record.tally // { hits: 3, of: 3, run: 'exact', … }
 */
export function electionRun(text: string): RecordHit | null {
  const ended = ENDED.exec(text);
  const m = ended ?? RUN.exec(text);
  // "in the month after four consecutive elections": the window's words lead into the run's.
  const lead = m && LEAD.exec(text.slice(0, m.index));
  const window = lead ? { tally: { after: afterEach(lead[1], lead[2]) } } : m && eachWindow(text);
  if (!m || !window || percentBeside(text, m.index)) return null;
  const [n, kind] = ended ? [ended[1], ended[2]] : [m[1] ?? m[3] ?? m[5], m[2] ?? m[4] ?? m[6]];
  const k = count(/^\d/.test(n) ? n.replace(/\D+$/, '') : n); // "4th", "fourth", "four"
  // "ended a run of … in which small caps had beaten large caps": the run's side is the clause's verb after it.
  const verbs = moveVerbs(text);
  const direction = ended
    ? verbSide(text, text.length, text.length, verbs)
    : (verbSide(text, m.index, m.index, verbs) ?? verbSide(text, text.length, text.length, verbs));
  if (!direction || !(k >= 1 && k <= 30)) return null;
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: {
      hits: k,
      of: k,
      events: /midterm/i.test(kind ?? m[0]) ? 'midterms' : 'elections',
      run: ended ? 'ended' : 'exact',
      ...window.tally,
    },
    direction,
    words: m[0],
  };
  return { start: m.index, end: m.index + m[0].length, record };
}

/**
 * A count over elections said as times (./event-times.ts), a run, or every one since a year with the window said
 * apart (./event-times.ts `everySince`): the tallies of ./record-tallies.ts's events.
 */
export const electionCounts = (text: string): RecordHit | null =>
  timesTally(text) ?? electionRun(text) ?? everySince(text);
