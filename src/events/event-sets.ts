/**
 * Events and built-in event sets. An event is a date, when its news reached the market (which sets t0, see
 * ../calendar/trading-days.ts), a label and tags.
 * - US presidential elections 1928–2024 and midterms 1930–2022: the Tuesday after the first Monday of
 *   November; results arrive after the close, so t0 is the next session (2000 stayed undecided until 12 Dec
 *   and 2020 was called on 7 Nov: the convention is kept, the label says so).
 * - Brexit referendum: 2016-06-23, polls closed at 22:00 London time, after the US close.
 * - Fed rate decisions (`fomc`): every change to the federal funds target, 2001–2025 (./event-sets-fomc.ts).
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { nthWeekday } from '../calendar/nyse-holidays.ts';
import { NEWS_TIMINGS, type NewsTiming } from '../calendar/trading-days.ts';
import { fomcChanges, fomcFirstCuts } from './event-sets-fomc.ts';
import { REGIONAL_SETS } from './event-sets-regional.ts';

/** A market event. */
export interface MarketEvent {
  date: string;
  timing: NewsTiming;
  label: string;
  tags: string[];
}

const WINNERS: Record<number, [string, string]> = {
  1928: ['Hoover', 'R'],
  1932: ['Roosevelt', 'D'],
  1936: ['Roosevelt', 'D'],
  1940: ['Roosevelt', 'D'],
  1944: ['Roosevelt', 'D'],
  1948: ['Truman', 'D'],
  1952: ['Eisenhower', 'R'],
  1956: ['Eisenhower', 'R'],
  1960: ['Kennedy', 'D'],
  1964: ['Johnson', 'D'],
  1968: ['Nixon', 'R'],
  1972: ['Nixon', 'R'],
  1976: ['Carter', 'D'],
  1980: ['Reagan', 'R'],
  1984: ['Reagan', 'R'],
  1988: ['Bush', 'R'],
  1992: ['Clinton', 'D'],
  1996: ['Clinton', 'D'],
  2000: ['Bush', 'R'],
  2004: ['Bush', 'R'],
  2008: ['Obama', 'D'],
  2012: ['Obama', 'D'],
  2016: ['Trump', 'R'],
  2020: ['Biden', 'D'],
  2024: ['Trump', 'R'],
};

/**
 * The day a presidential race was called where that was not election night: 2000's by the Supreme Court's
 * ruling on the night of Dec. 12, 2020's by the networks on Saturday, Nov. 7. "Since the race was called"
 * runs from the last close before it (../findings/article/window-race-call.ts).
 */
export const RACE_CALLED: Readonly<Record<string, string>> = {
  '2000-11-07': '2000-12-12',
  '2020-11-03': '2020-11-07',
};

/** US federal election day of `year`: the Tuesday after the first Monday of November. */
export function electionDay(year: number): string {
  return fromDay(nthWeekday(year, 11, 1, 1) + 1);
}

/**
 * US presidential elections from `from` to `to` (every fourth year from 1928), news after the close.
 * @example presidentialElections(2016, 2016)[0].date // '2016-11-08'
 */
export function presidentialElections(from = 1928, to = 2024): MarketEvent[] {
  const out: MarketEvent[] = [];
  for (let y = 1928; y <= to; y += 4) {
    if (y < from) continue;
    const w = WINNERS[y];
    const party = w ? (w[1] === 'R' ? 'republican' : 'democrat') : 'unknown';
    const note = y === 2000 ? ' (undecided until 12 Dec)' : y === 2020 ? ' (called 7 Nov)' : '';
    out.push({
      date: electionDay(y),
      timing: 'after-close',
      label: `${y} presidential election${w ? ` (${w[0]})` : ''}${note}`,
      tags: ['us', 'election', 'presidential', party],
    });
  }
  return out;
}

