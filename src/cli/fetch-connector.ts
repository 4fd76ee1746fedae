/**
 * What every `capgap fetch` subcommand shares: the download options (cache, timeouts, retries, size limit),
 * their settings (options, then environment, then config file), and the runner that opens the store, runs a
 * connector, prints each item's outcome and fails if any item failed.
 */
import type { ArgsDef } from 'citty';
import type { ItemOutcome } from '../connectors/batch.ts';
import type { ConnectorConfig } from '../connectors/config.ts';
import type { FetchedItem } from '../connectors/connect-french.ts';
import { ConnectorError } from '../connectors/errors.ts';
import type { FetchContext } from '../connectors/fetch-cached.ts';
import { fetchSettings } from '../connectors/settings.ts';
import { quote } from '../quote.ts';
import { CliError, commonArgs, io, openStore, printJson, sizeArg } from './context.ts';

export const fetchArgs = {
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

export type FetchArgs = { [K in keyof typeof fetchArgs]?: string | boolean } & { _?: string[] };

/** Settings from the options (then environment, then config file); bad values are usage errors. */
export function settings(a: FetchArgs): { ctx: FetchContext; cfg: ConnectorConfig } {
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

export function list(v: unknown): string[] {
  return String(v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Runs a connector with the store open, prints the outcome, fails if any item failed. */
export async function runConnector(
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

export const tickersOf = (a: FetchArgs): string[] => {
  const t = (a._ ?? []).flatMap((s) => list(s));
  if (!t.length) throw new CliError('no tickers given; e.g. capgap fetch prices IWM SPY --source stooq', 2);
  return t;
};
export const sourceOf = (a: FetchArgs & { source?: unknown }, allowed: string[]): string => {
  const s = String(a.source ?? '');
  if (!allowed.includes(s))
    throw new CliError(`invalid --source: ${quote(s)}; expected ${allowed.join(' or ')}`, 2);
  return s;
};
