/**
 * Index names as written ("the Russell 2000", "the S&P", "the Footsie", "the Russell Midcap") and their ids:
 * Yahoo-style tickers, or the iShares ETF that tracks an index capgap holds no series for.
 */

/** "the blue-chip index (gauge, benchmark)": a large-cap index, by description. */
export const BLUE_CHIP = /\bthe\s+blue[- ]chip\s+(?:index|gauge|benchmark)\b/i;

/** Small-cap indexes and funds whose benchmark a bare "outperformed" means: the S&P 500. */
export const SMALL_INDEXES = new Set(['^RUT', 'IWM', 'IJR', 'VB', 'VTWO', 'SCHA', '^SP600']);

/** Index names as written → ids (Yahoo-style tickers). Longest names first when matching. */
export const INDEX_NAMES: [RegExp, string][] = [
  // Style and other indexes capgap holds no series for: their iShares ETFs (data/etfs.csv names each benchmark).
  [/russell 2000 value/, 'IWN'],
  [/russell 2000 growth/, 'IWO'],
  [/russell 1000 value/, 'IWD'],
  [/russell 1000 growth/, 'IWF'],
  [/s&p (?:small[- ]?cap )?600 value/, 'IJS'],
  [/s&p (?:small[- ]?cap )?600 growth/, 'IJT'],
  [/russell mid[- ]?cap/, 'IWR'],
  [/russell micro[- ]?cap/, 'IWC'],
  [/russell 2000|russell\s+two\s+thousand/, '^RUT'], // (broadcast copy spells it out)
  [/russell 1000/, '^RUI'],
  [/russell 3000/, '^RUA'],
  // "Dow +3.6%, S&P +2.5%, Russell +5.8%", "the Russell closed up 1%": traders' shorthand for the Russell 2000.
  [/(?:^|\s)russell$/, '^RUT'],
  [/s&p (?:small[- ]?cap )?600/, '^SP600'],
  [/s&p (?:mid[- ]?cap )?400/, '^SP400'],
  // "the S&P" alone: broadcast and traders' shorthand for the S&P 500.
  [/s&p 500|s&p500|standard (?:&|and) poor's 500|^s&p$|s\s+and\s+p\s+(?:five\s+hundred|500)/, '^GSPC'],
  // Reuters wraps' sector gauges: indexes of their own, not the SPDR sector funds (no series shipped).
  [/kbw (?:nasdaq )?regional bank(?:ing|s)?/, '^KRX'],
  [/kbw (?:nasdaq )?bank(?:ing|s)?/, '^BKX'],
  [/philadelphia (?:se |stock exchange )?semiconductor/, '^SOX'],
  [/dow jones transportation average|dow transports/, '^DJT'],
  [/dow jones industrial average|dow jones|the dow\b/, '^DJI'],
  [/nasdaq 100/, '^NDX'],
  [/nasdaq(?: composite)?/, '^IXIC'],
  [/ftse 250/, '^FTMC'],
  [/ftse 100|the footsie/, '^FTSE'],
];

/** An index's name with the words newsrooms put around it ("the small-cap focussed Russell 2000 index"). */
export const INDEX = new RegExp(
  "\\b(?:the\\s+)?(?:(?:small[- ]cap(?:[- ]focus{1,2}ed)?|benchmark|blue[- ]chip|tech[- ]heavy|broad|broader|large[- ]cap|mid[- ]cap|domestically[- ]focus{1,2}ed|uk[- ]focus{1,2}ed|wall street's)\\s+)*" +
    "(russell [12]000\\s+(?:value|growth)|russell\\s+mid[- ]?cap|russell\\s+micro[- ]?cap|s&p (?:small[- ]?cap )?600\\s+(?:value|growth)|russell [123]000|russell\\s+two\\s+thousand|s\\s+and\\s+p\\s+(?:five\\s+hundred|500)|s&p (?:small[- ]?cap |mid[- ]?cap )?(?:600|400|500)|s&p500|standard (?:&|and) poor's 500|dow jones industrial average|dow jones|dow|nasdaq composite|nasdaq 100|nasdaq|ftse 250|ftse 100|footsie|russell(?=\\s*[:(]?\\s*[-+\u2212]\\d|\\s+(?:index|(?:(?:just|also|only|then|has|had|now)\\s+)?(?:rose|fell|gained|lost|was|is|closed|added|jumped|slipped|climbed|dropped|surged|tumbled|ended|finished|rallied|did|posted|notched|soared|sank|plunged|popped|spiked|outperformed|underperformed|beat|trailed|lagged))\\b)|s&p(?![\\w/&]|\\s+(?:global|dow|small[- ]?cap|mid[- ]?cap|\\d|banks?|regional|biotech|retail|select|composite|indices|ratings|index\\s+committee)))" +
    // "the Russell 2000 index of small-cap stocks", "… index of smaller companies": what it holds, no subject.
    '(?:\\s+(?:index|composite|average|gauge|benchmark)(?:\\s+of\\s+(?:the\\s+)?(?:\\d[\\d,]*\\s+)?(?:(?:us|u\\.s\\.|american|british|uk)\\s+)?(?:smaller|small[- ]cap|small|larger|large[- ]cap|large|mid[- ]cap|blue[- ]chip|big|bigger|biggest|largest|smallest|leading)\\s+(?:(?:us|u\\.s\\.|listed|domestic)\\s+)?(?:companies|stocks|firms|shares|businesses))?)?(?:\\s+\\.(?:spx|rut|dji|ixic|ndx|ftse|ftmc))?\\b',
  'gi',
);

/**
 * A sector gauge named as an index ("the KBW Regional Banking index", "the Philadelphia SE Semiconductor
 * index", "the Dow Jones Transportation Average"): matched before the sector words inside it ("banking").
 */
export const GAUGE =
  /\b(?:the\s+)?(kbw\s+(?:nasdaq\s+)?(?:regional\s+)?bank(?:ing|s)?|philadelphia\s+(?:se\s+|stock\s+exchange\s+)?semiconductor|dow\s+jones\s+transportation\s+average|dow\s+transports)(?:\s+(?:index|gauge|sector))?\b/gi;

/** The id of an index name that INDEX or GAUGE matched; undefined for a mangled one ("S&P MidCap 500"). */
export function indexId(name: string): string | undefined {
  const n = name.toLowerCase();
  for (const [re, id] of INDEX_NAMES) if (re.test(n) || re.test(`the ${n}`)) return id;
  return undefined;
}

/**
 * "the equal-weight S&P 500 (index)", "the S&P 500 Equal Weight Index": ^SPXEW; "… S&P 500 ETF", "the Invesco S&P
 * 500 Equal Weight ETF (RSP)": RSP, the fund that tracks it. Never the S&P 500.
 */
export const EQUAL_WEIGHT =
  /\b(?:the\s+)?(?:invesco\s+)?(?:equal(?:ly)?[- ]weight(?:ed)?\s+s&p\s*500|s&p\s*500\s+equal(?:ly)?[- ]weight(?:ed)?)(?:\s+index)?(\s+(?:etf|fund)(?:\s*\(RSP\))?)?/gi;

/** "its market-cap-weighted counterpart", "the cap-weighted index": the S&P 500 beside its equal-weight version. */
export const CAP_WEIGHTED =
  /\b(?:the\s+|its\s+)?(?:market[- ])?cap(?:itali[sz]ation)?[- ]weighted\s+(?:index|counterpart|version|benchmark|gauge|parent|sibling|cousin|twin|equivalent)\b/gi;

/** "the equal-weighted Russell 2000", "the equal-weight S&P 600": an equal-weight index capgap does not hold. */
export const EQUAL_WEIGHT_OTHER =
  /\b(?:the\s+)?equal(?:ly)?[- ]weight(?:ed)?\s+(?:russell\s+(?:2000|1000|3000|microcap)|s&p\s*(?:small\s*cap\s*)?600|s&p\s*(?:mid\s*cap\s*)?400|nasdaq(?:[- ]100)?|ftse\s+(?:100|250))(?:\s+index)?/gi;
