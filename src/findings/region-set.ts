/**
 * An event among the other events of its set, on a region's SMB: the set is a regional one (UK, French or
 * German elections) when the date is in one, else a US one (presidential or midterm elections, or Fed rate
 * decisions, read on the region: "did a US event move small caps abroad?"), as the page's regional set card
 * ranks it (/api/event-set?region=R&set=…). Each event's SMB is compounded over the same window of
 * the region's own trading days; events outside the region's data are left out and listed.
 * Rank 1 = the widest gap in favour of small caps; a shortfall is also ranked among shortfalls.
 */
import type { TradingCalendar } from '../calendar/trading-days.ts';
import { compareEvents } from '../events/compare-events.ts';
import { eventSet, type MarketEvent, midtermElections, presidentialElections } from '../events/event-sets.ts';
import { REGIONAL_SETS } from '../events/event-sets-regional.ts';

/** The regional sets' names in prose, by set id. */
export const REGIONAL_SET_NAMES: Record<string, string> = {
  'uk-elections': 'UK general elections',
  'france-elections': 'French presidential elections (second rounds)',
  'germany-elections': 'German federal elections',
};

/**
 * The built-in set holding `date`: a regional set first, then the US presidential and midterm elections,
 * then the Fed's rate decisions (the `fomc` set, each at its own news timing).
 * @example regionalSetFor('2017-06-08')?.name // 'UK general elections'
 */
export function regionalSetFor(date: string): { id: string; name: string; events: MarketEvent[] } | null {
  for (const [id, set] of Object.entries(REGIONAL_SETS))
    if (set.events.some((e) => e.date === date))
      return { id, name: REGIONAL_SET_NAMES[id] ?? id, events: set.events };
  const pres = presidentialElections();
  if (pres.some((e) => e.date === date))
    return { id: 'elections', name: 'US presidential elections', events: pres };
  const mid = midtermElections();
  if (mid.some((e) => e.date === date)) return { id: 'midterms', name: 'US midterm elections', events: mid };
  const fed = eventSet('fomc');
  if (fed.some((e) => e.date === date)) return { id: 'fomc', name: 'Fed rate decisions', events: fed };
  return null;
}

/** The event in its set. */
export interface RegionSetStanding {
  id: string;
  name: string;
  /** Sessions [a, b] relative to t0 on the region's calendar. */
  window: [number, number];
  value: number;
  /** 1 = the widest gap in favour of small caps. */
  rank: number;
  /** 1 = small caps' largest shortfall (for a negative value). */
  shortfallRank: number;
  of: number;
  /** The year of the first event ranked. */
  since: string;
  rows: { date: string; label: string; value: number }[];
  skipped: { label: string; reason: string }[];
}

/**
 * Where the event stands in its set on the region's daily SMB (`rs`, aligned on `calendar`), or null when
 * it is in no set or the set has no complete window in the data.
 * @example regionSetStanding(rs, cal, '2017-06-08', [0, 2])?.rank
 */
export function regionSetStanding(
  rs: Float64Array,
  calendar: TradingCalendar,
  date: string,
  window: [number, number],
  label = 'SMB',
): RegionSetStanding | null {
  const set = regionalSetFor(date);
  if (!set) return null;
  let cmp: ReturnType<typeof compareEvents>;
  try {
    cmp = compareEvents([{ name: label, returns: rs, sign: 1 }], calendar, set.events, { window });
  } catch {
    return null; // no event of the set has a complete window in the region's data
  }
  const row = cmp.rows.find((x) => x.eventDate === date);
  if (!row) return null;
  const of = cmp.rows.length;
  return {
    id: set.id,
    name: set.name,
    window,
    value: row.value,
    rank: row.rank,
    shortfallRank: of - row.rank + 1,
    of,
    since: cmp.rows
      .map((x) => x.eventDate)
      .sort()[0]
      .slice(0, 4),
    rows: cmp.rows.map((x) => ({ date: x.eventDate, label: x.label, value: x.value })),
    skipped: cmp.skipped,
  };
}
