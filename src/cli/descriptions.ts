/**
 * Each command's one-line description, in one place: `capgap --help` lists them without loading any command
 * (./main.ts), and each command's `meta` takes its own from here. Edit a description here.
 */
export const DESCRIPTIONS = {
  report: 'the size effect after an event: indices since, size portfolios vs the market, the month spread',
  import:
    'import CSV/Parquet files (Yahoo, yfinance, Stooq, Alpha Vantage, French, companylist, panel, generic)',
  datasets:
    'list the datasets capgap answers from: imported and embedded (name, kind, vintage, rows, origin)',
  serve: 'serve the JSON API and the web page (loopback by default)',
  fetch: 'download current data (French library, daily prices, share counts) into the store',
  flows: 'net ETF flows by category and week/month/quarter/year, split at an event',
  records: "a period's rank in its history: 'widest since', 'best week on record', 'on track'",
  buckets: 'Size-bucket returns (deciles, quintiles, …) built from stocks or read from French',
  calendar: 'Print the NYSE trading calendar (1926-) or check a series against it',
  event: 'Event study of a series: abnormal returns, CAR, BHAR, significance tests',
  'compare-events': 'Every event of a set side by side on one metric, ranked',
  check:
    'Check an article (--file ARTICLE.txt|html|md, --text FILE|-) or claims (YAML/JSON) against the data',
  sectors:
    'Sectors over an event window: ranking, small-minus-large inside each, and the size spread by sector',
  instruments:
    'Passive funds for an exposure ("US small cap", "US industrials"): return, tracking, history, flows',
} as const;
