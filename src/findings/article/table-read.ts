/**
 * Reading the tables of an article (./tables.ts): each header and row is a piece of its own, whatever
 * the sentence splitter made of the block (a caption ending in ')' or '.' joins lines into one
 * "sentence"); a header says it is one; a row's cells are read one by one as the sentences they say, and
 * the row's claims point at the cells' numbers in the article.
 */
import type { ClaimReadings, ReadOptions, ReadSentence, TextSpan } from '../claim-read.ts';
import { type ArticleContext, readSentence } from './read-sentence.ts';
import type { Piece } from './split.ts';
import { findTables, rowSentences, type TextTable } from './tables.ts';
import { findWindows } from './windows.ts';

/** A piece of an article that is a table's header or row. */
export interface TablePiece {
  piece: Piece;
  table: TextTable;
  role: 'caption' | 'header' | 'row';
}

function trim(text: string, start: number, end: number, form: Piece['form']): Piece | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return s < e ? { start: s, end: e, text: text.slice(s, e), form } : null;
}

/**
 * The pieces with every table's lines as pieces of their own (a piece overlapping a table keeps only
 * its parts outside it), and which pieces are table lines.
 * @example withTables(text, splitSentences(text)).tables.get(3)?.role // 'row'
 */
export function withTables(
  text: string,
  pieces: Piece[],
): { pieces: Piece[]; tables: Map<number, TablePiece> } {
  const found = findTables(text);
  if (found.length === 0) return { pieces, tables: new Map() };
  const out: Piece[] = [];
  const tables = new Map<number, TablePiece>();
  const regions = found.map((t) => ({
    t,
    start: (t.caption ?? t.header).start,
    end: t.rows[t.rows.length - 1].end,
  }));
  const done = new Set<TextTable>();
  for (const p of pieces) {
    const r = regions.find((x) => p.start < x.end && p.end > x.start);
    if (!r) {
      out.push(p);
      continue;
    }
    const before = trim(text, p.start, Math.min(p.end, r.start), p.form);
    if (before) out.push(before);
    if (!done.has(r.t)) {
      done.add(r.t);
      const lines: [TextSpan, TablePiece['role']][] = [
        ...(r.t.caption ? [[r.t.caption, 'caption'] as [TextSpan, TablePiece['role']]] : []),
        [r.t.header, 'header'],
        ...r.t.rows.map((x): [TextSpan, TablePiece['role']] => [x, 'row']),
      ];
      for (const [span, role] of lines) {
        const line = trim(text, span.start, span.end, 'sentence');
        if (!line) continue;
        tables.set(out.length, { piece: line, table: r.t, role });
        out.push(line);
      }
    }
    const after = trim(text, Math.max(p.start, r.end), p.end, p.form);
    if (after) out.push(after);
  }
  return { pieces: out, tables };
}

/**
 * A table's header or row, read.
 * @example readTablePiece(tp, 4, { event: '2016-06-23', to: '2016-06-27' }, {}).claims.length // 2
 */
export function readTablePiece(
  tp: TablePiece,
  index: number,
  o: ReadOptions,
  ctx: ArticleContext,
): ReadSentence {
  const { piece, table } = tp;
  const base = { index, text: piece.text, span: { start: piece.start, end: piece.end }, form: piece.form };
  if (tp.role === 'caption')
    return {
      ...base,
      status: 'not a quantitative claim',
      claims: [],
      reason: "a table's caption: it gives the rows below its unit and, if it names one, its period",
    };
  if (tp.role === 'header')
    return {
      ...base,
      status: 'not a quantitative claim',
      claims: [],
      reason: table.lead
        ? "a list's lead-in: it gives the items below their series and the window after each election"
        : "a table's header: its columns give the rows below their periods and units",
    };
  const claims: ClaimReadings[] = [];
  // Whether capgap reads a column's period, once per column (not once per cell).
  const readPeriod = new Map<string, boolean>();
  const reads = (phrase: string) => {
    if (!readPeriod.has(phrase)) readPeriod.set(phrase, findWindows(phrase, o).length > 0);
    return readPeriod.get(phrase);
  };
  const problems: string[] = [];
  const notClaims: string[] = [];
  for (const c of rowSentences(table, piece.text, piece.start)) {
    if (c.notClaim) {
      notClaims.push(c.notClaim);
      continue;
    }
    if (!c.sentence) {
      problems.push(c.why as string);
      continue;
    }
    ctx.inTable = true;
    const s = readSentence(
      { text: c.sentence, start: 0, end: c.sentence.length, form: 'sentence' },
      index,
      o,
      ctx,
    );
    ctx.inTable = false;
    const col = c.column.header ? ` (column "${c.column.header}")` : '';
    if (s.status !== 'claims') {
      (s.status === 'unreadable' ? problems : notClaims).push(
        `${JSON.stringify(c.cell.text)}${col}: ${s.reason ?? s.status}`,
      );
      continue;
    }
    // A column naming a period the reader does not know ("1M", "52-week", "Nov. 25 peak") would fall to the
    // default window, or to the cell before's ("Since Nov. 5"); a close or a move in points takes the day.
    const unread = !!c.column.phrase && !reads(c.column.phrase);
    const lost = (r: ClaimReadings['readings'][number]) =>
      r.windowSource === 'default' ||
      (unread && r.windowSource === 'carried' && r.metric !== 'points' && r.metric !== 'level');
    if (c.column.phrase && s.claims.some((cl) => cl.readings.some(lost))) {
      problems.push(`${JSON.stringify(c.cell.text)}${col}: the column names a period capgap does not read`);
      continue;
    }
    for (const cl of s.claims) {
      const id = `${o.idPrefix ?? 's'}${index + 1}-${claims.length + 1}`;
      const readings = cl.readings.map((r) => ({
        ...r,
        id: r.id.replace(cl.id, id),
        text: piece.text,
        span: { start: c.cell.start, end: c.cell.end },
        numberSpans: [{ start: c.cell.start, end: c.cell.end }],
      }));
      claims.push({ ...cl, id, readings });
    }
  }
  if (claims.length === 0 && problems.length === 0)
    return {
      ...base,
      status: 'not a quantitative claim',
      claims: [],
      reason: notClaims.join('; ') || 'a table row with no number',
    };
  if (claims.length === 0) return { ...base, status: 'unreadable', claims: [], reason: problems.join('; ') };
  return { ...base, status: 'claims', claims, ...(problems.length ? { reason: problems.join('; ') } : {}) };
}
