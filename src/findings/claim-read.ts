/**
 * What reading an article yields: sentences, each with zero or more claims, each claim with one or more
 * readings. A `ReadClaim` is a `Claim` (so `checkClaim` takes it as is) plus everything the sentence said
 * as written: structured subjects, the comparison target, the comparator, the precision of the number,
 * the sign's source, record phrases and the character offsets of every number in the article.
 * The reader is src/findings/article/read.ts (`readArticle`); conventions are in docs/report.md, "Reading
 * articles".
 */
import type { Claim } from './claim.ts';
import type { Comparator, EventSetName, RecordPhrase } from './claim-phrases.ts';

export type { Comparator, RecordPhrase } from './claim-phrases.ts';

/**
 * A size group as written: "the smallest 10 per cent", "the bottom decile", "the largest fifth", "the
 * top third". `fraction` is the share of stocks: 0.1 (10 per cent, tenth, decile), 0.2 (fifth, quintile),
 * 0.25 (quarter, quartile), 0.3 (30 per cent), 1/3 (third, tercile), 0.5 (half), or any whole percent
 * written (0.15 for "the smallest 15 per cent"). Which stocks and which
 * breakpoints (French's NYSE deciles or stock-built buckets) is the checker's convention search.
 */
export interface SizeGroup {
  kind: 'size-group';
  side: 'small' | 'large';
  fraction: number;
}

/**
 * One subject a claim speaks of. Vocabulary (the string in `Claim.subjects` in brackets):
 * - `security`: an index ('^RUT' Russell 2000, '^GSPC' S&P 500, '^DJI' Dow, '^IXIC' Nasdaq Composite,
 *   '^RUI' Russell 1000, '^RUA' Russell 3000) or a fund by ticker ('IWM'), names from data/etfs.csv [id];
 * - `size-group`: see SizeGroup ['Lo 10', 'Hi 20', 'Lo 30' where French publishes the group, otherwise
 *   'Lo 1/3', 'Hi 1/4', 'Lo 1/2'];
 * - `size-class`: "small caps", "mega caps", "micro caps", "mid caps", "large caps": a class with no
 *   stated cut-off; the reader gives readings for it (the Russell 2000 and French Lo 30 for small caps)
 *   ['small caps']; with a `style` ("small-cap value stocks"), the style indexes' ETFs ['small caps value'];
 * - `category`: a fund category for flows ('US small cap', 'US mid cap', 'US large cap') [same];
 * - `market`: the value-weighted market ("the market", "the broader market", "the market average
 *   return") ['market']; `universe`: every stock equally ("the wider stock universe") ['universe'];
 * - `sector`: a GICS sector as newsrooms name it ("industrials", "bank stocks", "tech stocks"), with a size
 *   when said ("small-cap industrials") ['sector:Industrials', 'sector:Industrials:small']; "banks" stay
 *   'sector:Banks' (checked as the Financials sector, or KBE/KRE where the store holds them, and the verdict
 *   says so);
 * - `region`: a region's small caps, large caps or market ("European small caps", "stocks in Europe", "the
 *   developed world outside the US") ['europe:small', 'europe:large', 'europe:market'];
 * - `unheld`: something capgap holds no series for ("UK small caps", a regional claim in local currency)
 *   ['unheld:uk-small']: the verdict is `cannot check`, naming what would be needed (../claim-regions.ts).
 */
export type ClaimSubject =
  | { kind: 'security'; id: string }
  | SizeGroup
  /** A size class ("small caps"), with a style ("small-cap value"); `all`: a style of any size ("value stocks"). */
  | {
      kind: 'size-class';
      size: 'micro' | 'small' | 'mid' | 'large' | 'mega' | 'all';
      style?: 'value' | 'growth';
    }
  | { kind: 'category'; category: string }
  | { kind: 'market' }
  | { kind: 'universe' }
  | { kind: 'sector'; sector: string; size?: 'small' | 'large' }
  | { kind: 'region'; region: string; leg: 'small' | 'large' | 'market' }
  | { kind: 'unheld'; id: string };

/**
 * What an excess return or spread is measured against, as written: 'market' ("the market", "the broader
 * market", "the market average return"), 'universe' ("the wider stock universe"), 'opposite-group' ("their
 * peers at the opposite end of the market capitalisation spectrum": the opposite group of the same size,
 * which is then `subjects[1]`), 'group' (a size group or class named: "beat large caps"), or 'security' (an
 * index or fund named: "outperformed the S&P 500"). Named targets are `subjects[1]`.
 */
export type ComparisonTarget = 'market' | 'universe' | 'opposite-group' | 'group' | 'security';

/** Character offsets [start, end) in the article text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * How the stated number was written: "7.2" → { written: '7.2', decimals: 1, halfUnit: 0.05 };
 * "$6.5bn" → { written: '6.5', decimals: 1, halfUnit: 0.05e9 } (half a unit in the claim's unit).
 */
export interface StatedPrecision {
  written: string;
  decimals: number;
  halfUnit: number;
}

/**
 * One claim read from a sentence. `stated` is signed and in `unit` (see ClaimUnit); `tolerance` is the
 * half-unit for eq, the approx tolerance for approx, and 0 otherwise (the comparator decides).
 */
