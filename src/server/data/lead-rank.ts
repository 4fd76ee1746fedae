/**
 * The lead's rank line: the chosen event among the events of its set on the same legs and window (from
 * `compareEvents`: 1 = the widest gap in favour of small caps). A negative gap is ranked among shortfalls
 * (1 = small caps' worst), so the line never reads "the 25th widest".
 */
import type { CompareResult } from '../../events/compare-events.ts';
import { ordinal } from '../../findings/format.ts';

/** The lead's `rank`, as /api/lead answers it. */
export interface LeadRank {
  rank: number;
  of: number;
  among: string;
  /** The year of the set's first event with data. */
  since: string;
  skipped: string[];
  text: string;
}

/**
 * The rank line of `event` in `cmp` (null when the set has no row for it).
 * @example leadRank(cmp, '2016-11-08', 'US presidential elections')?.text // 'The widest gap in favour of small caps among 25 US presidential elections since 1928 (1st of 25).'
 */
export function leadRank(cmp: CompareResult, event: string, among: string): LeadRank | null {
  const row = cmp.rows.find((x) => x.eventDate === event);
  if (!row) return null;
  const of = cmp.rows.length;
  const since = cmp.rows
    .map((x) => x.eventDate)
    .sort()[0]
    .slice(0, 4);
  const { rank } = row;
  return {
    rank,
    of,
    among,
    since,
    skipped: cmp.skipped.map((s) => `${s.label}: ${s.reason}`),
    text:
      row.value < 0
        ? `The ${rank === of ? '' : `${ordinal(of - rank + 1)} `}largest shortfall of small caps among ${of} ${among} since ${since} (${ordinal(rank)} of ${of} from the widest gap in their favour).`
        : `The ${rank === 1 ? '' : `${ordinal(rank)} `}widest gap in favour of small caps among ${of} ${among} since ${since} (${ordinal(rank)} of ${of}).`,
  };
}
