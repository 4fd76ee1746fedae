/**
 * `capgap fetch french|prices|shares|etf-shares`: download current data into the store (docs/connectors.md).
 * Every download is cached with its date (`--cache-dir`, default `cache/` beside the store); batches resume
 * where they stopped; offline, the command says "no network: import a file with capgap import".
 */
import { type ArgsDef, defineCommand } from 'citty';
import type { ItemOutcome } from '../connectors/batch.ts';
import type { ConnectorConfig } from '../connectors/config.ts';
import type { FetchedItem } from '../connectors/connect-french.ts';
import { ConnectorError } from '../connectors/errors.ts';
import type { FetchContext } from '../connectors/fetch-cached.ts';
import { FRENCH_DATASETS, FRENCH_DEFAULT } from '../connectors/french.ts';
import { secUserAgent } from '../connectors/sec.ts';
import { fetchSettings, sourceUrl } from '../connectors/settings.ts';
import { CliError, commonArgs, io, openStore, printJson, sizeArg } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';

const fetchArgs = {
  ...commonArgs,
  cache: {
    type: 'string',
    description: 'auto (reuse a copy younger than --max-age), refresh, or cached (no network)',
    default: 'auto',
  },
  'cache-dir': {
    type: 'string',
    description: 'where raw downloads are kept (default: $CAPGAP_CACHE, else cache/ beside the store)',
  },
  'max-age': {
    type: 'string',
    description: 'hours a cached download stays fresh in auto mode',
    default: '20',
  },
  timeout: { type: 'string', description: 'seconds allowed per request attempt', default: '30' },
  retries: {
    type: 'string',
    description: 'retries after a failed attempt (429, 5xx, timeouts, cut bodies)',
    default: '4',
  },
  'max-bytes': {
    type: 'string',
    description:
      'largest download, and largest text once unzipped, e.g. 2G [512M]; lifts the 100x ratio rule',
  },
} as const satisfies ArgsDef;

type FetchArgs = { [K in keyof typeof fetchArgs]?: string | boolean } & { _?: string[] };

/** Settings from the options (then environment, then config file); bad values are usage errors. */
function settings(a: FetchArgs): { ctx: FetchContext; cfg: ConnectorConfig } {
  const maxBytes = sizeArg('--max-bytes', a['max-bytes']);
  try {
    const out = fetchSettings({
      db: a.db as string | undefined,
      cache: a.cache as string | undefined,
      cacheDir: a['cache-dir'] as string | undefined,
      maxAgeHours: a['max-age'] as string | undefined,
      timeoutSeconds: a.timeout as string | undefined,
      retries: a.retries as string | undefined,
      log: (m: string) => io().err(m),
    });
    if (maxBytes !== undefined) {
      out.ctx.limits = { maxBytes };
      out.ctx.http = { ...out.ctx.http, maxBytes };
    }
    return out;
  } catch (err) {
    if (err instanceof ConnectorError) throw new CliError(err.message, 2, { cause: err });
    throw err;
  }
}

function list(v: unknown): string[] {
  return String(v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Runs a connector with the store open, prints the outcome, fails if any item failed. */
async function runConnector(
  a: FetchArgs,
  what: string,
  work: (
    store: Awaited<ReturnType<typeof openStore>>,
    ctx: FetchContext,
    progress: boolean,
    cfg: ConnectorConfig,
  ) => Promise<ItemOutcome<FetchedItem>[]>,
): Promise<void> {
  const { ctx, cfg } = settings(a);
  const progress = io().isTTY && !a.json;
  // with a bar on the line, start each message on a fresh line
  if (progress) ctx.log = (m) => io().err(`\n${m}`);
  const store = await openStore(a.db as string | undefined, { write: true });
  let out: ItemOutcome<FetchedItem>[];
  try {
    out = await work(store, ctx, progress, cfg);
  } catch (err) {
    if (err instanceof ConnectorError && err.failure === 'config')
      throw new CliError(err.message, 2, { cause: err });
    throw err;
  } finally {
    store.close();
  }
  const failed = out.filter((o) => o.status === 'failed');
  if (a.json) {
    printJson({ command: `fetch ${what}`, cacheDir: ctx.cache.dir, items: out });
  } else {
    for (const o of out) {
      if (o.status === 'failed') io().out(`${o.key.padEnd(12)} FAILED  ${o.error}`);
      else if (o.status === 'resumed') io().out(`${o.key.padEnd(12)} done in an earlier run (resumed)`);
      else {
        const r = o.result;
        const where = r.fromCache ? `cached copy fetched ${r.fetchedAt}` : `downloaded ${r.fetchedAt}`;
        io().out(
          `${o.key.padEnd(12)} ${r.dataset}${r.vintage ? ` (${r.vintage})` : ''}: ${r.rows.toLocaleString('en-US')} rows; ${where}; ${r.url}`,
        );
        for (const n of r.notes ?? []) io().out(`${''.padEnd(13)}${n}`);
      }
    }
    io().out(`raw downloads kept in ${ctx.cache.dir}`);
  }
  if (failed.length) {
    throw new CliError(
      `${failed.length} of ${out.length} failed (${failed.map((f) => f.key).join(', ')}); run the same command again to retry them`,
    );
  }
}

const tickersOf = (a: FetchArgs): string[] => {
  const t = (a._ ?? []).flatMap((s) => list(s));
  if (!t.length) throw new CliError('no tickers given; e.g. capgap fetch prices IWM SPY --source stooq', 2);
  return t;
};
const sourceOf = (a: FetchArgs & { source?: unknown }, allowed: string[]): string => {
  const s = String(a.source ?? '');
  if (!allowed.includes(s))
    throw new CliError(`invalid --source: "${s}"; expected ${allowed.join(' or ')}`, 2);
  return s;
};

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

const prices = defineCommand({
  meta: { name: 'prices', description: 'daily bars: capgap fetch prices TICKER… --source stooq|yahoo' },
  args: {
    ...fetchArgs,
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
  args: { ...fetchArgs, source: { type: 'string', description: 'sec', default: 'sec' } },
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
      if (!t || !v) throw new CliError(`invalid --product: "${p}"; expected TICKER=<id>/<slug>`, 2);
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
    const entries = c.list().map((e) => ({ path: e.path, ...e.meta }));
    if (args.json) return printJson({ cacheDir: c.dir, entries });
    if (!entries.length) return io().out(`no downloads cached in ${c.dir}`);
    for (const e of entries) {
      const lm = e.lastModified ? `; server copy of ${e.lastModified}` : '';
      io().out(
        `${`${e.source}/${e.key}`.padEnd(44)} fetched ${e.fetchedAt}  ${e.bytes.toLocaleString('en-US')} bytes${lm}`,
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
