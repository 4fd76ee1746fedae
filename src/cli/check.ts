/**
 * `capgap check`: checks an article, or claims, against the store.
 *   capgap check --file ARTICLE.(txt|html|md) | --text FILE|- --event DATE [--to DATE] [--format text|md] [--json]
 *   capgap check FILE (YAML or JSON claims, src/findings/claim-file.ts) | --claim '{metric: …}'
 * An article is read as its text (HTML and Markdown too: src/findings/article/prepare.ts), dated by --to or
 * its own timestamp or dateline, and read sentence by sentence (src/findings/article/read.ts); every claim gets a verdict:
 * supported, supported under another convention (which, and the default's value), not supported (the
 * computed value; the nearest convention and its value), cannot check (what data is missing and the
 * command that adds it), not a quantitative claim; ambiguous claims list each reading's verdict.
 * Output: a table per sentence with the reproducing command of each number; `--json`; `--format md`
 * writes the article back with a footnote on each number. Exit status: 0 when every checkable claim is
 * supported, 1 when any is not supported, 2 on bad input.
 */
import { defineCommand } from 'citty';
import { isIsoDate } from '../calendar/dates.ts';
import { articleFacts, preparedLine, readOptionsOf } from '../findings/article/prepare.ts';
import { readArticle } from '../findings/article/read.ts';
import { undatedNote } from '../findings/article/undated-note.ts';
import { type CheckOptions, type ClaimVerdict, checkClaim } from '../findings/check.ts';
import { type ArticleCheck, articleExitCode, checkArticle } from '../findings/check-article.ts';
import { articleJson, articleMarkdown, articleTable } from '../findings/check-render.ts';
import type { Claim } from '../findings/claim.ts';
import { parseClaims } from '../findings/claim-file.ts';
import { makeEvaluator } from '../findings/evaluate.ts';
import { storeClaimData } from '../queries/claims-data.ts';
import { quote } from '../quote.ts';
import { readEtfRegistry } from '../store/etf-registry.ts';
import { readArticleInput, readInput } from './check-input.ts';
import { CliError, commonArgs, io, openStore, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';

/** Longest article accepted, in characters (the HTTP API uses the same bound). */
export const MAX_ARTICLE_LENGTH = 100_000;

/** The text lines for one claim verdict (claims files). */
export function verdictLines(v: ClaimVerdict): string[] {
  const out = [`[${v.verdict}] ${v.id}: ${v.line ?? ''}`];
  if (v.computed) out.push(`    default convention: ${v.computed.description}`);
  for (const m of v.matches.slice(0, 3)) out.push(`    reproduced with ${m.differs}: ${m.description}`);
  if (v.matches.length > 3) out.push(`    … and ${v.matches.length - 3} more conventions (see --json)`);
  for (const h of v.hints ?? []) out.push(`    ${h}`);
  return out;
}

/** A claims file's verdicts as an article of one-claim sentences, so both print the same way. */
function asArticle(verdicts: ClaimVerdict[]): ArticleCheck {
  const summary: ArticleCheck['summary'] = {};
  for (const v of verdicts) summary[v.verdict] = (summary[v.verdict] ?? 0) + 1;
  return {
    summary,
    sentences: verdicts.map((v, i) => ({
      index: i,
      text: v.text ?? v.id,
      span: { start: 0, end: 0 },
      form: 'sentence' as const,
      status: 'claims' as const,
      claims: [{ id: v.id, verdict: v.verdict, readings: [v] }],
    })),
  };
}

export default defineCommand({
  meta: {
    name: 'check',
    description: DESCRIPTIONS.check,
  },
  args: {
    claims: { type: 'positional', description: 'claims file (YAML or JSON)', required: false },
    file: {
      type: 'string',
      description: 'an article to check: .txt, .html or .md (read as its text), or - for stdin',
    },
    text: { type: 'string', description: 'an article to check: a file (its format sniffed), or - for stdin' },
    'input-format': { type: 'string', description: 'how the article is written: text, html or markdown' },
    claim: {
      type: 'string',
      description: "one claim as a YAML mapping: '{metric: return, subject: ^RUT, …}'",
    },
    event: { type: 'string', description: 'event date (YYYY-MM-DD) that "the election" etc. refers to' },
    to: {
      type: 'string',
      description:
        'the article\'s date: end of "since" windows, reference for "last week" (default: its own timestamp or dateline)',
    },
    format: {
      type: 'string',
      description: 'text (a table per sentence, default) or md (the article with footnotes)',
    },
    'max-shift': { type: 'string', description: 'largest end-date shift tried, in sessions (default 2)' },
    ...commonArgs,
  },
  async run({ args }) {
    for (const [name, v] of [
      ['--event', args.event],
      ['--to', args.to],
    ] as const) {
      if (v !== undefined && !isIsoDate(v))
        throw new CliError(`invalid ${name}: ${quote(v)}; expected YYYY-MM-DD`, 2);
    }
    const maxShift = args['max-shift'] === undefined ? 2 : Number(args['max-shift']);
    if (!Number.isInteger(maxShift) || maxShift < 0 || maxShift > 10)
      throw new CliError(`invalid --max-shift: ${quote(args['max-shift'])}; expected a whole number 0–10`, 2);
    const format = args.format ?? 'text';
    if (format !== 'text' && format !== 'md')
      throw new CliError(`invalid --format: ${quote(format)}; expected "text" or "md"`, 2);
    const given = [args.file, args.text, args.claim, args.claims].filter((x) => x !== undefined).length;
    if (given !== 1)
      throw new CliError(
        'give exactly one of: --file ARTICLE (.txt, .html, .md), --text FILE (or - for stdin), --claim YAML, or a claims FILE',
        2,
      );
    const options: CheckOptions = { maxShift, asOf: args.to };
    const prepared = readArticleInput(args, MAX_ARTICLE_LENGTH);
    const article = prepared?.text;
    if (prepared) options.asOf = prepared.to;
    let claims: Claim[] | undefined;
    if (!prepared) {
      const src =
        args.claim !== undefined ? `[${args.claim}]` : readInput(args.claims as string, 'claims file');
      try {
        claims = parseClaims(src, { event: args.event, to: args.to });
      } catch (err) {
        throw new CliError(
          `${args.claim !== undefined ? '--claim' : args.claims}: ${(err as Error).message}`,
          2,
          { cause: err },
        );
      }
      for (const c of claims)
        if (c.window.kind === 'since' && !c.window.to && args.to) c.window = { ...c.window, to: args.to };
    }
    const store = await openStore(args.db);
    let result: ArticleCheck;
    try {
      const evaluator = makeEvaluator(storeClaimData(store));
      if (article !== undefined) {
        // Funds by registry name and ticker (the store's registry, else data/etfs.csv).
        const funds = await readEtfRegistry(store);
        const sentences = readArticle(article, {
          ...(prepared ? readOptionsOf(prepared) : {}),
          event: prepared?.event ?? args.event,
          funds,
        });
        result = await checkArticle(sentences, evaluator, options);
      } else {
        const verdicts: ClaimVerdict[] = [];
        for (const c of claims ?? []) verdicts.push(await checkClaim(c, evaluator, options));
        result = asArticle(verdicts);
        if (!args.json && format === 'text') {
          for (const v of verdicts) io().out(verdictLines(v).join('\n'));
        }
      }
    } finally {
      store.close();
    }
    if (args.json)
      printJson(
        prepared
          ? {
              article: articleFacts(prepared),
              ...(articleJson(result) as object),
            }
          : articleJson(result),
      );
    else if (format === 'md')
      io().out(
        articleMarkdown(article ?? result.sentences.map((s) => s.text).join('\n'), result) +
          (prepared ? undatedNote(prepared, result) : ''),
      );
    else if (prepared)
      io().out(`${preparedLine(prepared)}\n\n${articleTable(result)}${undatedNote(prepared, result)}`);
    else {
      const summary = Object.entries(result.summary)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
      io().out(
        `${result.sentences.length} claim${result.sentences.length === 1 ? '' : 's'}: ${summary || 'none'}`,
      );
    }
    if (articleExitCode(result) === 1) throw new CliError('a claim is not supported', 1);
  },
});
