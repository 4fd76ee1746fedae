/**
 * capgap's version, read once from package.json (the one place it is written): the CLI's --version, the
 * API's /api/health and OpenAPI document, and the User-Agent of every download.
 */
import { readFileSync } from 'node:fs';

/** The package version, e.g. "0.1.0". @example `capgap/${VERSION}` */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
