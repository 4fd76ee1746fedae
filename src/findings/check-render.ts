/**
 * The checker's output: a table per sentence (claim, stated, computed, verdict, convention, reproducing
 * command: ./check-command.ts), the article written back in Markdown with a footnote on each checked
 * number, and the JSON form.
 */

import type { ClaimVerdict } from './check.ts';
import { claimWords, unitValue } from './check.ts';
import type { ArticleCheck, ClaimCheck } from './check-article.ts';
import { reproduceCommand, statedText } from './check-command.ts';
import { verdictJson } from './check-json.ts';
import { standing } from './check-record.ts';
import type { ReadClaim } from './claim-read.ts';
import { statedWords } from './verdict-line.ts';
import { meanwhileCell } from './verdict-meanwhile.ts';
import { shownResult } from './verdict-modes.ts';
import { overrideWords } from './verdict-words.ts';

const shown = shownResult;

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function row(v: ClaimVerdict, reading?: number): string {
  const c = v.claim;
  if (!c) return `| ${cell(v.text ?? '')} | | | ${v.verdict} | | |`;
  const r = shown(v);
  const mode = (c as Partial<ReadClaim>).negated
    ? 'not: '
    : (c as Partial<ReadClaim>).intraday
      ? 'intraday: '
      : '';
  const label = `${reading === undefined ? '' : `reading ${reading + 1}: `}${mode}${claimWords(c)}`;
  const verdict =
    v.verdict === 'cannot check' ? `cannot check (${v.reason}${v.needs ? `: ${v.needs}` : ''})` : v.verdict;
  const convention =
    v.verdict === 'supported under another convention'
      ? `${r?.differs} (default: ${v.computed ? unitValue(c, v.computed.value) : 'cannot be computed'})`
      : v.verdict === 'not supported' && v.nearest
        ? `default${v.oppositeSign ? ' (the opposite sign)' : ''}; ${v.stackedChanges ? `reproduced only by stacking ${v.stackedChanges} changes` : v.overrides?.length ? overrideWords(v.overrides) : v.oppositeSign ? 'reproduced only by' : 'nearest'}: ${v.nearest.differs || 'the default'}, ${unitValue(c, v.nearest.value)}`
        : v.verdict === 'cannot check' && (v.matches[0] ?? v.nearest)
          ? meanwhileCell(v)
          : r
            ? r.differs || 'default'
            : '';
  if (c.metric === 'record')
    // a record's standing; no --claim form for records yet
    return `| ${cell(label)} | ${cell(statedText(c))} | ${cell(standing(r))} | ${cell(verdict)} | ${cell(r ? r.differs || 'default' : '')} | |`;
  // A number with a record phrase: the record's standing beside the number's ("30th worst of 241 days …").
  const rec = v.record
    ? `; ${v.record.claim ? statedText(v.record.claim) : 'record'}: ${v.record.verdict}`
    : '';
  const recStanding = v.record && shown(v.record) ? ` (${standing(shown(v.record))})` : '';
  return `| ${cell(label)} | ${cell(statedWords(c))} | ${r ? unitValue(c, r.value) : ''} | ${cell(verdict)} | ${cell(convention + rec + recStanding)} | ${r ? `\`${reproduceCommand(c, r.conventions)}\`` : ''} |`;
}

const HEAD = [
  '| claim | stated | computed | verdict | convention | reproduce |',
  '|---|---|---|---|---|---|',
];

function claimRows(c: ClaimCheck): string[] {
  if (c.readings.length === 1) return [row(c.readings[0])];
  return c.readings.map((r, i) => row(r, i));
}

/**
 * The article's verdicts as text: each sentence, then a table of its claims and the one-line verdicts.
 * @example articleTable(await checkArticle(sentences, evaluator))
 */
export function articleTable(a: ArticleCheck): string {
  const out: string[] = [];
  for (const s of a.sentences) {
    out.push(`${s.index + 1}. ${s.text}`);
    if (s.attribution)
      out.push(`   quoted: ${s.attribution} (the numbers are the speaker's, checked as claims)`);
    if (s.status !== 'claims') {
      out.push(`   ${s.status}${s.reason ? ` (${s.reason})` : ''}`, '');
      continue;
    }
    out.push(...HEAD.map((l) => `   ${l}`));
    for (const c of s.claims) out.push(...claimRows(c).map((l) => `   ${l}`));
    for (const c of s.claims) {
      // Several readings: each one's line, so a reading that agrees still shows its own number; one reading
      // of words with no stated index ("value stocks": IWD) says so after its line.
      if (c.readings.length > 1) {
        const head = c.verdict === 'ambiguous' ? 'ambiguous' : `${c.verdict} under every reading`;
        out.push(`   - ${head}${c.why ? ` (${c.why})` : ''}:`);
        c.readings.forEach((r, i) => {
          out.push(`     reading ${i + 1}: ${r.line}`);
        });
      } else out.push(`   - ${c.readings[0].line}${c.why ? ` (${c.why})` : ''}`);
    }
    if (s.reason) out.push(`   - not read: ${s.reason}`);
    out.push('');
  }
  out.push(summaryLine(a));
  return out.join('\n');
}

