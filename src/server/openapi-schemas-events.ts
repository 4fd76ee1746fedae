import { EVENT_SETS } from '../events/event-sets.ts';
import { MODEL_KINDS } from '../events/models.ts';
import { FLAG_KINDS } from '../events/quality/flags.ts';
import { arr, date, num, numOrNull, obj, type Schema, source, str, strOrNull } from './openapi-kit.ts';

/** A data-quality flag (docs/quality.md). */
const flag = obj(
  {
    kind: { type: 'string', enum: [...FLAG_KINDS] },
    series: str,
    dates: arr(date),
    detail: str,
    effect: { type: 'string', enum: ['withheld', 'spans-sessions', 'moved', 'may-be-wrong', 'unaffected'] },
    figure: str,
  },
  ['kind', 'series', 'dates', 'detail', 'effect'],
);

export const EVENT_SCHEMAS: Record<string, Schema> = {
  returnsSince: obj({
    event: obj({ date, timing: str, t0: date, base: date }),
    scheme: obj({ id: str, label: str, small: str, large: str, weighting: str }),
    window: obj({ from: num, to: num, firstDate: date, lastDate: date }),
    series: obj({
      day: arr(num),
      date: arr(date),
      small: arr(numOrNull),
      large: arr(numOrNull),
      spread: arr(numOrNull),
    }),
    summary: obj({ small: numOrNull, large: numOrNull, spread: numOrNull, missing: num }),
    sources: arr(source),
    conventions: obj({ basis: str, t0: str, spread: str, path: str }),
    findings: arr(str),
    flags: arr(flag),
  }),
  compareEvents: obj({
    scheme: obj({ id: str, label: str, small: str, large: str, weighting: str }),
    window: obj({ from: num, to: num }),
    events: arr(
      obj({
        event: date,
        label: strOrNull,
        timing: str,
        t0: strOrNull,
        base: strOrNull,
        lastDate: strOrNull,
        small: numOrNull,
        large: numOrNull,
        spread: numOrNull,
        missing: num,
        sources: arr(source),
        error: strOrNull,
      }),
    ),
    conventions: { type: 'object' },
  }),
  eventStudy: obj({
    series: obj({ name: str, basis: str, source: str }),
    benchmark: { type: ['object', 'null'] },
    calendar: str,
    model: { enum: MODEL_KINDS },
    window: arr(num),
    estimation: arr(num),
    events: arr(
      obj({
        label: str,
        eventDate: date,
        t0Date: date,
        baseDate: date,
        dates: arr(date),
        fit: obj({ model: str, alpha: numOrNull, beta: numOrNull, sigma: numOrNull, df: numOrNull, m: num }, [
          'model',
          'm',
        ]),
        ar: arr(numOrNull),
        car: arr(numOrNull),
        bhar: { type: ['array', 'null'], items: numOrNull },
      }),
    ),
    aar: arr(numOrNull),
    caar: arr(numOrNull),
    tests: arr(
      obj(
        {
          test: str,
          label: str,
          source: str,
          distribution: str,
          daily: arr(numOrNull),
          cumulative: arr(numOrNull),
          pDaily: arr(numOrNull),
          pCumulative: arr(numOrNull),
        },
        ['test', 'label', 'source', 'cumulative', 'pCumulative'],
      ),
    ),
    conventions: arr(str),
  }),
  eventSet: obj({
    set: { enum: EVENT_SETS },
    metric: str,
    window: arr(num),
    rows: arr(
      obj({
        label: str,
        eventDate: date,
        t0Date: date,
        fromDate: date,
        toDate: date,
        value: num,
        rank: num,
        percentile: num,
      }),
    ),
    skipped: arr(obj({ label: str, reason: str })),
    mean: numOrNull,
    history: obj({ windows: num, from: date, to: date, mean: numOrNull }),
    center: numOrNull,
    signTest: { type: 'object' },
    permutationTest: obj({ p: num, assignments: num }),
    conventions: arr(str),
    sources: arr(str),
  }),
  report: obj({
    event: obj({ date, timing: str }),
    conventions: { type: 'object' },
    indices: arr({ type: 'object' }),
    size: { type: ['object', 'null'] },
    spreads: arr({ type: 'object' }),
    notes: arr(str),
  }),
  lead: obj({
    event: obj({ date, name: str, timing: str, t0: date, base: date, set: { type: ['string', 'null'] } }),
    window: obj({
      from: num,
      to: num,
      requestedTo: num,
      lastDate: date,
      sessions: num,
      cut: { type: ['string', 'null'] },
    }),
    sentence: str,
    finding: { type: 'object' },
    rank: { type: ['object', 'null'] },
    month: { type: 'object' },
    series: arr(obj({ id: str, name: str, detail: str, dataset: str, through: str })),
    conventions: { type: 'object' },
  }),
};
