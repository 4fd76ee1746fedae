/**
 * Two parts of a read claim as the sentence wrote them: the comparator ("more than", "about", a range) and
 * the record phrase ("widest since 2008", "its third-best week of the year"). Re-exported by ./claim-read.ts.
 */

/** The built-in event sets a claim averages or tallies over (../events/event-sets.ts `eventSet`). */
export type EventSetName = 'elections' | 'midterms' | 'fomc-first-cuts' | 'fomc-cuts' | 'fomc-hikes';

/**
 * How the stated number is to be compared, on the signed value in the claim's unit. For every kind, a
 * computed value v holds when:
 * - eq: v rounds to the stated value at the precision written: lo ≤ v < hi with [lo, hi) = stated ± half a
 *   unit of the last digit (7.2 → [7.15, 7.25)); for a negative stated value the interval is (lo, hi]
 *   (rounding half away from zero);
 * - gt ("more than", "over", "above"): v > lo;  gte ("at least"): v ≥ lo;
 * - lt ("less than", "under", "below"): v < hi;  lte ("up to", "at most"): v ≤ hi;
 * - approx ("about", "around", "roughly", "some", "nearly", "almost", "close to"): lo ≤ v ≤ hi, with the
 *   tolerances of APPROX_TOLERANCES in src/findings/article/comparators.ts;
 * - range ("between 3 and 4 per cent", "3-4%"): lo ≤ v < hi, each end widened by half a unit.
 * A sign from the verb flips the comparator: "trailed by more than 4 per cent" is lt with hi = −4.
 */
export interface Comparator {
  kind: 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'approx' | 'range';
  /** Lower bound (in the claim's unit, signed); absent for lt/lte. */
  lo?: number;
  /** Upper bound (in the claim's unit, signed); absent for gt/gte. */
  hi?: number;
  /** The comparator words as written ('more than', 'about'); absent for a bare number. */
  words?: string;
}

/**
 * A record phrase: "best on record", "record inflows" (best-on-record), "worst on record", "widest since
 * 2008", "biggest weekly gain since 2020" (since-year, with `sinceYear`), "on track for", "set to be"
 * (provisional: the period has not ended); "largest … since records began (in July 1926)" is on record
 * (best or worst by direction); "the 3rd largest of 25 … since 1928" is a rank. `period` is the ranked period if said ('day', 'week', 'month',
 * 'quarter', 'year'); `direction` which way the record goes ('gain' | 'loss'; inflows are gains).
 */