/** US midterm elections from `from` to `to` (every fourth year from 1930), news after the close. */
export function midtermElections(from = 1930, to = 2022): MarketEvent[] {
  const out: MarketEvent[] = [];
  for (let y = 1930; y <= to; y += 4) {
    if (y >= from)
      out.push({
        date: electionDay(y),
        timing: 'after-close',
        label: `${y} midterm election`,
        tags: ['us', 'election', 'midterm'],
      });
  }
  return out;
}

/** The Brexit referendum (results overnight, after the US close). */
export const BREXIT: MarketEvent = {
  date: '2016-06-23',
  timing: 'after-close',
  label: 'Brexit referendum',
  tags: ['uk', 'referendum'],
};

/** The names of the built-in US sets (and Brexit), offered by the API and the page. */
export const EVENT_SETS = ['elections', 'midterms', 'brexit', 'fomc'] as const;

/** Every built-in set, with the regional ones of ./event-sets-regional.ts. */
export const ALL_EVENT_SETS: readonly string[] = [...EVENT_SETS, ...Object.keys(REGIONAL_SETS)];

/**
 * A built-in event set by name.
 * @example eventSet('elections').length // 25
 */
export function eventSet(name: string): MarketEvent[] {
  if (name === 'elections') return presidentialElections();
  if (name === 'midterms') return midtermElections();
  if (name === 'brexit') return [BREXIT];
  if (name === 'fomc') return fomcChanges();
  // The first cut of each Fed easing cycle: a set averages and tallies name ("after the first cut of the
  // past six easing cycles"), not offered on the page.
  if (name === 'fomc-first-cuts') return fomcFirstCuts();
  // Every cut (or hike) of the table: "after each of the three cuts this year".
  if (name === 'fomc-cuts' || name === 'fomc-hikes')
    return fomcChanges().filter((e) => e.tags.includes(name === 'fomc-cuts' ? 'cut' : 'hike'));
  if (REGIONAL_SETS[name]) return REGIONAL_SETS[name].events;
  throw new Error(
    `invalid event set: ${JSON.stringify(name)}; expected one of ${ALL_EVENT_SETS.join(', ')}, fomc-first-cuts, fomc-cuts, fomc-hikes or a CSV/JSON file`,
  );
}

let byDate: Map<string, MarketEvent & { set: string }> | undefined;

/**
 * The built-in event on a date, with its set's name: the US sets first (EVENT_SETS order), then the regional
 * ones. What a date typed without a news timing defaults to (a Fed decision's is intraday, an election's
 * after the close), for the CLI, the API and the claim checker alike.
 * @example builtInEvent('2022-03-16')?.timing // 'intraday'
 */
export function builtInEvent(date: string): (MarketEvent & { set: string }) | undefined {
  if (!byDate) {
    byDate = new Map();
    for (const set of ALL_EVENT_SETS)
      for (const e of eventSet(set)) if (!byDate.has(e.date)) byDate.set(e.date, { ...e, set });
  }
  return byDate.get(date);
}

/** Checks and completes one event read from a user file. */
export function makeEvent(raw: Record<string, unknown>, where: string): MarketEvent {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error(`${where}: expected an event {date, timing?, label?, tags?}, got ${JSON.stringify(raw)}`);
  const date = String(raw.date ?? '').trim();
  try {
    toDay(date);
  } catch {
    throw new Error(`${where}: invalid date ${JSON.stringify(date)}; expected YYYY-MM-DD`);
  }
  const timing = String(raw.timing ?? '').trim() || 'after-close';
  if (!(NEWS_TIMINGS as readonly string[]).includes(timing)) {
    throw new Error(
      `${where}: invalid timing ${JSON.stringify(timing)}; expected one of ${NEWS_TIMINGS.join(', ')}`,
    );
  }
  const tags = Array.isArray(raw.tags)
    ? raw.tags.map(String)
    : String(raw.tags ?? '')
        .split(';')
        .map((t) => t.trim())
        .filter(Boolean);
  return { date, timing: timing as NewsTiming, label: String(raw.label ?? '').trim() || date, tags };
}
