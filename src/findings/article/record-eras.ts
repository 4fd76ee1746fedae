/**
 * Records since a named era rather than a year: "the widest gap since the financial crisis", "its worst week
 * since the Covid crash", "the biggest rally since the dot-com bust". The era is a span of years
 * (`sinceYear` to `untilYear`); the period that breaks the run must fall in it (../record-judge.ts).
 */
import type { RecordPhrase, TextSpan } from '../claim-read.ts';
import { PERIOD_ADJ } from './record-events.ts';

/** The eras the reader knows, each with its first and last year. */
const ERAS: { re: RegExp; from: number; to: number }[] = [
  {
    re: /^(?:(?:2007-09|2008|global)\s+)?(?:financial\s+crisis|great\s+recession|credit\s+crunch)$/i,
    from: 2007,
    to: 2009,
  },
  { re: /^dot-?com\s+(?:bust|crash|bubble)$/i, from: 2000, to: 2002 },
  {
    re: /^(?:(?:covid(?:-19)?|coronavirus|pandemic)\s+(?:crash|sell-?off|slump)|pandemic)$/i,
    from: 2020,
    to: 2020,
  },
];

const ERA_SINCE =
  /\b(widest|biggest|largest|strongest|best|worst|sharpest|steepest|deepest|narrowest)\s+(?:(daily|weekly|monthly|quarterly|annual|one-day|single-day)\s+)?(?:(?!(?:is|was|are|were|be|been|being)\b)[\w&.’'-]+\s+){0,10}?since\s+the\s+((?:(?:2007-09|2008|global)\s+)?(?:financial\s+crisis|great\s+recession|credit\s+crunch)|dot-?com\s+(?:bust|crash|bubble)|(?:(?:covid(?:-19)?|coronavirus|pandemic)\s+(?:crash|sell-?off|slump)|pandemic))\b/gi;
const LOSS = /worst|weakest|loss|losses|fall|drop|decline|outflow|shortfall/i;

/**
 * The era records of a sentence.
 * @example eraRecords('the widest gap since the financial crisis') // [{ record: { kind: 'widest-since', sinceYear: 2007, untilYear: 2009, … } }]
 */
export function eraRecords(text: string): (TextSpan & { record: RecordPhrase })[] {
  const out: (TextSpan & { record: RecordPhrase })[] = [];
  for (const m of text.matchAll(ERA_SINCE)) {
    const era = ERAS.find((e) => e.re.test(m[3].replace(/\s+/g, ' ')));
    if (!era) continue;
    const named = /\b(week|month|day|quarter|year)s?\b/i.exec(m[0])?.[1].toLowerCase();
    const period = m[2] ? PERIOD_ADJ[m[2].toLowerCase()] : (named as RecordPhrase['period'] | undefined);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      record: {
        kind: /widest|narrowest/i.test(m[1]) ? 'widest-since' : 'biggest-since',
        sinceYear: era.from,
        untilYear: era.to,
        ...(period ? { period } : {}),
        direction: LOSS.test(m[0]) ? 'loss' : 'gain',
        words: m[0],
      },
    });
  }
  return out;
}
