/** What the article reader carries from one sentence to the next (./read.ts, ./remember.ts). */

import type { ClaimWindow, Extreme } from '../claim.ts';
import type { ClaimSubject, ComparisonTarget } from '../claim-read.ts';
import type { DefinedMeasure } from './measure-define.ts';
import type { Rebase } from './rebased.ts';

/** What carries from one sentence to the next: its last window and subject. */
export interface ArticleContext {
  window?: ClaimWindow;
  subject?: ClaimSubject;
  /** The returns the last sentence that stated any stated: "the gap between the two" in the next one. */
  returns?: (EarlierSpread & { subjects: string[]; stated: number })[];
  /** The last return stated of each index (^RUT, ^GSPC …), the latest last: "the gap between the two indexes". */
  indexReturns?: (EarlierSpread & { subjects: string[]; stated: number })[];
  /** The period of the last flow stated over a named week or period: a later flow with no period is in it. */
  flowPeriod?: ClaimWindow;
  /** The week or month the article's title names ("… (week ended Dec. 9, 2016)"): a number naming no period is in it. */
  titlePeriod?: ClaimWindow;
  /** The stretch from the dated close the last sentence's distance was measured from: "over the same period". */
  stretch?: ClaimWindow;
  /** The windows the article's claims used, the latest last: "over the same two days" finds its stretch. */
  recent?: ClaimWindow[];
  /** The last one-day window the article used: what a later "on the day" means. */
  day?: ClaimWindow;
  /** The spreads and excess returns the last sentence with a claim stated: a later bare "the gap" is one. */
  spreads?: EarlierSpread[];
  /** The measure a note defined ("We measured … minus … over …"): a later "the average gap" averages it. */
  measure?: DefinedMeasure;
  /** With no article event, the US election the article last named by year or winner (./named-election.ts). */
  election?: string;
  /** The date of the news the article last dated ("vaccine news on Nov. 9"): "the announcement" later. */
  news?: string;
  /** Set while a table's rows are read (./table-read.ts): their sentences are made, not written. */
  inTable?: boolean;
  /** The one window a table's rows shared: the next sentence, naming none, speaks of it ("Key point: …"). */
  tableWindow?: ClaimWindow;
  /** The securities the article has named so far, the latest last: "the mid-cap index" two sentences on. */
  indexes?: ClaimSubject[];
  /** The index a fund's document named its benchmark ("for its benchmark, the Russell 2000 Index"): "the benchmark". */
  benchmark?: ClaimSubject;
  /** The live-blog entry a piece belongs to: its stamp's words when before the close, '' at or after it. */
  stamp?: string;
  /** The day a sentence with no number named last, until a claim's window: "Since then" in the next one. */
  thenDay?: ClaimWindow;
  /** The day a dated live-blog stamp gave its entry and those after it ("Sept. 18, 4:10 PM ET: …"). */
  entryTo?: string;
  /** The speaker the sentence before named: a quotation right after it with no "said" is theirs too. */
  speaker?: string;
  /** The last question a short answer was read with: "And the FTSE 100? Just 5.6%." asks it again. */
  asked?: string;
  /** The last high or low a distance was measured from: "regaining 8.7% from the same low" in a later one. */
  extreme?: Extreme;
  /** A chart's rebasing a caption named ("since Nov. 5 (indexed to 100)"), for the sentences right after it. */
  rebase?: Rebase & { left: number };
}

/** A spread or excess return stated earlier, as a later gap with no subject of its own points back at it. */
export interface EarlierSpread {
  metric: string;
  parsedSubjects: ClaimSubject[];
  target?: ComparisonTarget;
  /** The number written; none for a measure a note defines before it quotes it (./measure-define.ts). */
  stated?: number;
  window: ClaimWindow;
}
