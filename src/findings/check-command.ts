/**
 * The command that reproduces one computed value: `capgap check --claim '{…}'`, the claim as a one-line
 * YAML mapping with the non-default fields of the convention that produced it.
 */

import type { Claim, Extreme } from './claim.ts';
import { DEFAULT_CONVENTIONS } from './claim.ts';
import { comparatorYaml } from './claim-comparator.ts';
import { pinnedConventions } from './claim-conventions.ts';
import type { ReadClaim } from './claim-read.ts';
import type { Resolved } from './evaluator.ts';
import { unitValue } from './verdict-line.ts';

/**
 * The stated number as the claim mapping writes it ('7.2%', '6.3pp', '$6500000000', a record's words). A
 * number as written keeps its digits; one the article gave in words ("a third": 100/3) is printed as a user
 * would type it, to two decimals at most (digits scaled, as basis points to points, print in full) ('33.33%', '10%'); its reading's bounds go with it as the
 * comparator ("about a third": 30 to 36.67), so the command's verdict is the check's.
 * @example statedText(readClaim('rose by about a third')) // '33.33%'
 */
export function statedText(claim: Claim): string {
  const record = (claim as { record?: { words: string } }).record;
  if (claim.metric === 'record') return `"${record?.words ?? 'a record'}"`;
  if (claim.unit === 'usd') return `${claim.stated < 0 ? '-' : ''}$${Math.abs(claim.stated)}`;
  if (claim.unit === 'count') return unitValue(claim, claim.stated);
  if (claim.unit === 'index-points') {
    const written = (claim as { precision?: { written: string } }).precision?.written.replace(/,/g, '');
    return `${written === undefined ? claim.stated : `${claim.stated < 0 ? '-' : ''}${written}`} points`;
  }
  // As written ("−7.0" in a table is 7.0, not 7: its precision, hence its tolerance, is the article's).
  const p = (claim as { precision?: { written: string } }).precision;
  const same = p !== undefined && Number(p.written.replace(/,/g, '')) === Math.abs(claim.stated);
  const words = p !== undefined && Number.isNaN(Number(p.written.replace(/,/g, '')));
  const value = same
    ? `${claim.stated < 0 ? '-' : ''}${p.written.replace(/,/g, '')}`
    : words
      ? String(Number(claim.stated.toFixed(2)))
      : `${claim.stated}`;
  return `${value}${claim.unit === 'percent' ? '%' : claim.unit === 'multiple' ? 'x' : 'pp'}`;
}

function windowYaml(claim: Claim): string[] {
  const w = claim.window;
  switch (w.kind) {
    case 'since':
      return [`since: ${w.event}`, ...(w.to ? [`to: ${w.to}`] : [])];
    case 'sessions':
      return [`event: ${w.event}`, `sessions: ${w.sessions}`, ...(w.nextDay ? ['day_after: true'] : [])];
    case 'month':
      return [`month: ${w.month}`];
    case 'month-to-date':
      return [`month: ${w.month}`, ...(w.to ? [`to: ${w.to}`] : [])];
    case 'dates':
      return [`from: ${w.from}`, `to: ${w.to}`];
    default:
      return w.weekEnd ? [`week_end: ${w.weekEnd}`] : w.event ? [`week_after: ${w.event}`] : [];
  }
}

function extremeYaml(x: Extreme): string {
  const f = [
    `side: ${x.side}`,
    x.from && `from: ${x.from}`,
    x.to && `to: ${x.to}`,
    x.lookback && `lookback: ${x.lookback}`,
    x.sessions && `sessions: ${x.sessions}`,
  ];
  return `{${[...f.filter(Boolean), `words: ${JSON.stringify(x.words)}`].join(', ')}}`;
}

/**
 * The command that reproduces a value: the claim as a one-line YAML mapping with the convention's
 * non-default fields, for `capgap check --claim`.
 * @example reproduceCommand(claim, conventions) // `capgap check --claim '{metric: return, subject: ^RUT, since: 2016-11-08, to: 2016-11-11, stated: 7.2%, conventions: {base: open-event}}'`
 */