export interface ReadClaim extends Claim {
  /** Structured subjects, in the order of `subjects` (the measured one first). */
  parsedSubjects: ClaimSubject[];
  /** What an excess return or spread is measured against, as written. */
  target?: ComparisonTarget;
  comparator: Comparator;
  precision: StatedPrecision;
  /** The currency of a money value as written (a non-USD flow cannot be checked against USD data). */
  currency?: 'USD' | 'GBP' | 'EUR';
  /** Where the sign came from: a verb ("fell", "trailed"), the number ("-2%", "minus"), or neither (+). */
  signSource: 'verb' | 'number' | 'none';
  record?: RecordPhrase;
  /**
   * An average over events ("across the 10 presidential elections since 1980, … averaged 0.6 points"): the
   * stated number is the mean of the same window after each (../event-average.ts).
   */
  average?: {
    events: EventSetName;
    of?: number;
    sinceYear?: number;
    /** The years of the events named one by one ("the 1992 and 1996 elections"): those events only. */
    years?: number[];
    /** The last day read (the article's date, kept for the reproducing command). */
    through?: string;
    /** "a median gain of 3.1%": the median of the events' values, not their mean. */
    stat?: 'median';
    words: string;
  };
  /** For a `rank` claim: from which end ("led the rally": top; "led the declines": bottom) and the words. */
  rank?: { end: 'top' | 'bottom'; words: string; among?: boolean };
  /** The stated number with its unit in the article ("7.2 per cent", "$6.5bn"). */
  span: TextSpan;
  /** Every number of the claim in the article, stated value first (range ends, day counts, years). */
  numberSpans: TextSpan[];
  /** How the window was found: said in the sentence, carried over from an earlier claim, or a default. */
  windowSource: 'sentence' | 'carried' | 'default';
  /** The verb is negated ("has not fallen more than 2%"): checked as the plain claim's negation. */
  negated?: boolean;
  /**
   * A gap with no side stated ("the gap between the Russell 2000 and the S&P 500 was 8.9 points"): the
   * stated magnitude either way (./verdict-rules.ts); the verdict prints the signed value.
   */
  unsigned?: true;
  /** An intraday time ("As of 11:30 a.m."): the data hold closes, so the claim cannot be checked. */
  intraday?: string;
}

/**
 * A claim and its readings. One reading: the sentence is clear. Several: a careful reader would find it
 * ambiguous too (`why` says how), and each reading is checked; the sentence is ambiguous only if the
 * readings' verdicts differ.
 */
export interface ClaimReadings {
  id: string;
  readings: ReadClaim[];
  why?: string;
}

/**
 * A sentence of the article and what it says. `status`: 'claims' (one or more ClaimReadings), 'not a
 * quantitative claim' (headlines, quotes, opinions, sentences with no checkable number; `reason` says
 * which; never an error), 'unreadable' (it has a number the grammar cannot place; `reason` says what).
 */
export interface ReadSentence {
  index: number;
  text: string;
  span: TextSpan;
  /** 'headline' (a line with no final stop), 'bullet' (a list item), 'quote' (inside quotation marks) or 'sentence'. */
  form: 'headline' | 'bullet' | 'quote' | 'sentence';
  status: 'claims' | 'not a quantitative claim' | 'unreadable';
  claims: ClaimReadings[];
  reason?: string;
  /** Who is quoted ("Jane Holt", 'an unnamed speaker') when the sentence quotes someone. */
  attribution?: string;
}

/** Options of readArticle: the event that "the election" names and the article's date. */
export interface ReadOptions {
  /** ISO date of the event the article speaks of ("the election", "the vote", "election day"). */
  event?: string;
  /**
   * ISO date of the article (--to): the end of "since" windows that give none, the reference for "last
   * week" (the week before the one holding `to`) and "this month" (`to`'s month).
   */
  to?: string;
  /** Prefix of claim ids ('s3-1' by default: sentence 3, claim 1; readings add a, b, …). */
  idPrefix?: string;
  /** Funds known by name and ticker (data/etfs.csv rows: pass the registry); defaults to the funds of ../names.ts. */
  funds?: readonly { ticker: string; name: string }[];
  /**
   * Set by the reader, not the caller: the elections an earlier sentence of a note said it measures after
   * each of ("we looked at how the smallest stocks did in the month after each presidential election since
   * 1992"): a later "On average, …" that names none is over them (./article/average-words.ts `averageOver`),
   * and a later "in five of the last eight elections" counts that window after each (`after`).
   */
  eachEvents?: ReadClaim['average'] & { after?: NonNullable<RecordPhrase['tally']>['after'] };
  /** Set by the reader: the event of the last window an earlier sentence named ("Four years later, …"). */
  spokenEvent?: string;
  /** Set by the reader: the Fed decision the article names beside its event (./article/decision-day.ts). */
  decision?: string;
  /**
   * Set from a prepared article (./article/prepare.ts `readOptionsOf`): `to` is the session before the
   * article's own date (a morning note, a next-day story), so its "yesterday" is `to` itself.
   */
  morning?: boolean;
}
