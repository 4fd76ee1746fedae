/**
 * A rank claim about a list of sectors ("Financials and industrials led the rally", "Banks, energy and
 * industrials led gains", "utilities and real estate led the declines"): every sector named in the list gets
 * its own rank claim and verdict. A list of N sectors that "led" says each of them ranked in the top N (from
 * the bottom for declines); its rank claim is `lte N` (stated N, "top 2 (with Financials)"); a list "among the
 * best performers", within the top max(3, N). The reader
 * (./article/rank-claim.ts) reads the sector named last before the phrase; this finds the others: the run of
 * sector names joined only by commas, "and", "&" or "as well as" that ends at it.
 */

import { AMONG_TOP } from './article/rank-claim.ts';
import { findSectors } from './article/sector-subjects.ts';
import { subjectKey } from './article/subjects.ts';
import type { ClaimReadings, ReadClaim } from './claim-read.ts';
import { sectorSubject, sectorWords } from './claim-sectors.ts';

const JOIN = /\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s*&\s*|\s+as\s+well\s+as\s+)/i;

/** The sector a whole list item names ("industrials", "energy", "bank stocks"), else null. */
function itemSector(item: string): string | null {
  const t = item.trim().replace(/^the\s+/i, '');
  if (!t) return null;
  // A bare everyday word ("energy") counts in a list: read it as "energy stocks" would be.
  const probe = /\b(?:stocks|shares|sector|companies|names)$/i.test(t) ? t : `${t} stocks`;
  const hits = findSectors(probe);
  const h = hits[0];
  if (hits.length !== 1 || h.start !== 0 || h.end < t.length || h.subject.kind !== 'sector') return null;
  return subjectKey(h.subject);
}

/**
 * The sector ids of the list that ends with the claim's subject, in the sentence's order (one id when the
 * sector is named alone).
 * @example rankList(claim) // ['sector:Financials', 'sector:Industrials'] for "Financials and industrials led the rally"
 */
export function rankList(claim: ReadClaim): string[] {
  const own = claim.subjects[0];
  const words = claim.rank?.words;
  if (claim.metric !== 'rank' || !words) return [own];
  const text = claim.text ?? '';
  const at = text.indexOf(words);
  if (at < 0) return [own];
  // The clause before the phrase, split at the list's joins; the items that end it, back to the first
  // item that is not a sector name alone ("Shares of financials and industrials": its last words).
  const clause =
    text
      .slice(0, at)
      .split(/[;:]|\s[-–—]\s/)
      .pop() ?? '';
  const items = clause.trimEnd().split(JOIN);
  const out: string[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const s = itemSector(items[i]);
    if (s) {
      out.unshift(s);
      continue;
    }
    const tail = lastWords(items[i]);
    if (tail) out.unshift(itemSector(tail) as string);
    break;
  }
  if (out.length < 2 || out[out.length - 1] !== own) return [own];
  return out.filter((s, i) => out.indexOf(s) === i);
}

/** The last one or two words of a list's first item ("On Wednesday financials" → "financials"). */
function lastWords(item: string): string {
  const w = item.trim().split(/\s+/);
  for (const n of [2, 1]) {
    const t = w.slice(-n).join(' ');
    if (n <= w.length && itemSector(t)) return t;
  }
  return '';
}

/**
 * The claim's readings as one claim per sector of its list: each sector's rank within the top N named.
 * A claim that is not a rank claim about a list comes back as it is.
 * @example expandRankList(read).length // 2 for "Financials and industrials led the rally"
 */
export function expandRankList(c: ClaimReadings): ClaimReadings[] {
  const r = c.readings[0];
  if (c.readings.length !== 1 || r?.metric !== 'rank') return [c];
  const list = rankList(r);
  if (list.length < 2) return [c];
  const among = r.rank?.among === true;
  const n = among ? Math.max(AMONG_TOP, list.length) : list.length;
  const end = r.rank?.end === 'bottom' ? 'bottom' : 'top';
  const name = (id: string) => sectorWords(sectorSubject(id) ?? { sector: id });
  return list.map((id, i) => {
    const others = list.filter((x) => x !== id).map(name);
    const claim: ReadClaim = {
      ...r,
      id: `${c.id}${String.fromCharCode(97 + i)}`,
      subjects: [id],
      parsedSubjects: [{ kind: 'sector', ...(sectorSubject(id) ?? { sector: id }) }],
      stated: n,
      comparator: {
        kind: 'lte',
        hi: n,
        words: `${among ? 'among the ' : ''}${end} ${n} (with ${others.join(' and ')})`,
      },
      precision: { written: String(n), decimals: 0, halfUnit: 0.5 },
    };
    return { id: claim.id, readings: [claim] };
  });
}
