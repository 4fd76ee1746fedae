/**
 * Data-quality flags: what an output says beside a number that depends on a suspect input (issue 18,
 * "no silent wrong number"). A flag is a plain object with a stable `kind` (docs/quality.md lists them), the
 * series it concerns ('all' when every series of the output shares it), the dates, a sentence for a reader
 * (`detail`) and what it does to the figure (`effect`).
 */

/** The kinds of flag, a stable vocabulary (JSON consumers switch on it). */
export const FLAG_KINDS = [
  /** NYSE (or the region's) sessions inside the window with no bar of the series. */
  'missing-session',
  /** The series' t0 is not the calendar's (no bar on t0), or the event date was not a session. */
  't0-moved',
  /** A close-to-close move the size of a split the prices were not adjusted for (2:1, 1:10, ...). */
  'split-like-move',
  /** The series ends before the window ends. */
  'ends-early',
  /** The series starts after the window begins. */
  'starts-late',
  /** Bars dated on days that were not sessions (kept out of the figures). */
  'off-session-bar',
] as const;

export type FlagKind = (typeof FLAG_KINDS)[number];

/**
 * What the flagged condition does to the figure:
 * - `withheld`: the figure is not given (n/a) rather than computed across the gap;
 * - `spans-sessions`: the figure is given but covers more sessions than its label says;
 * - `moved`: the figure is measured from another t0 (or base close) than the calendar's;
 * - `may-be-wrong`: the figure is given and may be wrong (an unadjusted split inside the window);
 * - `unaffected`: the figure does not use the suspect input; said so the reader knows it was seen.
 */
export type FlagEffect = 'withheld' | 'spans-sessions' | 'moved' | 'may-be-wrong' | 'unaffected';

/** One flag. */
export interface QualityFlag {
  kind: FlagKind;
  /** The series' name as the output shows it, or 'all' when every series of the output shares the flag. */
  series: string;
  /** The dates concerned (ISO): missing sessions, the moved t0, the day of the move, the last bar, ... */
  dates: string[];
  /** A sentence for a reader: what is wrong and what the figure is, e.g. "^RUT has no bars for ...". */
  detail: string;
  effect: FlagEffect;
  /** The figure it concerns, as the output labels it ('1 day', '[0, 2]', 'size [t0+0, t0+2]'), if one. */
  figure?: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** 'Saturday' for an ISO date. */
export function weekdayName(iso: string): string {
  return WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];
}

/**
 * A calendar's name with its article, as said aloud: 'an NYSE', 'a Europe', 'a US', 'an Asia Pacific ex Japan'.
 * @example withArticle('Europe') // 'a Europe'
 */
export function withArticle(name: string): string {
  return `${/^(?:NYSE|[AIO]|E(?!u))/.test(name) ? 'an' : 'a'} ${name}`;
}

/**
 * Dates in words: '2016-11-09', '2016-11-09 and 2016-11-10', '2016-11-09, 2016-11-10 and 2016-11-11';
 * more than `max` become '2016-11-09, 2016-11-10, … (12 sessions)'.
 * @example listDates(['2016-11-09', '2016-11-10']) // '2016-11-09 and 2016-11-10'
 */
export function listDates(dates: readonly string[], max = 4): string {
  if (dates.length <= 1) return dates[0] ?? '';
  if (dates.length > max) return `${dates.slice(0, max - 1).join(', ')}, … (${dates.length} sessions)`;
  return `${dates.slice(0, -1).join(', ')} and ${dates[dates.length - 1]}`;
}

/**
 * The flags as text lines for a terminal or a Markdown list ('- ^RUT has no bars ...').
 * @example flagLines([flag]) // ['! ^RUT has no bars for 2016-11-09 and 2016-11-10: ...']
 */
export function flagLines(flags: readonly QualityFlag[], bullet = '!'): string[] {
  return flags.map((f) => `${bullet} ${f.detail}`);
}
