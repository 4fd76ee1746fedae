/**
 * An article pasted as Markdown (a CMS's or a note app's export) read as its text, line for line:
 * links keep their words ("[the index](https://…)" → "the index"), images and link definitions are
 * dropped, emphasis and inline code lose their marks, "> " quotation marks and raw HTML tags go, escapes
 * ("\*") give their character, footnote references "[^2]" become superscripts ("²", which the splitter
 * and reader know) and footnote definitions "[^2]: …" footnote lines ("² …"), a pipe table's rows become
 * lines of tab-separated cells (its "|---|" rule goes; ./tables.ts reads the rows under their header),
 * thematic breaks and code fences become blank lines. Headings keep their '#' (a headline), list items
 * their marker (a bullet). Nothing else changes, so a plain text passes through as it was.
 */

import { superscript } from './footnote-marks.ts';

function inline(line: string): string {
  return line
    .replace(/!\[[^\]\n]{0,300}\]\([^)\n]{0,600}\)/g, '')
    .replace(/\[\^([^\]\s]{1,12})\]/g, (_m, n: string) => (/^\d+$/.test(n) ? superscript(n) : `[${n}]`))
    .replace(/\[([^\]\n]{0,300})\]\((?:[^()\n]|\([^()\n]{0,300}\)){0,600}\)/g, '$1')
    .replace(/\[([^\]\n]{1,300})\]\[[^\]\n]{0,300}\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]{1,600})>/g, '$1')
    .replace(/<\/?[A-Za-z][^<>\n]*>/g, '')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]{0,300}?\S)\1/g, '$2')
    .replace(/(^|[^\w*\\])\*(?=[^\s*])([^*\n]{0,300}?[^\s*\\])\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w\\])_(?=\S)([^_\n]{0,300}?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([^\n]{0,300}?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|$%<>~])/g, '$1');
}

/** The cells of a pipe-table line, or null when the line is not one. */
function pipeCells(line: string, table: boolean): string[] | null {
  const t = line.trim();
  if (!t.startsWith('|') && !(table && t.includes('|'))) return null;
  const cells = t
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
  return cells.length >= 2 ? cells : null;
}

/**
 * The text of a Markdown article.
 * @example markdownText('## Small caps\n\nThe [Russell 2000](https://x) rose **3.1%**[^1].')
 * // '## Small caps\n\nThe Russell 2000 rose 3.1%¹.'
 */
export function markdownText(md: string): string {
  const out: string[] = [];
  let fence = false;
  const lines = md.split('\n');
  const RULE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
  // Lines of a pipe table: from the header above a "|---|" rule to the first line without a '|'.
  const table = lines.map(() => false);
  lines.forEach((l, i) => {
    if (!RULE.test(l) || !l.includes('|') || i === 0 || !lines[i - 1].includes('|')) return;
    table[i - 1] = true;
    for (let j = i + 1; j < lines.length && lines[j].includes('|'); j++) table[j] = true;
  });
  for (const [i, raw] of lines.entries()) {
    if (/^\s{0,3}(```|~~~)/.test(raw)) {
      fence = !fence;
      out.push('');
      continue;
    }
    if (fence) {
      out.push(raw);
      continue;
    }
    let line = raw.replace(/^\s{0,3}(?:>\s?)+/, '');
    if (/^\s{0,3}\[[^\]^\n]+\]:\s*\S+/.test(line)) continue; // a link definition
    if (/^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/.test(line)) {
      out.push('');
      continue;
    }
    if (RULE.test(line) && line.includes('|')) continue;
    const foot = /^\s{0,3}\[\^(\d{1,3})\]:\s*/.exec(line);
    if (foot) line = `${superscript(foot[1])} ${line.slice(foot[0].length)}`;
    const cells = /^\s{0,3}(?:[-*+]|\d{1,2}[.)])\s/.test(line) ? null : pipeCells(line, table[i]);
    out.push(cells ? cells.map(inline).join('\t') : inline(line));
  }
  return out.join('\n');
}