export function reproduceCommand(claim: Claim, c?: Resolved): string {
  const conv: string[] = [];
  // A distance's, a level's or a move's own closes are as quoted (../convention-space.ts): a total return is
  // the change.
  const defaults = {
    ...DEFAULT_CONVENTIONS,
    ...(['distance', 'level', 'points'].includes(claim.metric) ? { returnType: 'price' } : {}),
  };
  if (c) {
    const pinned = pinnedConventions(claim);
    for (const [k, v] of Object.entries(c) as [keyof Resolved, unknown][]) {
      if (k === 'groups') {
        if (claim.metric === 'spread' && c.source === 'french') conv.push(`groups: ${v}`);
        continue;
      }
      // A convention the claim pins is written even at its default, so that the command pins it too.
      if (
        (defaults as Record<string, unknown>)[k] !== v ||
        (pinned.includes(k) && claim.conventions?.[k] === v)
      )
        conv.push(`${k}: ${typeof v === 'string' && /^[\w-]+$/.test(v) ? v : JSON.stringify(v)}`);
    }
  }
  const avg = (claim as Partial<ReadClaim>).average;
  const subjects =
    claim.subjects.length === 1
      ? `subject: ${JSON.stringify(claim.subjects[0])}`
      : `subjects: [${claim.subjects.map((s) => JSON.stringify(s)).join(', ')}]`;
  const parts = [
    `metric: ${claim.metric}`,
    subjects,
    ...windowYaml(claim),
    ...(claim.at ? [`at: ${claim.at}`] : []),
    ...(claim.breadth ? [`breadth: {${breadthYaml(claim.breadth)}}`] : []),
    ...(claim.extreme ? [`extreme: ${extremeYaml(claim.extreme)}`] : []),
    ...(claim.versus?.of === 'peak' ? ['versus: {of: peak}'] : []),
    ...(claim.versus && claim.versus.of !== 'peak'
      ? [
          `versus: {of: ${claim.versus.of}, ${windowYaml({ ...claim, window: claim.versus.window }).join(', ')}}`,
        ]
      : []),
    ...(avg
      ? [
          `average: {events: ${avg.events}${avg.years ? `, years: [${avg.years.join(', ')}]` : ''}${avg.sinceYear ? `, since: ${avg.sinceYear}` : ''}${avg.of ? `, of: ${avg.of}` : ''}${avg.through ? `, through: ${avg.through}` : ''}${avg.stat ? `, stat: ${avg.stat}` : ''}}`,
        ]
      : []),
    `stated: ${JSON.stringify(statedText(claim))}`,
  ];
  const bound = comparatorYaml((claim as Partial<ReadClaim>).comparator);
  const rankBound = claim.metric === 'rank' && (claim as Partial<ReadClaim>).comparator?.kind === 'lte';
  if (bound && claim.metric !== 'record' && (claim.metric !== 'rank' || rankBound))
    parts.push(`comparator: ${bound}`);
  if ((claim as Partial<ReadClaim>).rank?.end === 'bottom') parts.push('rank: bottom');
  if ((claim as Partial<ReadClaim>).unsigned) parts.push('unsigned: true');
  if (conv.length) parts.push(`conventions: {${conv.join(', ')}}`);
  if (claim.pinned?.length) parts.push(`pinned: [${claim.pinned.join(', ')}]`);
  return `capgap check --claim '{${parts.join(', ')}}'`;
}

/** A breadth's fields as a claims file writes them: "side: up, of: 11, beyond: 10". */
function breadthYaml(b: NonNullable<Claim['breadth']>): string {
  const of = b.of ? `, of: ${b.of}` : '';
  return `side: ${b.side}${of}${b.beyond !== undefined ? `, beyond: ${b.beyond}` : ''}`;
}
