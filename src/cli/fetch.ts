/**
 * `capgap fetch french|prices|shares|etf-shares`: download current data into the store (docs/connectors.md).
 * Every download is cached with its date (`--cache-dir`, default `cache/` beside the store); batches resume
 * where they stopped; offline, the command says "no network: import a file with capgap import".
 */
import { defineCommand } from 'citty';
import { FRENCH_DATASETS, FRENCH_DEFAULT } from '../connectors/french.ts';
import { secUserAgent } from '../connectors/sec.ts';
import { sourceUrl } from '../connectors/settings.ts';
import { quote } from '../quote.ts';
import { CliError, commonArgs, io, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';
import { fetchArgs, list, runConnector, settings, sourceOf, tickersOf } from './fetch-connector.ts';

const french = defineCommand({
  meta: {
    name: 'french',
    description: 'Kenneth French library files (size portfolios, factors, industries, …)',
  },
  args: {
    ...fetchArgs,
    dataset: {
      type: 'string',
      description:
        'library file name(s), comma-separated (default: size portfolios and 3 factors, monthly and daily)',
      default: FRENCH_DEFAULT.join(','),
    },
    list: { type: 'boolean', description: 'list the library files capgap knows', default: false },
  },
  async run({ args }) {
    if (args.list) {
      for (const [k, v] of Object.entries(FRENCH_DATASETS)) io().out(`${k.padEnd(40)} ${v}`);
      return;
    }
    const { fetchFrench } = await import('../connectors/connect-french.ts');
    await runConnector(args, 'french', (s, c, progress, cfg) =>
      fetchFrench(s, c, list(args.dataset), { progress, baseUrl: sourceUrl('french', cfg) }),
    );
  },
});

/** The tickers a fetch takes, as positional words (read by tickersOf). */
const TICKERS = { type: 'positional', description: 'tickers, e.g. IWM SPY', required: false } as const;

const prices = defineCommand({
  meta: { name: 'prices', description: 'daily bars: capgap fetch prices TICKER… --source stooq|yahoo' },
  args: {
    ...fetchArgs,
    tickers: TICKERS,
    source: { type: 'string', description: 'stooq or yahoo' },
    from: {
      type: 'string',
      description: 'first date, YYYY-MM-DD (default: whole history, replacing the dataset)',
    },
    to: { type: 'string', description: 'last date, YYYY-MM-DD' },
  },
  async run({ args }) {
    const source = sourceOf(args, ['stooq', 'yahoo']) as 'stooq' | 'yahoo';
    const tickers = tickersOf(args);
    const { fetchPrices } = await import('../connectors/connect-prices.ts');
    await runConnector(args, 'prices', (s, c, progress, cfg) =>
      fetchPrices(s, c, tickers, {
        source,
        from: args.from,
        to: args.to,
        progress,
        baseUrl: sourceUrl(source, cfg),
      }),
    );
  },
});

const shares = defineCommand({
  meta: {
    name: 'shares',
    description: 'company shares outstanding: capgap fetch shares TICKER… --source sec',
  },
  args: { ...fetchArgs, tickers: TICKERS, source: { type: 'string', description: 'sec', default: 'sec' } },
  async run({ args }) {
    sourceOf(args, ['sec']);
    const tickers = tickersOf(args);
    // check the User-Agent before opening (and perhaps filling) the store
    const { cfg } = settings(args);
    let ua: string;
    try {
      ua = secUserAgent({ CAPGAP_SEC_USER_AGENT: process.env.CAPGAP_SEC_USER_AGENT ?? cfg.secUserAgent });
    } catch (err) {
      throw new CliError((err as Error).message, 2, { cause: err });
    }
    const base = sourceUrl('sec', cfg);
    const { fetchSecShares } = await import('../connectors/connect-shares.ts');
    await runConnector(args, 'shares', (s, c, progress) =>
      fetchSecShares(s, c, tickers, { progress, userAgent: ua, wwwUrl: base, dataUrl: base }),
    );
  },
});

const etfShares = defineCommand({
  meta: {
    name: 'etf-shares',
    description: 'ETF daily shares outstanding and NAV: capgap fetch etf-shares TICKER… --source ishares',
  },
  args: {
    ...fetchArgs,
    tickers: TICKERS,
    source: { type: 'string', description: 'ishares', default: 'ishares' },
    product: {
      type: 'string',
      description: 'more iShares funds: TICKER=<id>/<slug>[,…] from the fund page URL',
    },
  },
  async run({ args }) {
    sourceOf(args, ['ishares']);
    const tickers = tickersOf(args);
    const products: Record<string, string> = {};
    for (const p of list(args.product)) {
      const [t, v] = p.split('=');
      if (!t || !v) throw new CliError(`invalid --product: ${quote(p)}; expected TICKER=<id>/<slug>`, 2);
      products[t.toUpperCase()] = v;
    }
    const { fetchIsharesShares } = await import('../connectors/connect-shares.ts');
    await runConnector(args, 'etf-shares', (s, c, progress, cfg) =>
      fetchIsharesShares(s, c, tickers, {
        products: { ...cfg.isharesProducts, ...products },
        progress,
        baseUrl: sourceUrl('ishares', cfg),
      }),
    );
  },
});

const cache = defineCommand({
  meta: {
    name: 'cache',
    description: 'list the raw downloads kept in the cache, with the date each was fetched',
  },
  args: { json: commonArgs.json, db: commonArgs.db, 'cache-dir': fetchArgs['cache-dir'] },
  run({ args }) {
    const c = settings({ db: args.db, 'cache-dir': args['cache-dir'] }).ctx.cache;
    const entries = c
      .list()
      .map((e) => ({ path: e.path, ...e.meta, ...(e.damaged ? { damaged: e.damaged } : {}) }));
    if (args.json) return printJson({ cacheDir: c.dir, entries });
    if (!entries.length) return io().out(`no downloads cached in ${c.dir}`);
    for (const e of c.list()) {
      if (e.damaged) {
        io().out(
          `${`${e.meta.source}/${e.meta.key}`.padEnd(44)} damaged (${e.damaged}): fetched again next time`,
        );
        continue;
      }
      const lm = e.meta.lastModified ? `; server copy of ${e.meta.lastModified}` : '';
      io().out(
        `${`${e.meta.source}/${e.meta.key}`.padEnd(44)} fetched ${e.meta.fetchedAt}  ${e.meta.bytes.toLocaleString('en-US')} bytes${lm}`,
      );
    }
    io().out(`in ${c.dir}`);
  },
});

export default defineCommand({
  meta: {
    name: 'fetch',
    description: DESCRIPTIONS.fetch,
  },
  subCommands: { french, prices, shares, 'etf-shares': etfShares, cache },
});
