/**
 * Reading claims from YAML or JSON (`capgap check FILE`), validating every field and naming the bad one.
 *
 * File format (YAML or JSON; a list, or an object with `claims:` and optional shared `event:`/`to:`):
 *   - id: rut-week              # optional; defaults to claim-N
 *     metric: return            # return | excess-return | spread | flow | rank | distance | level
 *     extreme: {side: high, from: 2021-11-01, to: 2021-11-30}   # distance: from the highest (lowest) close;
 *                                # level: {side: high} is the window's highest close ("a record close set in Nov. 2021")
 *     average: {events: elections, since: 1988}   # optional: the mean of the window after each election (stat: median, its median)
 *     subject: ^RUT             # or subjects: [Lo 10, Hi 10]; excess-return: [Lo 10] (vs the market)
 *     since: 2016-11-08         # window: since an event date …
 *     to: 2016-11-15            #   … through this date (close)
 *     # or: week_after: 2016-11-08 (the week reacting to the news)
 *     # or: event: 2016-11-08 + sessions: 3 [+ day_after: true: from the session after that date]  |  month: 2016-11 [+ to: DATE: month to date]  |  from: DATE + to: DATE  |  week_end: DATE
 *     stated: 8.95%             # "8.95%", "6.3pp", "$1.2 billion", or a number (unit: percent|pp|usd);
 *                               #   a level: "2442.03 points" (an index's close) or "$242.04" (a fund's)
 *     tolerance: 0.05           # optional, in the stated unit; default: half a unit of the last stated digit
 *     comparator: {kind: gt, lo: 1.5}   # optional: a bound or interval instead (./claim-comparator.ts)
 *     conventions: { returnType: total, weighting: value, base: close-before, market: french }
 *     pinned: [weighting]       # optional: conventions no alternative may change (the claim is about them)
 *     at: open                  # optional: the window ends at its last session's open ("opened 1.8% higher")
 *     breadth: {side: up, of: 11}   # metric breadth: the sectors that rose (down: fell); stated: "9"
 *                               # beyond: 10 counts those that rose more than 10%
 */
import { parse as parseYaml } from 'yaml';
import { CLAIM_METRICS, type Claim, type ClaimMetric, parseStated } from './claim.ts';
import { readComparator } from './claim-comparator.ts';
import { readAverage, readConventions, readExtreme, readPinned } from './claim-conventions-read.ts';
import type { Comparator } from './claim-phrases.ts';
import { parseLevel } from './claim-stated.ts';
import { isoOrThrow, readAt, readWindow } from './claim-window-read.ts';

export { readConventions };

/**
 * A ratio's other period (`versus: {of: flow|return, week_end: 2016-11-04}`, any window's keys): the same
 * subject's flow or return there, the ratio's denominator; `versus: {of: peak}`, the share of the gain to the
 * window's highest close given back by its end (the claim's own window).
 */
function readVersus(raw: unknown, where: string, own: Claim['window']): NonNullable<Claim['versus']> {
  const v = (raw ?? {}) as Record<string, unknown>;
  if (v.of === 'peak') return { window: own, of: 'peak', words: 'its gain to the peak' };
  if (v.of !== 'flow' && v.of !== 'return')
    throw new Error(`${where}: invalid versus of ${JSON.stringify(v.of)}; expected flow, return or peak`);
  return { window: readWindow(v, `${where} versus`, {}), of: v.of, words: 'the period before' };
}

/**
 * Reads and validates one claim object (from YAML/JSON). `defaults` supplies a shared event and end date.
 * @example readClaim({ metric: 'return', subject: '^RUT', since: '2016-11-08', to: '2016-11-15', stated: '8.95%' }, 0)
 */
