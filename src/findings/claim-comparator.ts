/**
 * A claim file's `comparator:` field, so a reproducing command keeps the sentence's bound: "rose more than
 * 1.5%" is `stated: "1.5%", comparator: {kind: gt, lo: 1.5}`, "lost more than 5%" `{kind: lt, hi: -5}`,
 * "about 2.5%" `{kind: approx, lo: 2.25, hi: 2.75}` (signed bounds in the stated unit, as the reader's
 * comparator, ./claim-phrases.ts). Without it a claim is stated ± tolerance.
 */
import type { Comparator } from './claim-phrases.ts';

const KINDS = ['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range'] as const;
const NEEDS: Record<Comparator['kind'], ('lo' | 'hi')[]> = {
  eq: ['lo', 'hi'],
  gt: ['lo'],
  gte: ['lo'],
  lt: ['hi'],
  lte: ['hi'],
  approx: ['lo', 'hi'],
  range: ['lo', 'hi'],
};

/**
 * The comparator of a claim mapping, validated; undefined when absent.
 * @example readComparator({ kind: 'gt', lo: 1.5 }, 'claim 1') // { kind: 'gt', lo: 1.5 }
 */
export function readComparator(v: unknown, where: string): Comparator | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new Error(`${where}: invalid comparator ${JSON.stringify(v)}; expected e.g. {kind: gt, lo: 1.5}`);
  const o = v as Record<string, unknown>;
  const kind = String(o.kind) as Comparator['kind'];
  if (!KINDS.includes(kind))
    throw new Error(
      `${where}: invalid comparator kind ${JSON.stringify(o.kind)}; expected ${KINDS.join(', ')}`,
    );
  const out: Comparator = { kind };
  for (const k of NEEDS[kind]) {
    const x = Number(o[k]);
    if (o[k] === undefined || !Number.isFinite(x))
      throw new Error(`${where}: comparator ${kind} needs a number ${k}, got ${JSON.stringify(o[k])}`);
    out[k] = x;
  }
  if (out.lo !== undefined && out.hi !== undefined && out.lo > out.hi)
    throw new Error(`${where}: comparator lo ${out.lo} is above hi ${out.hi}`);
  return out;
}

/**
 * The comparator as the claim mapping writes it (`{kind: gt, lo: 1.5}`), or '' for a plain number.
 * @example comparatorYaml({ kind: 'lt', hi: -5, words: 'more than' }) // '{kind: lt, hi: -5}'
 */
export function comparatorYaml(c: Comparator | undefined): string {
  if (!c || c.kind === 'eq') return '';
  const b = NEEDS[c.kind].map((k) => `${k}: ${Number((c[k] as number).toPrecision(12))}`);
  return `{kind: ${c.kind}, ${b.join(', ')}}`;
}
