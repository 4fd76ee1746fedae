/**
 * Connector settings from a YAML file: `$CAPGAP_CONFIG`, else `config.yaml` beside the store
 * (`~/.capgap/config.yaml` for the default store). Environment variables win over the file; command-line
 * options win over both. Only the `connectors:` section is read here; unknown keys in it are an error.
 *
 * ```yaml
 * connectors:
 *   sec_user_agent: "Jane Doe jane@example.com"
 *   cache_dir: /data/capgap-cache
 *   ishares_products: { IWN: 239712/ishares-russell-2000-value-etf }
 *   urls: { french: https://mirror.example.org/ken.french/ftp }
 * ```
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { ImportError } from '../formats/errors.ts';
import { readInputFile } from '../store/input-file.ts';
import { ConnectorError } from './errors.ts';

/** The connector settings a config file may hold. */
export interface ConnectorConfig {
  secUserAgent?: string;
  cacheDir?: string;
  isharesProducts?: Record<string, string>;
  /** Base URLs by source: french, stooq, yahoo, sec, ishares. */
  urls?: Partial<Record<'french' | 'stooq' | 'yahoo' | 'sec' | 'ishares', string>>;
  /** The file read, if any. */
  file?: string;
}

const KEYS = ['sec_user_agent', 'cache_dir', 'ishares_products', 'urls'];
const URL_KEYS = ['french', 'stooq', 'yahoo', 'sec', 'ishares'];

/**
 * Where the config file is looked for: `$CAPGAP_CONFIG`, else config.yaml in the store's folder.
 * @example configPath('/data/capgap.duckdb', {}) // '/data/config.yaml'
 */
export function configPath(storePath: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CAPGAP_CONFIG) return env.CAPGAP_CONFIG;
  const base = storePath && storePath !== ':memory:' ? dirname(storePath) : join(homedir(), '.capgap');
  return join(base, 'config.yaml');
}

function strings(v: unknown, where: string, file: string): Record<string, string> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new ConnectorError('config', `${file}: ${where} must be a mapping`);
  }
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x !== 'string') throw new ConnectorError('config', `${file}: ${where}.${k} must be a string`);
    out[k] = x;
  }
  return out;
}

/**
 * Reads the connector settings from `file` (a missing file is an empty config; a bad one is an error
 * naming the file and the key).
 * @example loadConnectorConfig('/home/me/.capgap/config.yaml').secUserAgent // 'Jane Doe jane@example.com'
 */
export function loadConnectorConfig(file: string): ConnectorConfig {
  if (!existsSync(file)) return {};
  let text: string;
  try {
    // a folder or a FIFO (which would wait forever) is named, never read; a config is small: at most 1 MiB
    text = new TextDecoder().decode(readInputFile(file, 1024 * 1024));
  } catch (err) {
    if (err instanceof ImportError) throw new ConnectorError('config', `${file}: ${err.reason}`);
    throw err;
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new ConnectorError('config', `${file}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const c = (doc as { connectors?: unknown } | null)?.connectors;
  if (c === undefined || c === null) return { file };
  if (typeof c !== 'object' || Array.isArray(c))
    throw new ConnectorError('config', `${file}: connectors must be a mapping`);
  const bad = Object.keys(c).filter((k) => !KEYS.includes(k));
  if (bad.length) {
    throw new ConnectorError(
      'config',
      `${file}: unknown key connectors.${bad[0]}; expected one of ${KEYS.join(', ')}`,
    );
  }
  const raw = c as Record<string, unknown>;
  const out: ConnectorConfig = { file };
  const str = (key: string): string => {
    if (typeof raw[key] !== 'string')
      throw new ConnectorError('config', `${file}: connectors.${key} must be a string`);
    return raw[key] as string;
  };
  if (raw.sec_user_agent !== undefined) out.secUserAgent = str('sec_user_agent');
  if (raw.cache_dir !== undefined) out.cacheDir = str('cache_dir');
  if (raw.ishares_products !== undefined) {
    const p = strings(raw.ishares_products, 'connectors.ishares_products', file);
    out.isharesProducts = Object.fromEntries(Object.entries(p).map(([k, v]) => [k.toUpperCase(), v]));
  }
  if (raw.urls !== undefined) {
    const u = strings(raw.urls, 'connectors.urls', file);
    const badUrl = Object.keys(u).find((k) => !URL_KEYS.includes(k));
    if (badUrl) {
      throw new ConnectorError(
        'config',
        `${file}: unknown key connectors.urls.${badUrl}; expected one of ${URL_KEYS.join(', ')}`,
      );
    }
    out.urls = u;
  }
  return out;
}
