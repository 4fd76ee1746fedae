/**
 * A table of elections defines the note's elections (./table-elections.ts reads its cells): "In each of the
 * three, small caps did better than large caps in the month after the vote" is then a tally of the same
 * window after each of the table's elections (../event-tally.ts), when they are the last N before the
 * article's date. A count that also states a margin ("In two of the three, small caps beat large caps by more
 * than 5 points") is a count above a threshold, which capgap does not compute: said so, not misread.
 */
import { eventSet } from '../../events/event-sets.ts';
import type { ReadOptions, RecordPhrase } from '../claim-read.ts';
import { THRESHOLD_WORDS } from './hedges.ts';
import type { RecordHit } from './records.ts';
import { afterEach, CARD, count, sideOf } from './streak-words.ts';
import { cells } from './table-cells.ts';
import { ELECTIONS, spanLabel, YEAR_LABEL } from './table-elections.ts';
import type { TextTable } from './tables.ts';
import { findVerbs } from './verbs.ts';

type EachEvents = NonNullable<ReadOptions['eachEvents']>;

const AFTER =
  /\b((?:\d{1,2}|one|two|three|four|five|six)[- ]?)?(?:trading\s+)?(day|session|week|month|year)s?\s+after\b/i;

/** "Russell 2000, 1 month" as "month after"'s groups: [words, count, unit]. */
function spanAfter(header: string): string[] | null {
  const m = spanLabel(header);
  return m ? [m[0], m[2], m[3]] : null;
}

/**
 * The elections a table of elections lists, as the note's set, when they are the last of their kind before
 * `to`; else undefined.
 * @example tableEach(text, table, '2024-11-04') // { events: 'elections', of: 3, after: { unit: 'month', n: 1 }, … }
 */
export function tableEach(text: string, table: TextTable, to: string | undefined): EachEvents | undefined {
  const first = table.columns[0]?.header ?? '';
  if (!to || !ELECTIONS.test(first)) return undefined;
  const years = table.rows.map((r) => cells(text.slice(r.start, r.end), r.start)[0]?.text ?? '');
  if (years.length < 2 || !years.every((y) => YEAR_LABEL.test(y))) return undefined;
  const events = /midterm/i.test(first) ? 'midterms' : 'elections';
  const last = eventSet(events)
    .filter((e) => e.date < to)
    .slice(-years.length)
    .map((e) => e.date.slice(0, 4));
  if ([...years].sort().join() !== last.join()) return undefined;
  const a =
    table.columns.map((c) => AFTER.exec(c.header) ?? spanAfter(c.header)).find((m) => m) ??
    AFTER.exec(table.caption?.text ?? table.lead ?? '');
  return {
    events,
    of: years.length,
    words: `the ${years.length} elections of the table (${years.join(', ')})`,
    ...(a ? { after: afterEach(a[1]?.replace(/[- ]$/, ''), a[2]) } : {}),
  };
}

/**
 * "In each of the three,", "In two of the three,", "after all four of these elections": a count over the set
 * the table named.
 */
const OF_THE = new RegExp(
  `\\b(?:in|for|after)\\s+(${CARD}|each|all)\\s+of\\s+(?:the|these|those)\\s+${CARD}(?:\\s+(?:elections|votes|midterms))?(?=\\s*[,.;]|\\s*$)`,
  'i',
);

/** "by more than 2 points", "by at least a point", "by over 3 points": a threshold (./hedges.ts). */
const BY_BOUND = new RegExp(String.raw`\bby\s+(?:${THRESHOLD_WORDS})\s`, 'i');

/**
 * The tally a sentence states over the table's elections (`each`, from ./read.ts), a threshold it cannot count
 * ('threshold'), or null.
 * @example tableTally('In each of the three, small caps did better than large caps.', each) // { record: { tally: { hits: 3, of: 3, … } } }
 */
export function tableTally(text: string, each: EachEvents | undefined): RecordHit | 'threshold' | null {
  const m = each?.of ? OF_THE.exec(text) : null;
  if (!m || !each?.of || count(m[3]) !== each.of) return null; // m[2] is the first count's own group
  if (BY_BOUND.test(text)) return 'threshold';
  const hits = /^(?:each|all)$/i.test(m[1]) ? each.of : count(m[1]);
  // The side: the verb after the count ("…, small caps did better than large caps"), else one before it.
  const v = findVerbs(text).find(
    (x) => (x.kind === 'move' || x.kind === 'relative') && x.start >= m.index + m[0].length,
  );
  const direction = v ? (v.sign < 0 ? 'loss' : 'gain') : (sideOf(text, m.index) ?? 'gain');
  if (!(hits >= 0 && hits <= each.of)) return null;
  const record: RecordPhrase = {
    kind: 'streak',
    streak: 0,
    tally: { hits, of: each.of, events: each.events, ...(each.after ? { after: each.after } : {}) },
    direction,
    words: `${m[0]} (${each.words})`,
  };
  return { start: m.index, end: m.index + m[0].length, record };
}