export function readClaim(
  raw: unknown,
  index: number,
  defaults: { event?: string; to?: string } = {},
): Claim & { comparator?: Comparator } {
  if (!raw || typeof raw !== 'object')
    throw new Error(`claim ${index + 1}: expected a mapping, got ${JSON.stringify(raw)}`);
  const o = raw as Record<string, unknown>;
  const id = o.id === undefined ? `claim-${index + 1}` : String(o.id);
  const where = `claim ${JSON.stringify(id)}`;
  const metric = o.metric as ClaimMetric;
  if (!CLAIM_METRICS.includes(metric)) {
    throw new Error(
      `${where}: invalid metric: ${JSON.stringify(o.metric)}; expected one of ${CLAIM_METRICS.join(', ')}`,
    );
  }
  const subjects = (o.subjects ?? (o.subject === undefined ? [] : [o.subject])) as unknown[];
  if (!Array.isArray(subjects) || subjects.length === 0) throw new Error(`${where}: no subject`);
  const need = metric === 'spread' ? 2 : 1;
  if (subjects.length < need)
    throw new Error(`${where}: metric ${metric} needs ${need} subjects, got ${subjects.length}`);
  if (o.stated === undefined) throw new Error(`${where}: no stated value`);
  // A rank ("1st", 1): a count, exact to the place; `rank: bottom` ranks from the worst.
  // A breadth ("9", with `breadth: {side: up, of: 11}`): a count of sectors, exact.
  const counted = metric === 'rank' || metric === 'breadth';
  const place = counted ? /^(\d+)(?:st|nd|rd|th)?$/.exec(String(o.stated).trim()) : null;
  if (counted && !place)
    throw new Error(
      `${where}: invalid ${metric} ${JSON.stringify(o.stated)}; expected e.g. "${metric === 'rank' ? '1st' : '9'}"`,
    );
  const stated = place
    ? { value: Number(place[1]), unit: 'count' as const, tolerance: 0.5 }
    : metric === 'level' || metric === 'points'
      ? parseLevel(o.stated, metric === 'points')
      : parseStated(o.stated, o.unit === undefined ? undefined : String(o.unit));
  let tolerance = stated.tolerance;
  if (o.tolerance !== undefined) {
    tolerance = Number(o.tolerance);
    if (!(tolerance >= 0))
      throw new Error(`${where}: invalid tolerance ${JSON.stringify(o.tolerance)}; expected a number >= 0`);
  }
  const comparator = readComparator(o.comparator, where);
  return {
    id,
    text: o.text === undefined ? undefined : String(o.text),
    metric,
    subjects: subjects.map(String),
    window: readWindow(o, where, defaults),
    stated: stated.value,
    unit: stated.unit,
    tolerance,
    ...(comparator ? { comparator } : {}),
    conventions: readConventions(o.conventions, where),
    ...(metric === 'distance' || (metric === 'level' && o.extreme !== undefined)
      ? { extreme: readExtreme(o.extreme, where) }
      : {}),
    ...(o.average !== undefined ? { average: readAverage(o.average, where) } : {}),
    ...(o.pinned !== undefined ? { pinned: readPinned(o.pinned, where) } : {}),
    ...(o.at !== undefined ? { at: readAt(o.at, metric, where) } : {}),
    ...(metric === 'ratio' && o.versus !== undefined
      ? { versus: readVersus(o.versus, where, readWindow(o, where, defaults)) }
      : {}),
    ...(metric === 'breadth' ? { breadth: readBreadth(o.breadth, where) } : {}),
    // "The gap between A and B was 9.1 points": `unsigned: true` holds the number against either side's lead.
    ...((metric === 'spread' || metric === 'excess-return') && o.unsigned === true ? { unsigned: true } : {}),
    ...(metric === 'rank' && o.rank === 'bottom'
      ? { rank: { end: 'bottom' as const, words: 'bottom' } }
      : {}),
  };
}

/**
 * Parses a YAML or JSON claims document (JSON is YAML): a list of claims, or `{ event?, to?, claims: [...] }`.
 * `outer` gives an event and end date for claims that name none and a file that gives none.
 * @example parseClaims('- {metric: return, subject: ^RUT, since: 2016-11-08, to: 2016-11-15, stated: 8.95%}')
 */
export function parseClaims(text: string, outer: { event?: string; to?: string } = {}): Claim[] {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new Error(`claims file is not valid YAML or JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  let list: unknown = doc;
  // Shared event and end date: the file's own, else the caller's (the CLI's --event and --to).
  const defaults: { event?: string; to?: string } = { ...outer };
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    const d = doc as Record<string, unknown>;
    if (d.event !== undefined) defaults.event = isoOrThrow(d.event, 'event');
    if (d.to !== undefined) defaults.to = isoOrThrow(d.to, 'to');
    list = d.claims;
  }
  if (!Array.isArray(list))
    throw new Error('claims file: expected a list of claims or a mapping with "claims:"');
  return list.map((c, i) => readClaim(c, i, defaults));
}

/** A breadth claim's side, count and move as written: `{side: up, of: 11, beyond: 10}` (side 'up' by default). */
function readBreadth(raw: unknown, where: string): NonNullable<Claim['breadth']> {
  const o = (raw ?? {}) as { side?: unknown; of?: unknown; beyond?: unknown };
  const beyond = o.beyond === undefined ? undefined : Number(o.beyond);
  if (beyond !== undefined && !(Number.isFinite(beyond) && beyond >= 0))
    throw new Error(
      `${where}: invalid breadth move ${JSON.stringify(o.beyond)}; expected a percent, e.g. 10`,
    );
  const side = o.side ?? 'up';
  if (side !== 'up' && side !== 'down')
    throw new Error(`${where}: invalid breadth side ${JSON.stringify(side)}; expected up or down`);
  const of = o.of === undefined ? undefined : Number(o.of);
  if (of !== undefined && !(Number.isInteger(of) && of > 0))
    throw new Error(`${where}: invalid breadth count ${JSON.stringify(o.of)}; expected a whole number`);
  return { side, ...(of !== undefined ? { of } : {}), ...(beyond !== undefined ? { beyond } : {}) };
}
