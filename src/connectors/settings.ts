/**
 * Resolves what a fetch runs with, in order of precedence: explicit options (the command line), then
 * environment variables, then the config file (./config.ts), then defaults. Bad values throw a 'config'
 * ConnectorError naming the option and the value.
 */
import { FolderError, makeFolder } from '../make-folder.ts';
import { quote } from '../quote.ts';
import { defaultStorePath } from '../store/store.ts';
import { DownloadCache, defaultCacheDir } from './cache.ts';
import { type ConnectorConfig, configPath, loadConnectorConfig } from './config.ts';
import { ConnectorError } from './errors.ts';
import { CACHE_MODES, type CacheMode, type FetchContext } from './fetch-cached.ts';

/** Options as a command line gives them (strings); all optional. */
export interface FetchSettingsInput {
  /** Store path [$CAPGAP_DB, else ~/.capgap/capgap.duckdb]: locates the default cache and config file. */
  db?: string;
  /** 'auto' | 'refresh' | 'cached' ['auto']. */
  cache?: string;
  /** Cache folder [$CAPGAP_CACHE, else connectors.cache_dir, else cache/ beside the store]. */
  cacheDir?: string;
  /** Hours a cached copy stays fresh [20]. */
  maxAgeHours?: string | number;
  /** Seconds per attempt [30]. */
  timeoutSeconds?: string | number;
  /** Retries after a failed attempt [4]. */
  retries?: string | number;
  log?: (message: string) => void;
}

/** A plain decimal (no hex, no `1_000`, no spaces), or a number from the config file. */
const DECIMAL = /^\+?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function num(name: string, v: unknown, min: number, o: { integer?: boolean } = {}): number {
  const n = Number(v);
  const plain = typeof v === 'number' || (typeof v === 'string' && DECIMAL.test(v));
  if (!plain || !Number.isFinite(n) || n < min || (o.integer && !Number.isInteger(n))) {
    throw new ConnectorError(
      'config',
      `invalid --${name}: ${quote(v)}; expected ${o.integer ? 'a whole number' : 'a number'} >= ${min}`,
    );
  }
  return n;
}

/** The download cache's folder, made now: a path through a file, or one that cannot be made, names the option. */
function cacheFolder(dir: string): string {
  try {
    makeFolder(dir);
  } catch (err) {
    if (err instanceof FolderError)
      throw new ConnectorError('config', `invalid --cache-dir: ${quote(dir)}: ${err.reason}`);
    throw err;
  }
  return dir;
}

/**
 * The config file's connector settings for a store (`$CAPGAP_CONFIG`, else config.yaml beside it).
 * @example connectorConfig('/data/capgap.duckdb').secUserAgent
 */
export function connectorConfig(
  db: string = defaultStorePath(),
  env: NodeJS.ProcessEnv = process.env,
): ConnectorConfig {
  return loadConnectorConfig(configPath(db, env));
}

/**
 * The fetch context and config file settings for a command's options.
 * @example const { ctx, cfg } = fetchSettings({ db: ':memory:', cache: 'refresh' });
 */
export function fetchSettings(
  input: FetchSettingsInput,
  env: NodeJS.ProcessEnv = process.env,
): { ctx: FetchContext; cfg: ConnectorConfig } {
  const mode = (input.cache ?? 'auto') as CacheMode;
  if (!CACHE_MODES.includes(mode)) {
    throw new ConnectorError('config', `invalid --cache: "${mode}"; expected ${CACHE_MODES.join(', ')}`);
  }
  const db = input.db ?? defaultStorePath(env);
  const cfg = connectorConfig(db, env);
  const dir = input.cacheDir ?? env.CAPGAP_CACHE ?? cfg.cacheDir ?? defaultCacheDir(db, env);
  const ctx: FetchContext = {
    cache: new DownloadCache(cacheFolder(dir)),
    mode,
    maxAgeMs: num('max-age', input.maxAgeHours ?? 20, 0) * 3600_000,
    http: {
      timeoutMs: num('timeout', input.timeoutSeconds ?? 30, 0.001) * 1000,
      retries: num('retries', input.retries ?? 4, 0, { integer: true }),
    },
    log: input.log,
  };
  return { ctx, cfg };
}

const URL_ENV = {
  french: 'CAPGAP_FRENCH_URL',
  stooq: 'CAPGAP_STOOQ_URL',
  yahoo: 'CAPGAP_YAHOO_URL',
  sec: 'CAPGAP_SEC_URL',
  ishares: 'CAPGAP_ISHARES_URL',
} as const;

/**
 * A source's base URL: its environment variable, else the config file; undefined means the connector's default.
 * @example sourceUrl('stooq', {}, { CAPGAP_STOOQ_URL: 'http://127.0.0.1:9' }) // 'http://127.0.0.1:9'
 */
export function sourceUrl(
  source: keyof typeof URL_ENV,
  cfg: ConnectorConfig,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  return env[URL_ENV[source]] ?? cfg.urls?.[source];
}
