/**
 * Records since a named era rather than a year: "the widest gap since the financial crisis", "its worst week
 * since the Covid crash", "the biggest rally since the dot-com bust". The era is a span of years
 * (`sinceYear` to `untilYear`); the period that breaks the run must fall in it (../record-judge.ts). And
 * the first era of all, the history's start: "since records began", "since the index was created in 1979".
 */
import type { RecordPhrase, TextSpan } from '../claim-read.ts';
import { PERIOD_ADJ, runOf } from './record-events.ts';
import { LOSS, PERIOD_ADJECTIVE, SUPERLATIVE, WORDS_BEFORE_SINCE } from './record-words.ts';

/** The eras the reader knows: the words that name each (after "since the"), its first and last year. */
const ERAS: { words: string; from: number; to: number }[] = [
  {
    words: '(?:(?:2007-09|2008|global)\\s+)?(?:financial\\s+crisis|great\\s+recession|credit\\s+crunch)',
    from: 2007,
    to: 2009,
  },
  {
    words: '(?:dot-?com(?:\\s+(?:bust|crash|bubble|era|boom))?|(?:tech(?:nology)?|internet)\\s+bubble)',
    from: 2000,
    to: 2002,
  },
  {
    words: '(?:covid(?:-19)?|coronavirus|pandemic)(?:\\s+(?:crash|sell-?off|slump))?',
    from: 2020,
    to: 2020,
  },
];
const ERA_RES = ERAS.map((e) => ({ ...e, re: new RegExp(`^${e.words}$`, 'i') }));
/** Each era's words anywhere in a phrase, hyphens as spaces ("its financial-crisis low", "their pandemic low"). */
const ERA_NAMED = ERAS.map((e) => ({
  ...e,
  re: new RegExp(`\\b(?:${e.words.replaceAll('\\s+', '[\\s-]+')})\\b`, 'i'),
}));

/**
 * The era a phrase names, as its first and last year, or undefined: a high or a low of that era is the
 * extreme of those years' closes.
 * @example namedEra('its pandemic low') // { from: 2020, to: 2020 }
 */
export function namedEra(phrase: string): { from: number; to: number } | undefined {
  const era = ERA_NAMED.find((e) => e.re.test(phrase));
  return era && { from: era.from, to: era.to };
}
const ERA_SINCE = new RegExp(
  `\\b${SUPERLATIVE}\\s+${PERIOD_ADJECTIVE}${WORDS_BEFORE_SINCE}since\\s+the\\s+(${ERAS.map((e) => e.words).join('|')})\\b`,
  'gi',
);

/**
 * The era records of a sentence ("highest" and "lowest" are levels, not read here).
 * @example eraRecords('the widest gap since the financial crisis') // [{ record: { kind: 'widest-since', sinceYear: 2007, untilYear: 2009, … } }]
 */
export function eraRecords(text: string): (TextSpan & { record: RecordPhrase })[] {
  const out: (TextSpan & { record: RecordPhrase })[] = [];
  for (const m of text.matchAll(ERA_SINCE)) {
    const era = ERA_RES.find((e) => e.re.test(m[4]));
    if (!era || /^(?:highest|lowest)$/i.test(m[1])) continue;
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
        ...runOf(m[0]), // "its worst two-day stretch since the pandemic": a run of two days
      },
    });
  }
  return out;
}

/**
 * "the best month since records began", "… since its inception", "… since the index was created in 1979",
 * "… since the index began in 1979", "… since it launched in 2000", "… since it began trading": on record.
 */
const BEGAN =
  /\b(widest|biggest|largest|strongest|best|worst)\s+(?:([\w-]+)\s+){0,3}?since\s+(?:records\s+began|(?:its|their|the\s+index['’]s)\s+(?:inception|launch|creation|debut)|(?:the\s+(?:index|gauge|benchmark|fund)|it|they)\s+(?:(?:was|were)\s+(?:created|launched|introduced|founded|started|set\s+up|listed)|(?:began|started)(?:\s+trading)?|debuted|launched|listed))(?:\s+(?:in|on)\s+[\w.,\s]*?\d{4})?/gi;

/**
 * The records of a sentence since its subject's history began: best (or worst) on record.
 * @example beganRecords('its best monthly performance since the index was created in 1979')[0][1] // { kind: 'best-on-record', period: 'month', direction: 'gain' }
 */
export function beganRecords(text: string): [RegExpMatchArray, Omit<RecordPhrase, 'words'>][] {
  return [...text.matchAll(BEGAN)].map((m) => {
    const loss = LOSS.test(m[0]);
    // "its best monthly performance since …": the adjective names the period too.
    const w = /\b(day|week|month|quarter|year|daily|weekly|monthly|quarterly|annual)\b/i.exec(m[0])?.[1];
    const p = (w && (PERIOD_ADJ[w.toLowerCase()] ?? w.toLowerCase())) as RecordPhrase['period'];
    const kind = loss ? 'worst-on-record' : 'best-on-record';
    return [m, { kind, ...(p ? { period: p } : {}), direction: loss ? 'loss' : 'gain' }];
  });
}
