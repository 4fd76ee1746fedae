/**
 * Splitting an article into sentences, keeping character offsets. Blocks are separated by blank lines;
 * in an article of several blocks, a block of one line with no final stop is a headline (so is a Markdown '#'
 * line); a line starting with a list's mark ('-', '*', '**', '•', '1.', an emoji: ./split-lines.ts `BULLET`) is a
 * bullet; a block of several lines none of which ends with a stop is a list of sentences, one a line (the claim
 * files `check --text` reads). Inside a block, a sentence ends at '.', '!' or '?' (and any closing quote, bracket
 * or footnote mark: "….³") followed by white space and a capital, a digit, a currency sign or an opening quote
 * (or, in a chat's lower-case text, any letter: ./sentence-stops.ts), except after an abbreviation (U.S., Nov.,
 * Mr., Gov., Inc., St. …, single initials) or inside a quotation.
 * Decimals ("7.2") never end a sentence (no white space follows the point). A line of page furniture ("Related:
 * …", "Reporting by …", a caption's credit) is a piece of its own, whatever lines touch it. Invariant (tested):
 * the sentences, concatenated, give back the text modulo white space.
 */
import type { TextSpan } from '../claim-read.ts';
import { boilerplateReason } from './boilerplate.ts';
import { MARK, SENTENCE_END } from './footnote-marks.ts';
import { chatStop, isAbbreviation, LOWER_OPEN } from './sentence-stops.ts';
import { BULLET, STOP, shortLineEnds } from './split-lines.ts';

/** One piece of the article: its text (`text.slice(start, end)`, trimmed) and its form. */
export type Piece = TextSpan & { text: string; form: 'headline' | 'bullet' | 'sentence' };

/** Sentence ends inside [start, end) of `text`, as offsets just past each sentence's last character. */
function sentenceEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  let inQuote = false;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === '\u201c') inQuote = true;
    else if (ch === '\u201d') inQuote = false;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < end && (/["'\u201d\u2019)\]]/.test(text[j]) || MARK.includes(text[j]))) {
      if (text[j] === '"' || text[j] === '\u201d') inQuote = false;
      j++;
    }
    if (inQuote) continue;
    if (j >= end || !/\s/.test(text[j])) continue;
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k >= end) continue;
    // A capital starts a sentence; so does a brand written with a small first letter and a capital after it
    // ("iShares Russell 2000 ETF (IWM) has lost …", "eBay").
    if (
      !/[A-Z0-9"'\u201c\u2018$£€([*]/.test(text[k]) &&
      !MARK.includes(text[k]) &&
      !/^[a-z][A-Z][a-z]/.test(text.slice(k, k + 3)) &&
      !chatStop(text, start, k)
    )
      continue;
    // "best day since Feb.\n2/ Since …": a thread's next post ends it, whatever the abbreviation.
    const post = /\n/.test(text.slice(j, k)) && /^\d{1,2}\/\s/.test(text.slice(k, k + 4));
    if (ch === '.' && !post && isAbbreviation(text, i)) continue;
    // "1. Small caps surge": the point of a list item's number ends no sentence.
    if (ch === '.' && /^\s*\d{1,2}$/.test(text.slice(start, i))) continue;
    ends.push(j);
    i = j - 1;
  }
  return ends;
}

function trimmed(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return s < e ? { start: s, end: e } : null;
}

/** The blocks of the text: runs of non-blank lines; bullet and '#' lines start their own block. */
type Block = { start: number; end: number; lines: number; form: Piece['form']; furniture?: true };
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let cur: Block | null = null;
  const re = /[^\n]*(?:\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const line = m[0];
    const s = m.index;
    const e = s + line.length;
    if (!line.trim()) {
      cur = null;
      continue;
    }
    const starts = BULLET.test(line) || /^\s*#/.test(line);
    // A furniture line ("Related: …", "Reporting by …", "REUTERS/Staff") is a piece of its own: the next is the article's.
    if (/[A-Za-z]/.test(line) && boilerplateReason(line.trim())) {
      out.push({ start: s, end: e, lines: 1, form: 'sentence', furniture: true });
      cur = null;
      continue;
    }
    if (!cur || starts || cur.form === 'headline') {
      cur = { start: s, end: e, lines: 1, form: BULLET.test(line) ? 'bullet' : 'sentence' };
      if (/^\s*#/.test(line)) cur.form = 'headline';
      out.push(cur);
    } else {
      cur.end = e;
      cur.lines++;
    }
  }
  return out;
}

