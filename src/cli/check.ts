/**
 * `capgap check FILE`: checks claims against the store. FILE is YAML or JSON claims (see
 * src/findings/claim.ts), or with --text one claim sentence a line (src/findings/claim-grammar.ts),
 * read against --event DATE and, for "since" sentences without an end date, --to DATE.
 * Each claim gets a verdict: supported, supported under another convention (listing which), not
 * supported (with the nearest definition), cannot evaluate (missing data), or ambiguous.
 */
import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { isIsoDate } from '../calendar/dates.ts';
import { type ClaimVerdict, type ConventionResult, checkClaim } from '../findings/check.ts';
import type { Claim } from '../findings/claim.ts';
import { parseClaims } from '../findings/claim-file.ts';
import { parseClaimLines } from '../findings/claim-grammar.ts';
import { makeEvaluator } from '../findings/evaluate.ts';
import { storeClaimData } from '../queries/claims-data.ts';
import { CliError, commonArgs, io, openStore, printJson } from './context.ts';

function unitText(claim: Claim, v: number): string {
  if (claim.unit === 'usd') return `$${Math.round(v).toLocaleString('en-US')}`;
  const digits = Math.max(2, (String(claim.stated).split('.')[1] ?? '').length + 1);
  return `${v.toFixed(digits)}${claim.unit === 'percent' ? '%' : ' pp'}`;
}

function describe(claim: Claim): string {
  const w = claim.window;
  const when =
    w.kind === 'since'
      ? `since ${w.event}${w.to ? ` through ${w.to}` : ''}`
      : w.kind === 'sessions'
        ? `over ${w.sessions} session${w.sessions === 1 ? '' : 's'} after ${w.event}`
        : w.kind === 'month'
          ? `in ${w.month}`
          : w.kind === 'month-to-date'
            ? `in ${w.month} to date${w.to ? ` (through ${w.to})` : ''}`
            : w.kind === 'dates'
              ? `from ${w.from} to ${w.to}`
              : `in the week ${w.weekEnd ? `ended ${w.weekEnd}` : `after ${w.event}`}`;
  return `${claim.metric} of ${claim.subjects.join(' vs ')} ${when}`;
}

function source(r: ConventionResult): string {
  return r.provenance.datasets.map((d) => (d.vintage ? `${d.name} (${d.vintage})` : d.name)).join(', ');
}

/** The text lines for one verdict. */
export function verdictLines(v: ClaimVerdict): string[] {
  const head = `[${v.verdict}] ${v.id}`;
  if (!v.claim) return [`${head}: ${JSON.stringify(v.text)}`, `    ${v.reason}`];
  const c = v.claim;
  const out = [
    `${head}: ${v.text ? `${JSON.stringify(v.text)} — ` : ''}${describe(c)}; stated ${unitText(c, c.stated)} (± ${c.unit === 'usd' ? unitText(c, c.tolerance) : c.tolerance})`,
  ];
  if (v.computed)
    out.push(
      `    computed ${unitText(c, v.computed.value)} under the claim's conventions: ${v.computed.description} [${source(v.computed)}]`,
    );
  if (v.reason)
    out.push(
      `    ${v.verdict === 'ambiguous' || v.verdict === 'cannot evaluate' ? '' : 'own conventions: '}${v.reason}`,
    );
  for (const m of v.matches.slice(0, 5))
    out.push(`    reproduced with ${m.differs}: ${unitText(c, m.value)} (${m.description})`);
  if (v.matches.length > 5) out.push(`    … and ${v.matches.length - 5} more definitions (see --json)`);
  if (v.nearest)
    out.push(
      `    nearest: ${unitText(c, v.nearest.value)} with ${v.nearest.differs || "the claim's conventions"} (${v.nearest.description})`,
    );
  for (const h of v.hints ?? []) out.push(`    ${h}`);
  return out;
}

export default defineCommand({
  meta: { name: 'check', description: 'Check claims (YAML/JSON, or sentences with --text) against the data' },
  args: {
    file: {
      type: 'positional',
      description: 'claims file (YAML or JSON; with --text, one sentence a line)',
      required: true,
    },
    text: { type: 'boolean', description: 'the file holds claim sentences, one a line', default: false },
    event: { type: 'string', description: 'event date (YYYY-MM-DD) that "the election" etc. refers to' },
    to: { type: 'string', description: 'end date for "since EVENT" claims that give none' },
    'max-shift': { type: 'string', description: 'largest end-date shift tried, in sessions (default 2)' },
    strict: { type: 'boolean', description: 'exit 1 unless every claim is supported', default: false },
    ...commonArgs,
  },
  async run({ args }) {
    for (const [name, v] of [
      ['--event', args.event],
      ['--to', args.to],
    ] as const) {
      if (v !== undefined && !isIsoDate(v))
        throw new CliError(`invalid ${name}: ${JSON.stringify(v)}; expected YYYY-MM-DD`, 2);
    }
    const maxShift = args['max-shift'] === undefined ? 2 : Number(args['max-shift']);
    if (!Number.isInteger(maxShift) || maxShift < 0 || maxShift > 10) {
      throw new CliError(
        `invalid --max-shift: ${JSON.stringify(args['max-shift'])}; expected a whole number 0–10`,
        2,
      );
    }
    let text: string;
    try {
      text = readFileSync(args.file, 'utf8');
    } catch (err) {
      throw new CliError(`cannot read ${args.file}: ${(err as Error).message}`, 2);
    }
    const items: ({ claim: Claim } | { text: string; ambiguous: string; id: string })[] = [];
    if (args.text) {
      parseClaimLines(text, { event: args.event, to: args.to }).forEach((p, i) => {
        if ('ambiguous' in p) items.push({ text: p.text, ambiguous: p.ambiguous, id: `line-${i + 1}` });
        else for (const claim of p.claims) items.push({ claim });
      });
    } else {
      try {
        for (const claim of parseClaims(text, { event: args.event, to: args.to })) {
          if (claim.window.kind === 'since' && !claim.window.to && args.to)
            claim.window = { ...claim.window, to: args.to };
          items.push({ claim });
        }
      } catch (err) {
        throw new CliError(`${args.file}: ${(err as Error).message}`, 2);
      }
    }
    const store = await openStore(args.db);
    const verdicts: ClaimVerdict[] = [];
    try {
      const evaluator = makeEvaluator(storeClaimData(store));
      for (const it of items) {
        if ('claim' in it) verdicts.push(await checkClaim(it.claim, evaluator, { maxShift }));
        else
          verdicts.push({
            id: it.id,
            text: it.text,
            claim: null,
            verdict: 'ambiguous',
            matches: [],
            reason: it.ambiguous,
          });
      }
    } finally {
      store.close();
    }
    const tally = new Map<string, number>();
    for (const v of verdicts) tally.set(v.verdict, (tally.get(v.verdict) ?? 0) + 1);
    const summary = [...tally.entries()].map(([k, n]) => `${n} ${k}`).join(', ');
    if (args.json) printJson({ verdicts, summary: Object.fromEntries(tally) });
    else {
      for (const v of verdicts) io().out(verdictLines(v).join('\n'));
      io().out(`${verdicts.length} claim${verdicts.length === 1 ? '' : 's'}: ${summary || 'none'}`);
    }
    if (args.strict && verdicts.some((v) => v.verdict !== 'supported'))
      throw new CliError(`not every claim is supported (${summary})`, 1);
  },
});
