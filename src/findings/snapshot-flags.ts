/**
 * The data-quality flags of `capgap report`'s first look (src/events/quality), and the report's one t0.
 *
 * The choice for a missing session (docs/quality.md): the snapshot measures "k trading days after" in each
 * series' own bars (as src/findings/returns-since.ts and size-window.ts do), so a figure stays a
 * close-to-close return between two real closes; when a series lacks a session, its "1 day" spans more NYSE
 * sessions than 1 and the flag says which and how many ('spans-sessions'), and a series whose own t0 is not
 * the NYSE t0 gets a 't0-moved' flag. The report's header states the NYSE t0 (`t0`, `baseDate` here), which
 * every section shares unless a flag says otherwise.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { nyseCalendar } from '../calendar/nyse.ts';
import { anchorEvent, type NewsTiming, TradingCalendar } from '../calendar/trading-days.ts';
import { type Figure, figureFlags, type QualityFlag, t0Flags } from '../events/quality/index.ts';

/** What the flags read: the snapshot's inputs (src/findings/snapshot-types.ts SnapshotData fits). */
export interface SnapshotFlagData {
  prices: { id: string; days: Int32Array; values: Float64Array; offSession?: readonly string[] }[];
  dailyVW: { days: Int32Array; returns: Record<string, Float64Array> };
  market: { days: Int32Array; values: Float64Array };
}

/** Options of `snapshotFlags`. */
export interface SnapshotFlagOptions {
  event: string;
  /** Defaults to 'after-close'. */
  timing?: NewsTiming;
  /** Sessions after the base close each price is checked over; defaults to [1, 3, 5, 20]. */
  horizons?: number[];
  /** A date each price is also checked to. */
  to?: string;
  /** The size window [a, b] relative to t0; defaults to [0, 2]. */
  window?: [number, number];
  /**
   * The calendar the sessions are checked against and its name in sentences; defaults to the NYSE's. A
   * region's answers pass its own trading days (the dates of its French file) and its label.
   */
  calendar?: { days: TradingCalendar; name: string };
  /** The size and market series' names in the flags; default 'French size portfolios', 'market (Mkt-RF + RF)'. */
  seriesNames?: { size: string; market: string };
}

/** The report's t0 and base close on the NYSE calendar (or `options.calendar`), and the flags. */
export interface SnapshotFlags {
  t0: string;
  baseDate: string;
  flags: QualityFlag[];
}

const SIZE = 'French size portfolios';
const MARKET = 'market (Mkt-RF + RF)';

/**
 * Flags for every index and fund over each horizon (and to `to`), and for the size portfolios and the market
 * over the size window.
 * @example snapshotFlags(inputs, { event: '2016-11-08' }).flags // [] on the embedded data
 */
export function snapshotFlags(data: SnapshotFlagData, o: SnapshotFlagOptions): SnapshotFlags {
  const timing = o.timing ?? 'after-close';
  const cal = o.calendar?.days ?? nyseAround(data, o.event);
  const calendarName = o.calendar?.name ?? 'NYSE';
  const anchor = anchorEvent(cal, o.event, timing);
  const flags: QualityFlag[] = t0Flags(cal, anchor, [], calendarName);
  for (const p of data.prices) {
    if (p.days.length < 2) continue;
    const own = tryAnchor(p.days, o.event, timing);
    if (!own) continue;
    flags.push(
      ...t0Flags(cal, anchor, [{ name: p.id, ...own }], calendarName).filter((f) => f.series !== 'all'),
    );
    const base = p.days.indexOf(toDay(own.baseDate));
    const figures: Figure[] = [];
    for (const k of o.horizons ?? [1, 3, 5, 20]) {
      const i = base + k;
      const nominal = cal.days[Math.min(anchor.t0 + k - 1, cal.days.length - 1)];
      const to = i < p.days.length ? p.days[i] : Math.max(nominal, p.days[p.days.length - 1] + 1);
      const value = i < p.days.length ? p.values[i] / p.values[base] - 1 : Number.NaN;
      const figure = `${k} day${k > 1 ? 's' : ''}`;
      figures.push({ figure, from: own.baseDate, to: fromDay(to), sessions: k, values: { [p.id]: value } });
    }
    if (o.to) {
      const j = new TradingCalendar(p.days).indexOnOrBefore(toDay(o.to));
      if (j > base) {
        const value = p.values[j] / p.values[base] - 1;
        figures.push({
          figure: `to ${o.to}`,
          from: own.baseDate,
          to: fromDay(p.days[j]),
          values: { [p.id]: value },
        });
      }
    }
    flags.push(...figureFlags([{ name: p.id, kind: 'level', ...p }], figures, cal, { calendarName }));
  }
  const names = o.seriesNames ?? { size: SIZE, market: MARKET };
  flags.push(...sizeFlags(data, cal, calendarName, names, anchor, o.event, timing, o.window ?? [0, 2]));
  return { t0: anchor.t0Date, baseDate: anchor.baseDate, flags };
}

/** The NYSE's sessions from 400 days before the event to the last date of the data (40 days past it at least). */
function nyseAround(data: SnapshotFlagData, event: string): TradingCalendar {
  const ends = [...data.prices.map((p) => p.days[p.days.length - 1]), data.dailyVW.days.at(-1) ?? 0];
  const last = Math.max(toDay(event) + 40, ...ends.filter(Number.isFinite));
  return nyseCalendar({ from: fromDay(toDay(event) - 400), to: fromDay(last) });
}

function tryAnchor(days: Int32Array, event: string, timing: NewsTiming) {
  try {
    const a = anchorEvent(new TradingCalendar(days), event, timing);
    return { t0Date: a.t0Date, baseDate: a.baseDate };
  } catch {
    return null; // the snapshot notes why (the data do not reach the event)
  }
}

/** The size window in the size file's own sessions, checked for it and for the market. */
function sizeFlags(
  data: SnapshotFlagData,
  cal: TradingCalendar,
  calendarName: string,
  { size: SIZE, market: MARKET }: { size: string; market: string },
  anchor: ReturnType<typeof anchorEvent>,
  event: string,
  timing: NewsTiming,
  [a, b]: [number, number],
): QualityFlag[] {
  const days = data.dailyVW.days;
  const own = tryAnchor(days, event, timing);
  if (!own) return [];
  const t0 = days.indexOf(toDay(own.t0Date));
  if (t0 + a - 1 < 0 || t0 + b >= days.length) return [];
  const out = t0Flags(cal, anchor, [{ name: SIZE, ...own }], calendarName).filter((f) => f.series !== 'all');
  const any = Object.values(data.dailyVW.returns)[0] ?? new Float64Array(days.length);
  const w: Figure = {
    figure: `size [t0+${a}, t0+${b}]`,
    from: fromDay(days[t0 + a - 1]),
    to: fromDay(days[t0 + b]),
    sessions: b - a + 1,
    values: { [SIZE]: 0, [MARKET]: 0 },
  };
  // Portfolio returns are not checked for split-like moves (a −50% day of a value-weighted portfolio is not a
  // split): the size file is checked for its sessions only, through zero returns on its own days.
  const size = { name: SIZE, kind: 'return' as const, days, values: new Float64Array(any.length) };
  const market = { name: MARKET, kind: 'return' as const, ...data.market };
  out.push(...figureFlags([size, market], [w], cal, { calendarName }));
  return out;
}
