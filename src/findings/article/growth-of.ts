/**
 * A hypothetical investment's growth, as fund reports and factsheets tell a return: "A $10,000 investment made
 * on October 31, 2014 would have grown to $21,354 by October 31, 2024" is a return of 113.54% over those dates
 * ($21,354 / $10,000 − 1), of the fund the sentence names ("invested in the Fund", "in IWM") or, naming none, of
 * the report's own fund ("the Fund"). The sentence is read as that statement (./restated-read.ts), the return
 * standing where the end value stood; its decimals are those the amounts carry ($1 of $10,000: 0.01%).
 */
import { normalise } from './clauses.ts';
import { DATE_RE } from './dates.ts';
import { readSentence } from './read-sentence.ts';
import { type RestateStep, readRestated } from './restated-read.ts';

/** "A $10,000 investment (in X) made on DATE would have grown to $21,354 (by DATE)". */
const GROWN = new RegExp(
  String.raw`\b(?:an?\s+)?(?:hypothetical\s+)?\$(\d{1,3}(?:,\d{3})*|\d+)\s+(?:initial\s+)?(?:investment|invested)(?:\s+in\s+(.+?))?\s+(?:made\s+)?(?:on|at\s+the\s+close\s+(?:of|on)|at)\s+(${DATE_RE}|election\s+day)(?:\s*\([^)]*\))?,?\s+would\s+(?:have\s+)?(?:grown|increased|risen|fallen|declined|been\s+worth|be\s+worth)\s+(?:to\s+)?\$(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?:by|on|as\s+of|through|at)\s+(${DATE_RE})|\s+(?:today|now))?`,
  'i',
);

/**
 * The statement a hypothetical investment's growth makes, with where its return stands, else undefined.
 * @example grownStatement('A $10,000 investment made on October 31, 2014 would have grown to $21,354 by October 31, 2024.')
 * // { text: 'the Fund returned 113.54% from October 31, 2014 to October 31, 2024.', shift: -48 }
 */
export function grownStatement(line: string): { text: string; shift: number } | undefined {
  const m = GROWN.exec(line);
  if (!m) return undefined;
  const start = Number(m[1].replace(/,/g, ''));
  const end = Number(m[4].replace(/,/g, ''));
  if (!(start >= 100 && end > 0)) return undefined;
  const pct = ((end / start - 1) * 100).toFixed(Math.max(0, Math.floor(Math.log10(start)) - 2));
  const head = `${line.slice(0, m.index)}${m[2] ?? 'the Fund'} returned `;
  const text = `${head}${pct}% from ${m[3]}${m[5] ? ` to ${m[5]}` : ''}${line.slice(m.index + m[0].length)}`;
  const at = m.index + m[0].lastIndexOf(`$${m[4]}`);
  return { text, shift: head.length - at };
}

/** Sentence `s` read as its hypothetical investment's return, when it states one. */
export const grownTo: RestateStep = (s, piece, index, o, c) => {
  // A hypothetical investment is no flow ("$10,000 invested in IWM"): its statement's reading replaces the sentence's.
  if (piece.form === 'headline') return s;
  const st = grownStatement(normalise(piece.text));
  return st ? readRestated(s, piece, st, (p, x) => readSentence(p, index, o, x), c) : s;
};
