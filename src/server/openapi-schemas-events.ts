/**
 * Response schemas of the event answers: returns since an event, events compared, the event study, an event
 * set, the report's first look and the page's lead (openapi-schemas.ts gathers them). They follow the JSON
 * vocabulary (docs/json.md): `window` { from, to }, eventDate/t0/baseDate/endDate, `unit`, `provenance`.
 */
import { EVENT_SETS } from '../events/event-sets.ts';
import { MODEL_KINDS } from '../events/models.ts';
import {
  arr,
  conventions,
  date,
  num,
  numOrNull,
  obj,
  provenance,
  type Schema,
  source,
  str,
  strOrNull,
  unit,
  window,
} from './openapi-kit.ts';
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
  }),
  compareEvents: obj({
    scheme: obj({ id: str, label: str, small: str, large: str, weighting: str }),
    window,
    events: arr(
      obj({
        eventDate: date,
        label: strOrNull,
        timing: str,
        t0: { type: ['string', 'null'], format: 'date' },
        baseDate: { type: ['string', 'null'], format: 'date' },
        endDate: { type: ['string', 'null'], format: 'date' },
        unit,
        small: numOrNull,
        large: numOrNull,
        spread: numOrNull,
        missing: num,
        provenance: arr(provenance),
        error: strOrNull,
      }),
    ),
    conventions,
  }),
  eventStudy: obj({
    series: obj({ name: str, basis: str, source: str }),
    benchmark: { type: ['object', 'null'] },
    calendar: str,
    model: { enum: MODEL_KINDS },
    unit,
    window,
    estimation: window,
    events: arr(
      obj({
        label: str,
        eventDate: date,
        t0: date,
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
    conventions,
  }),
  eventSet: obj({
    set: { enum: EVENT_SETS },
    metric: str,
    unit,
    window,
    rows: arr(
      obj({
        label: str,
        eventDate: date,
        t0: date,
        baseDate: date,
        endDate: date,
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
    conventions,
    sources: arr(str),
  }),
  report: (() => {
    const since = obj({
      days: { type: ['integer', 'null'] },
      baseDate: date,
      endDate: date,
      value: numOrNull,
    });
    const bucket = obj({ portfolio: str, value: numOrNull, market: numOrNull, excess: numOrNull });
    const month = obj({
      month: str,
      small: numOrNull,
      large: numOrNull,
      spread: numOrNull,
      widestSince: { oneOf: [{ type: 'null' }, obj({ month: str, spread: num })] },
      historyStart: str,
      rank: num,
      of: num,
      ties: num,
    });
    return obj({
      eventDate: date,
      timing: str,
      conventions,
      indices: arr(
        obj({
          id: str,
          name: str,
          basis: str,
          provenance,
          t0: date,
          baseDate: date,
          unit,
          returns: arr(since),
          beyondData: arr(num),
        }),
      ),
      size: {
        oneOf: [
          { type: 'null' },
          obj({
            window,
            t0: date,
            baseDate: date,
            endDate: date,
            sessions: arr(date),
            unit,
            provenance,
            market: provenance,
            groups: { type: 'object', additionalProperties: arr(bucket) },
          }),
        ],
      },
      spreads: arr(obj({ weighting: { enum: ['value', 'equal'] }, provenance, unit, result: month })),
      notes: arr(str),
    });
  })(),
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
