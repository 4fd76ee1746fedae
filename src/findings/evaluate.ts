import type { Claim } from './claim.ts';
import { isMarket, sizeGroup } from './claim-subjects.ts';
import { flow } from './evaluate-flow.ts';
import { barsLeg, frenchGroupLeg, type Leg, marketLeg } from './evaluate-legs.ts';
import { makeRecordEvaluator } from './evaluate-record.ts';
import { stockLeg } from './evaluate-stocks.ts';
import type { CannotCheck, ClaimData, Evaluation, Evaluator, Resolved } from './evaluator.ts';
import { FLOWS_COMMAND, isCannot } from './evaluator.ts';

export { NO_FLOW_DATA } from './evaluate-flow.ts';
export { STOCKS_COMMAND } from './evaluate-stocks.ts';
export { FLOWS_COMMAND };

/** Any subject as a leg. */
function leg(data: ClaimData, subject: string, claim: Claim, c: Resolved): Promise<Leg | CannotCheck> {
  if (isMarket(subject)) return marketLeg(data, claim, c, null);
  const g = sizeGroup(subject);
  if (!g) return barsLeg(data, subject, claim, c);
  if (c.source === 'stocks') return stockLeg(data, g, claim, c, c.weighting, g.share);
  return frenchGroupLeg(data, g, claim, c);
}

function difference(a: Leg, b: Leg, joiner: string): Evaluation | CannotCheck {
  if (a.from !== b.from || a.to !== b.to)
    return { cannot: `the two legs cover different dates: ${a.from} → ${a.to} and ${b.from} → ${b.to}` };
  const seen = new Set<string>();
  const datasets = [...a.datasets, ...b.datasets].filter((d) => {
    const k = `${d.name}|${d.vintage}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return {
    value: a.value - b.value,
    from: a.from,
    to: a.to,
    description: `${a.description} ${joiner} ${b.description}`,
    provenance: { datasets },
  };
}

function single(l: Leg | CannotCheck): Evaluation | CannotCheck {
  if (isCannot(l)) return l;
  return {
    value: l.value,
    from: l.from,
    to: l.to,
    description: l.description,
    provenance: { datasets: l.datasets },
  };
}

async function excessReturn(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotCheck> {
  const subject = claim.subjects[0];
  const a = await leg(data, subject, claim, c);
  if (isCannot(a)) return a;
  const other = claim.subjects[1] ?? 'market';
  const g = sizeGroup(subject);
  const b = isMarket(other)
    ? await marketLeg(data, claim, c, g?.share ?? null)
    : await leg(data, other, claim, c);
  if (isCannot(b)) return b;
  return difference(a, b, 'minus');
}

async function spread(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotCheck> {
  const a = await leg(data, claim.subjects[0], claim, c);
  if (isCannot(a)) return a;
  const b = await leg(data, claim.subjects[1], claim, c);
  if (isCannot(b)) return b;
  return difference(a, b, 'minus');
}

/**
 * The evaluator over a ClaimData (the store's, or a test's).
 * @example const evaluator = makeEvaluator(storeClaimData(store)); await evaluator.return(claim, conventions)
 */
export function makeEvaluator(data: ClaimData): Evaluator {
  return {
    return: async (claim, c) => single(await leg(data, claim.subjects[0], claim, c)),
    'excess-return': (claim, c) => excessReturn(data, claim, c),
    spread: (claim, c) => spread(data, claim, c),
    flow: (claim, c) => flow(data, claim, c),
    record: makeRecordEvaluator(data),
  };
}
