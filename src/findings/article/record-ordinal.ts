/**
 * An ordinal before a "since YEAR" superlative: "its third-best week since 2009" is the week's place among
 * the weeks from 2009 on (`kind: 'rank'`, `from`), not the best since 2009. An ordinal one that compares
 * elections ("the third-best post-election week for the Russell 2000 since 1988") is a place among the
 * elections from that year (`sinceYear`), for sessions and weeks after an event (what ../event-rank.ts ranks);
 * a month's ("the third-best post-election month since 1928") is not read.
 */
import type { RecordPhrase } from '../claim-read.ts';
import { isEventRecord } from '../event-rank.ts';
import { ORDINALS } from './number-words.ts';

/** An ordinal right before a superlative: "third-", "3rd ", "second-". */
const ORDINAL_BEFORE = new RegExp(
  `\\b(${Object.keys(ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))[- ]$`,
  'i',
);

/**
 * For the "since" superlative `m` (its year `year`) of `text`: undefined when no ordinal comes before it;
 * null when one does but the phrase is not read; else the rank, with the match widened to the ordinal.
 * @example ordinalSince('its third-best week since 2009', m, '2009')?.record // { kind: 'rank', rank: 3, from: '2009-01-01', period: 'week' }
 */
export function ordinalSince(
  text: string,
  m: RegExpMatchArray,
  year: string | undefined,
): { match: RegExpMatchArray; record: Omit<RecordPhrase, 'words' | 'direction'> } | null | undefined {
  const at0 = m.index ?? 0;
  const ord = ORDINAL_BEFORE.exec(text.slice(Math.max(0, at0 - 12), at0));
  if (!ord) return undefined;
  const p = /\b(week|month|day|session|quarter|year)\b/i
    .exec(m[0])?.[1]
    .toLowerCase()
    .replace('session', 'day');
  // "the third-best post-election week … since 1988": a place among the elections from 1988 (weeks and days).
  const amongEvents = isEventRecord(m[0]);
  if (!year || (amongEvents && p !== 'week' && p !== 'day')) return null;
  const at = at0 - ord[0].length;
  const rank = ORDINALS[ord[1].toLowerCase()] ?? Number.parseInt(ord[1], 10);
  return {
    match: Object.assign([text.slice(at, at0 + m[0].length)], { index: at }) as RegExpMatchArray,
    record: {
      kind: 'rank',
      rank,
      ...(amongEvents ? { sinceYear: Number(year) } : { from: `${year}-01-01` }),
      ...(p ? { period: p as RecordPhrase['period'] } : {}),
    },
  };
}
