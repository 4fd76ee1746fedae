/**
 * The response schema of the claim checker (`GET`/`POST /api/check`, src/findings/check-json.ts): sentences,
 * claims, readings, each computed value with its provenance, a record's standing and a rank's order.
 */
import { arr, date, num, obj, provenance, type Schema, str } from './openapi-kit.ts';

const integer = { type: 'integer' };

/** A record's standing (src/records/record.ts RecordContext): every number its line prints. */
const standing = obj(
  {
    period: {
      ...str,
      description: "the period ranked, as labelled: '2016-06-24', 'week ending 2016-11-11', 'Nov 2016'",
    },
    periodEnd: date,
    value: { ...num, description: 'its value: a decimal return or spread (USD for flows)' },
    provisional: { type: 'boolean', description: "a period not over at the article's date, ranked so far" },
    direction: { enum: ['high', 'low'] },
    rank: { ...integer, description: 'rank in the whole history read (1 = the most extreme)' },
    of: {
      ...integer,
      description: 'periods ranked: to then (a provisional period: the full periods before it)',
    },
    rankAtTheTime: { ...integer, description: 'the rank the line prints: among the periods up to this one' },
    historyStart: {
      ...str,
      description: 'the first period of the history ranked (the line: "from Jul 1926")',
    },
    historyEnd: str,
    largestSince: {
      type: ['object', 'null'],
      description:
        'the latest earlier period at least as extreme (the one that breaks the run; the line: "since Apr 2010, when it was 9.83 pp"), value a decimal; null for a record since the history began',
      properties: { period: str, periodEnd: date, value: num },
    },
    summary: str,
  },
  ['period', 'value', 'rank', 'of', 'rankAtTheTime', 'historyStart', 'largestSince'],
);

/** A value computed for a claim (src/findings/check-json.ts): a decimal return, or the claim's unit. */
const checked = obj(
  {
    value: num,
    unit: str,
    baseDate: date,
    endDate: date,
    description: str,
    provenance: arr(provenance),
    conventions: { type: 'object' },
    differs: str,
    notes: { ...arr(str), description: "the conventions the value rests on, as the line's last bracket" },
    ranking: {
      ...arr(obj({ place: integer, name: str, value: num })),
      description:
        'a rank claim: every sector in order from the end the claim names, with its return over the window (decimal)',
    },
    record: { ...standing, description: "a record claim: the period's standing among like periods" },
    holds: { type: 'boolean', description: 'a record claim: the standing bears the phrase out' },
    says: { ...str, description: 'a record claim: the standing in words, as the line prints it' },
    noun: {
      ...str,
      description:
        "a record claim: the periods ranked ('days', 'weeks', 'months', 'runs of 5 days', 'closes')",
    },
    printedUnit: {
      enum: ['%', 'pp', 'usd', 'level', 'count', 'tally', 'times'],
      description:
        "a record claim: how the line prints `value` (level: a close, in index points; count: a streak's length; tally: how many periods of a stretch went the claim's way; times: how many record closes)",
    },
    within: {
      ...obj({ from: date, rank: integer, of: integer }),
      description:
        'a rank within a stretch ("its third-worst day of the year"): the place among the periods since `from`',
    },
  },
  ['value', 'unit', 'baseDate', 'endDate', 'provenance'],
);

/** One reading's verdict (src/findings/check-json.ts verdictJson), also the shape of an attached record's. */
const verdictProps = {
  id: str,
  claim: { type: ['object', 'null'] },
  verdict: str,
  line: str,
  computed: checked,
  matches: arr(checked),
  nearest: checked,
  stackedChanges: {
    ...integer,
    description:
      'the nearest convention reproduces the number only by changing this many conventions together',
  },
  overrides: {
    ...arr(str),
    description:
      'the nearest convention reproduces the number only by changing these conventions the claim states',
  },
  reason: str,
  needs: { ...str, description: 'cannot check: the command (and file) that would add the missing data' },
  hints: arr(str),
};

/** The answer of `/api/check`. */
export const CHECK_SCHEMA: Schema = obj({
  text: str,
  article: {
    type: 'object',
    description:
      'how the article was read: {format, date, dateFrom, eventDate, eventFrom} (the event given, or the one its words name as of its date)',
  },
  summary: { type: 'object' },
  sentences: arr(
    obj(
      {
        index: { type: 'integer' },
        text: str,
        span: obj({ start: { type: 'integer' }, end: { type: 'integer' } }),
        form: str,
        status: { enum: ['claims', 'not a quantitative claim', 'cannot check'] },
        reason: str,
        claims: arr(
          obj(
            {
              id: str,
              verdict: {
                enum: [
                  'supported',
                  'supported under another convention',
                  'not supported',
                  'cannot check',
                  'not a quantitative claim',
                  'ambiguous',
                ],
              },
              why: str,
              readings: arr(
                obj(
                  {
                    ...verdictProps,
                    matchCount: { type: 'integer' },
                    command: str,
                    record: {
                      ...obj(verdictProps, ['id', 'verdict', 'matches']),
                      description:
                        'the verdict on the record phrase attached to the number ("its steepest fall since August 2015"): computed.record holds its standing',
                    },
                  },
                  ['id', 'claim', 'verdict', 'matches'],
                ),
              ),
            },
            ['id', 'verdict', 'readings'],
          ),
        ),
      },
      ['index', 'text', 'status', 'claims'],
    ),
  ),
});