/** Verdicts in the order a reader weighs them; any other comes after. */
const VERDICT_ORDER = ['supported', 'supported under another convention', 'not supported', 'cannot check'];

/**
 * The closing line: the sentences, then the verdicts in a fixed order ("4 sentences; verdicts: 1 supported,
 * 3 not supported, 3 cannot check"). A verdict is a claim's, or a sentence's with no claim read, so the
 * counts are not counts of sentences.
 * @example summaryLine({ sentences: [s], summary: { supported: 1 } }) // '1 sentence; verdicts: 1 supported'
 */
export function summaryLine(a: Pick<ArticleCheck, 'sentences' | 'summary'>): string {
  const rank = (k: string) => (VERDICT_ORDER.includes(k) ? VERDICT_ORDER.indexOf(k) : VERDICT_ORDER.length);
  const entries = Object.entries(a.summary)
    .filter(([, n]) => (n ?? 0) > 0)
    .sort(([x], [y]) => rank(x) - rank(y));
  const head = `${a.sentences.length} sentence${a.sentences.length === 1 ? '' : 's'}`;
  if (!entries.length) return `${head}: nothing to check`;
  return `${head}; verdicts: ${entries.map(([k, n]) => `${n} ${k}`).join(', ')}`;
}

/**
 * The article written back in Markdown with a footnote after each checked number ("7.2 per cent[^1]") and
 * the notes at the end: the verdict line of each claim (each reading's when ambiguous).
 * @example articleMarkdown(text, result)
 */
export function articleMarkdown(text: string, a: ArticleCheck): string {
  const marks: { at: number; n: number }[] = [];
  const notes: string[] = [];
  for (const s of a.sentences)
    for (const c of s.claims) {
      const n = notes.length + 1;
      const lines =
        c.verdict === 'ambiguous'
          ? [
              `ambiguous${c.why ? ` (${c.why})` : ''}: ${c.readings.map((r, i) => `reading ${i + 1}: ${r.line}`).join('; ')}`,
            ]
          : [c.readings[0].line ?? c.verdict];
      notes.push(`[^${n}]: ${lines.join(' ')}`);
      marks.push({ at: c.span?.end ?? s.span.end, n });
    }
  marks.sort((x, y) => x.at - y.at || x.n - y.n);
  let out = '';
  let last = 0;
  for (const m of marks) {
    out += `${text.slice(last, m.at)}[^${m.n}]`;
    last = m.at;
  }
  out += text.slice(last);
  return `${out.trimEnd()}\n\n${notes.join('\n')}\n`;
}

/**
 * The article check as JSON-ready data in the JSON vocabulary (./check-json.ts): every verdict, alternatives
 * cut to the best five.
 */
export function articleJson(a: ArticleCheck): unknown {
  return {
    summary: a.summary,
    sentences: a.sentences.map((s) => ({
      ...s,
      claims: s.claims.map((c) => ({
        ...c,
        readings: c.readings.map((r) => ({
          ...verdictJson({ ...r, matches: r.matches.slice(0, 5) }),
          matchCount: r.matches.length,
          command: shown(r) && r.claim ? reproduceCommand(r.claim, shown(r)!.conventions) : undefined,
        })),
      })),
    })),
  };
}
