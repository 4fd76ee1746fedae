/**
 * Footnotes: the conventions and sources behind each finding, numbered once per distinct text, so a
 * sentence can point at exactly the definitions its numbers depend on.
 */
import type { Finding } from './finding.ts';

/** One numbered footnote and the findings it applies to. */
export interface Footnote {
  n: number;
  text: string;
  findings: string[];
}

const RETURN_TYPES: Record<string, string> = {
  total: 'total returns (dividends reinvested)',
  price: 'price returns (raw closes, dividends excluded)',
  'price index': 'price-index returns (index levels, dividends excluded)',
};

/**
 * The convention lines of a finding, each a full sentence: return type, weights, breakpoints, t0 rule,
 * method, other, and the source with vintage and the reproducing command.
 * @example conventionLines(finding) // ['Returns are total returns (…).', 'Source: yahoo/^RUT. Reproduce: capgap report …']
 */
export function conventionLines(f: Finding): string[] {
  const c = f.conventions;
  const out: string[] = [];
  const metric = f.metric === 'flow' ? 'Flows' : 'Returns';
  if (c.returnType) out.push(`${metric} are ${RETURN_TYPES[c.returnType] ?? c.returnType}.`);
  if (c.weighting) out.push(`Size portfolios are ${c.weighting === 'value' ? 'value' : 'equal'}-weighted.`);
  if (c.breakpoints) out.push(`Size groups use ${c.breakpoints}.`);
  if (c.t0Rule) out.push(`Event timing: ${c.t0Rule}.`);
  if (c.method) out.push(`Method: ${c.method}.`);
  for (const [k, v] of Object.entries(c.other ?? {})) out.push(`${k[0].toUpperCase()}${k.slice(1)}: ${v}.`);
  const ds = f.provenance.datasets
    .map((d) => (d.vintage ? `${d.name} (vintage ${d.vintage})` : d.name))
    .join(', ');
  out.push(`Source: ${ds}${f.provenance.command ? `; reproduce with \`${f.provenance.command}\`` : ''}.`);
  const sig = f.significance;
  if (sig) {
    const p =
      sig.pValue === undefined ? '' : `, p = ${sig.pValue < 0.001 ? '< 0.001' : sig.pValue.toFixed(3)}`;
    out.push(`Significance: ${sig.test}${p}${sig.n === undefined ? '' : ` (n = ${sig.n})`}.`);
  }
  for (const flag of f.flags ?? []) out.push(`Data note: ${flag}`);
  return out;
}

/**
 * Numbers the distinct convention lines across findings in first-use order. Returns the footnotes and,
 * per finding id, the footnote numbers it uses.
 * @example const { footnotes, byFinding } = collectFootnotes(findings)
 */
export function collectFootnotes(findings: readonly Finding[]): {
  footnotes: Footnote[];
  byFinding: Map<string, number[]>;
} {
  const footnotes: Footnote[] = [];
  const index = new Map<string, Footnote>();
  const byFinding = new Map<string, number[]>();
  for (const f of findings) {
    const nums: number[] = [];
    for (const line of conventionLines(f)) {
      let note = index.get(line);
      if (!note) {
        note = { n: footnotes.length + 1, text: line, findings: [] };
        footnotes.push(note);
        index.set(line, note);
      }
      note.findings.push(f.id);
      nums.push(note.n);
    }
    byFinding.set(f.id, nums);
  }
  return { footnotes, byFinding };
}
