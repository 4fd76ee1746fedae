/**
 * A verdict as the sentence states its claim (docs/report.md, "Negated, intraday and quoted claims"):
 * - a negated claim ("has not fallen more than 2%") is the plain claim's negation: supported when the plain
 *   claim is not supported or holds only under another convention (the default bears the negation out; the
 *   line names the other convention), not supported when it is supported, cannot check when it cannot be;
 * - an intraday claim ("As of 11:30 a.m., … was up 2.6%") cannot be checked: the data hold daily closes; the
 *   reason gives the session's close for comparison;
 * - every line ends with the data it was computed from: the first and last close used and each dataset
 *   with its vintage ("data: 2016-11-08 → 2016-11-15, yfinance/^RUT through 2026-02-23").
 */
import type { ClaimVerdict, ConventionResult, VerdictKind } from './check.ts';
import type { ReadClaim } from './claim-read.ts';
import { unitValue, verdictLine } from './verdict-line.ts';

/** The result a verdict rests on: the match, else the default, else the nearest. */
export function shownResult(v: ClaimVerdict): ConventionResult | undefined {
  if (v.verdict === 'supported under another convention') return v.matches[0];
  return v.computed ?? v.nearest;
}

/**
 * The data a result was computed from, in words: its dates and datasets with their vintages.
 * @example dataNote(result) // 'data: 2016-11-08 → 2016-11-15, yfinance/^RUT through 2026-02-23'
 */
export function dataNote(r: ConventionResult | undefined): string {
  if (!r?.from || !r.to) return '';
  // Datasets of one source and vintage are said once: 'yfinance/XLB, XLE, XLF … through 2026-02-23' (a
  // sector ranking reads ten or eleven funds; a line that repeats the vintage ten times cannot be quoted).
  const groups = new Map<string, string[]>();
  for (const d of r.provenance?.datasets ?? []) {
    const cut = d.name.indexOf('/');
    const [source, name] = cut > 0 ? [d.name.slice(0, cut + 1), d.name.slice(cut + 1)] : ['', d.name];
    const key = `${source}\u0000${d.vintage ?? ''}`;
    const names = groups.get(key) ?? [];
    if (!names.includes(name)) names.push(name);
    groups.set(key, names);
  }
  const sets = [...groups].map(([key, names]) => {
    const [source, vintage] = key.split('\u0000');
    return `${source}${names.join(', ')}${vintage ? ` ${vintage}` : ''}`;
  });
  return `data: ${r.from} → ${r.to}${sets.length ? `, ${sets.join('; ')}` : ''}`;
}

const NEGATE: Partial<Record<VerdictKind, VerdictKind>> = {
  supported: 'not supported',
  'supported under another convention': 'supported',
  'not supported': 'supported',
};

/**
 * The verdict with the sentence's own mode applied (negated, intraday) and the data note on its line.
 * @example applyModes(await checkClaim(claim, evaluator))
 */
export function applyModes(v: ClaimVerdict): ClaimVerdict {
  const c = v.claim as Partial<ReadClaim> | null;
  if (!c) return v;
  if (c.intraday) {
    const close = v.computed ? `; the session's close gives ${unitValue(v.claim!, v.computed.value)}` : '';
    const out: ClaimVerdict = {
      ...v,
      verdict: 'cannot check',
      reason: `an intraday figure ("${c.intraday}"): the data hold daily closes${close}`,
      needs: undefined,
    };
    return { ...out, line: withData(verdictLine(out), v.computed) };
  }
  const line = withData(v.line ?? verdictLine(v), shownResult(v));
  if (!c.negated) return { ...v, line };
  const verdict = NEGATE[v.verdict] ?? v.verdict;
  return {
    ...v,
    verdict,
    line: `negated in the sentence, so ${verdict}: the plain claim is ${v.verdict} (${line})`,
  };
}

function withData(line: string, r: ConventionResult | undefined): string {
  const note = dataNote(r);
  return note ? `${line} [${note}]` : line;
}