/** A label and its figure: "Russell 2000: -4.0% on the week", "IWM: +$1.2bn". */
export const FIGURE_LINE = /^\s*(?=[^:]*[A-Za-z])[^:\s][^:]{0,40}:\s*\(?[-+\u2212]?[$£€]?\d/;

/**
 * The sentences of an article, in order, with their offsets and forms.
 * @example splitSentences('Small caps soar\n\nThe index rose 7.2 per cent. It fell in the U.S. market.')
 * // [{ form: 'headline', text: 'Small caps soar' }, { text: 'The index rose 7.2 per cent.' }, …]
 */
export function splitSentences(text: string): Piece[] {
  const out: Piece[] = [];
  const all = blocks(text);
  for (const b of all) {
    const t = trimmed(text, b.start, b.end);
    if (!t) continue;
    const body = text.slice(t.start, t.end);
    // (A label's bracketed figure ends no sentence: "Russell 2000: (1.8%)".)
    const open = (line: string) =>
      !STOP.test(line.trim()) || (/\d%?\)$/.test(line.trim()) && FIGURE_LINE.test(line));
    // A furniture line splits into sentences only when each is furniture on its own ("© 2016 Reuters. All
    // rights reserved."); else it stays whole ("… November 10, 2016. REUTERS/Brendan McDermid": a caption).
    if (b.furniture) {
      const parts = pieces(text, t, b.form);
      for (const p of parts.every((x) => boilerplateReason(x.text))
        ? parts
        : [{ ...t, text: body, form: b.form }])
        out.push(p);
      continue;
    }
    // A line alone with no stop is a headline, unless it is a label's figure ("**S&P 500:** +2.5%"), runs on past
    // a sentence's end ("1/ Small caps are having a moment. Since …") or opens in lower case as a chat's does.
    const alone =
      b.form === 'sentence' &&
      b.lines === 1 &&
      all.length > 1 &&
      !b.furniture &&
      open(body) &&
      !FIGURE_LINE.test(body.replace(/[*_]/g, '')) &&
      !/[a-z%)][.!?]\s+[A-Z$]/.test(body) &&
      !LOWER_OPEN.test(body);
    if (b.form === 'headline' || alone) {
      out.push({ ...t, text: body, form: 'headline' });
      continue;
    }
    // "Since Election Day:" over lines of figures: a lead-in, then a list.
    const lines = body.split('\n');
    // "Performance (as of 11/29/2024)" over lines of figures: a label, a lead-in too.
    const label = !SENTENCE_END.test(lines[0].trim()) && lines.slice(1).every((l) => FIGURE_LINE.test(l));
    const lead = /:\s*$/.test(lines[0]) || (lines.length > 1 && label) ? 1 : 0;
    if (b.lines > 1 && lines.slice(lead).every(open)) {
      // No line of the block ends a sentence: a list of claims, one a line (`capgap check --text` files).
      for (const m of body.matchAll(/[^\n]+/g)) {
        const p = trimmed(text, t.start + m.index, t.start + m.index + m[0].length);
        // A lead-in and its lines are a box of figures (read even above the body; the lead-in's period is the
        // lines' caption: ./read.ts).
        // So are lines of figures under labels ("Russell 2000: -4.0% on the week", "S&P 500: -2.1%").
        const form = lead || lines.every((l) => FIGURE_LINE.test(l)) ? 'bullet' : b.form;
        if (p) out.push({ ...p, text: text.slice(p.start, p.end), form });
      }
      continue;
    }
    for (const p of pieces(text, t, b.form)) out.push(p); // no spread: a block may hold 100,000 lines
  }
  return out;
}

/** The sentences of a block's span. */
function pieces(text: string, t: TextSpan, form: Piece['form']): Piece[] {
  const out: Piece[] = [];
  let s = t.start;
  const ends = [...new Set([...sentenceEnds(text, t.start, t.end), ...shortLineEnds(text, t.start, t.end)])];
  for (const e of [...ends.sort((a, b) => a - b), t.end]) {
    const p = trimmed(text, s, e);
    if (p) out.push({ ...p, text: text.slice(p.start, p.end), form });
    s = e;
  }
  return out;
}
