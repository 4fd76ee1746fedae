/**
 * INTERIM stand-in for the reader's `readArticle` (branch claims-reader owns this file and replaces it):
 * splits on sentence ends and reads each sentence with the one-line grammar (../claim-grammar.ts).
 */

import { parseClaimText } from '../claim-grammar.ts';
import type { ReadClaim, ReadOptions, ReadSentence } from '../claim-read.ts';

/** Sentences of an article with their claims (interim: the one-line grammar). */
export function readArticle(text: string, options: ReadOptions = {}): ReadSentence[] {
  const out: ReadSentence[] = [];
  const re = /\S(?:[^\n]*?)(?:[.!?](?=\s+["\u201c\u2018'A-Z]|\s*$)|(?=\n)|$)/g;
  let m: RegExpExecArray | null = re.exec(text);
  while (m) {
    const raw = m[0];
    const start = m.index + (raw.length - raw.trimStart().length);
    const t = raw.trim();
    if (t) {
      const span = { start, end: start + t.length };
      const index = out.length;
      if (!/\d/.test(t)) {
        out.push({
          index,
          text: t,
          span,
          form: 'sentence',
          status: 'not a quantitative claim',
          claims: [],
          reason: 'no number',
        });
      } else {
        const p = parseClaimText(t, { event: options.event, to: options.to, idPrefix: `s${index + 1}` });
        if ('ambiguous' in p) {
          out.push({
            index,
            text: t,
            span,
            form: 'sentence',
            status: 'unreadable',
            claims: [],
            reason: p.ambiguous,
          });
        } else {
          const claims = p.claims.map((c) => {
            const r: ReadClaim = {
              ...c,
              parsedSubjects: [],
              comparator: { kind: 'eq', lo: c.stated - c.tolerance, hi: c.stated + c.tolerance },
              precision: { written: String(Math.abs(c.stated)), decimals: 0, halfUnit: c.tolerance },
              signSource: 'none',
              span,
              numberSpans: [span],
              windowSource: 'sentence',
            };
            return { id: c.id, readings: [r] };
          });
          out.push({ index, text: t, span, form: 'sentence', status: 'claims', claims });
        }
      }
    }
    m = re.exec(text);
  }
  return out;
}