export interface RecordPhrase {
  kind: 'best-on-record' | 'worst-on-record' | 'widest-since' | 'biggest-since' | 'rank' | 'streak';
  sinceYear?: number;
  /**
   * 'YYYY-MM' when the phrase names a month without its year ("its best day since June"): the last such
   * month before the article's (the year inferred, so the judge matches the month, not just the year).
   */
  sinceMonth?: string;
  /** With `sinceYear`: an era's last year ("since the financial crisis": 2007 to 2009). */
  untilYear?: number;
  /**
   * With `sinceYear`: a lower bound ("since at least 2010", "in more than five years", "in over a decade"):
   * the run may reach back further, so the period that breaks it may fall in `sinceYear` or earlier.
   */
  orEarlier?: boolean;
  /** For 'rank' ("the 3rd largest of 25 US presidential elections since 1928"): the rank and the count. */
  rank?: number;
  of?: number;
  period?: 'day' | 'week' | 'month' | 'quarter' | 'year';
  direction?: 'gain' | 'loss';
  /** True for "on track to", "set to be", "heading for": a period still running (month-to-date). */
  provisional?: boolean;
  /** For a rank within a stretch ("its third-best week of the year", "third-worst day since the election"):
   * only periods ending on or after this ISO date are ranked. */
  from?: string;
  /** Only this month of the year (1–12) is ranked: "the widest for any November since 1980". */
  ofMonth?: number;
  /** A place among the events a note defined its measure over ("The gap was widest after the 2016 election"). */
  amongEvents?: boolean;
  /**
   * With `amongEvents`: the window after each event as the note names it ("the three months after each
   * midterm": the same calendar span after each, as a tally counts it), not the claimed event's sessions.
   */
  after?: { unit: 'day' | 'week' | 'month' | 'year'; n: number };
  /** A price level ("a record high": the highest close), ranked among earlier closes. */
  level?: boolean;
  /**
   * With `level`: a round level the close is the first past ("closed above 1,850 for the first time", "…
   * for the first time since 2018"): no earlier close went past it (since the year: the last one that did
   * fell in it). The level is the close's own bound, checked as the claim's comparator.
   */
  past?: number;
  /** With `past` and `sinceMonth`: the day of the month named ("for the first time since Nov. 10": 10). */
  sinceDay?: number;
  /**
   * With `level`: a close reached some time in the window ("fell to its lowest since 2001 this summer"): the
   * window's lowest (highest) close is ranked, not its last. With `streak`: a run that ended some time in the
   * window ("rose in 15 straight sessions after the vote").
   */
  within?: boolean;
  /**
   * With `level`: a close said to be near the record, not at it ("near their weakest level in two decades"):
   * "near" names no distance, so the check reports the record close and the distance from it.
   */
  near?: boolean;
  /**
   * A start to a period ("its best start to a year since 2019"): the period's first sessions so far, ranked
   * among the same starts of earlier periods (../record-start.ts); `startMonth` (1–12) for "to November";
   * `startUnit` for a year's first stretch ("its best first week of a year": each year's first calendar week).
   */
  start?: boolean;
  startMonth?: number;
  startUnit?: 'day' | 'week' | 'month' | 'quarter';
  /** With `level`: how many record closes the period held ("closed at a record 8 times this month": 8). */
  times?: number;
  /**
   * With `level`: the time since the last record close ("has gone more than 750 trading days without a record
   * close": 750 sessions, more than), in sessions, calendar days, weeks, months or years (./record-drought.ts);
   * `ended`: the claimed close is a record that ends it ("its first record close in almost four years": the
   * time from the record before it).
   */
  drought?: {
    count: number;
    unit: 'session' | 'day' | 'week' | 'month' | 'year';
    comparator: Comparator;
    ended?: true;
  };
  /**
   * A tally ("in seven of the past ten sessions": { hits: 7, of: 10 }, with kind 'streak' and streak 0): how
   * many of the last `of` periods went the record's `direction` (../record-tally.ts).
   */
  tally?: {
    hits: number;
    /** How many periods or events were counted; none when `sinceYear` names the set. */
    of?: number;
    /** Over events ("in the month after seven of the last ten presidential elections"): the set and window. */
    events?: EventSetName;
    after?: { unit: 'day' | 'week' | 'month' | 'year'; n: number };
    /** Over every event from this year whose window has closed ("positive after 10 of them", a note's set). */
    sinceYear?: number;
    /**
     * A share of the events in per cent, not a count ("about 60% of the time"): `hits` is NaN and the share
     * counted must fall within `comparator` (./article/share-tally.ts).
     */
    share?: { stated: number; comparator: Comparator };
    /** "after every midterm election since 1946": each of them went the record's way (`hits` is NaN). */
    all?: boolean;
    /** With `all`: the years of the events that went the other way ("every election since 1988 except 2000 and 2008"). */
    except?: number[];
    /** Each event's span to its own year's end, said by the tally's words ("from Election Day to year-end"). */
    toYearEnd?: true;
    /**
     * A run of events (`hits` = `of` = its length): 'exact', the last `of` went the record's way and the one
     * before did not ("for the fourth straight election"); 'ended', the `of` before the last did and the last
     * did not ("ended a run of nine straight elections").
     */
    run?: 'exact' | 'ended';
    /**
     * Only moves beyond a size count ("its fourth decline of more than 2.5% in eight sessions": 2.5, strict;
     * "of 2% or more", "of at least 2%": inclusive), in per cent, the magnitude in the record's direction.
     */
    beyond?: { pct: number; inclusive: boolean };
    /** A place in a calendar period so far ("its second loss of the year"): `of` is that period's count. */
    soFar?: 'week' | 'month' | 'year';
  };
  /** A run of several periods ("its best three-day run": 3, period 'day'), ranked among earlier runs. */
  stretch?: number;
  /**
   * A record said by likeness to the move just told ("haven't had a day like this since Nov 2022"): 'back' takes
   * that move's window and direction, 'named' its window only (a "sell-off like this" names its side).
   */
  likeThis?: 'back' | 'named';
  /**
   * A streak ("its 10th straight decline": 10; "the longest losing streak since 1974" alone: 0): the number
   * of consecutive periods moving the record's `direction` through the claimed one, as stated. With kind
   * 'streak' the count alone is claimed; with 'biggest-since' or 'best-on-record', also that no longer
   * streak came since the year (or ever).
   */
  streak?: number;
  /**
   * With `streak` or `tally`: the periods counted are a fund's or a category's flows, not its returns ("IWM
   * attracted inflows for three straight weeks": weeks of net inflows; `direction` 'loss' counts outflows).
   */
  flows?: boolean;
  /**
   * With `streak`: the streak ended on the claimed period ("snapped a three-day winning streak"): the
   * `streak` periods before it went the record's `direction`, the claimed one the other way.
   */
  ended?: boolean;
  /** The words as written ('widest since 2008'). */
  words: string;
}
