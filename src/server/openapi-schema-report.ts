/** The schema of `GET /api/report` (format json): `capgap report --json`'s snapshot in the JSON vocabulary (docs/json.md). */
import { FLAG_KINDS } from '../events/quality/flags.ts';
import {
  arr,
  conventions,
  date,
  num,
  numOrNull,
  obj,
  provenance,
  type Schema,
  str,
  unit,
  window,
} from './openapi-kit.ts';

/** A data-quality flag (docs/quality.md). */
export const FLAG_SCHEMA: Schema = obj(
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

export const REPORT_SCHEMA: Schema = (() => {
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
    t0: date,
    baseDate: date,
    flags: arr(FLAG_SCHEMA),
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
})();
