/**
 * The errors a connector throws. `ConnectorError` names the source, the URL and what went wrong;
 * `OfflineError` is the one the CLI turns into "no network: import a file with capgap import".
 */

/** What a connector failure is about, for callers that branch on it. */
export type ConnectorFailure =
  | 'offline' // DNS, refused, unreachable: the host could not be reached at all
  | 'http' // a status that is not retried (404, 403, ...), or retries ran out on 429/5xx
  | 'timeout' // no complete answer within the timeout, on every attempt
  | 'truncated' // the body ended before Content-Length, on every attempt
  | 'format' // the body is not in the shape the source documents (renamed columns, bad zip, ...)
  | 'config' // a missing setting (e.g. the SEC User-Agent) or an unknown ticker/dataset
  | 'rate-limit' // the host asked us to wait longer than we are allowed to
  | 'too-large'; // the body, or what it inflates to, passes a size limit (formats/limits.ts)

/**
 * A download or parse failure, with the source, URL and reason in the message.
 * @example throw new ConnectorError('format', 'stooq: body is "No data"', { url });
 */
export class ConnectorError extends Error {
  readonly failure: ConnectorFailure;
  readonly url: string | undefined;
  readonly status: number | undefined;
  constructor(failure: ConnectorFailure, message: string, info: { url?: string; status?: number } = {}) {
    super(message);
    this.name = 'ConnectorError';
    this.failure = failure;
    this.url = info.url;
    this.status = info.status;
  }
}

/** The message every offline failure starts with. */
export const OFFLINE_MESSAGE = 'no network: import a file with capgap import';

/**
 * The host could not be reached (no DNS, connection refused, network unreachable).
 * @example throw new OfflineError('https://stooq.com/q/d/l/?s=iwm.us&i=d', 'ENOTFOUND');
 */
export class OfflineError extends ConnectorError {
  constructor(url: string, code: string) {
    let host = url;
    try {
      host = new URL(url).host;
    } catch {
      // keep the raw string
    }
    super('offline', `${OFFLINE_MESSAGE} (could not reach ${host}: ${code})`, { url });
    this.name = 'OfflineError';
  }
}

/** Error codes (from Node's `fetch` cause) that mean the network or host is not there. */
export const OFFLINE_CODES: ReadonlySet<string> = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
]);

/**
 * The low-level error code inside a `fetch` failure (`err.cause.code`, or the first of an AggregateError).
 * @example networkCode(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } })) // 'ENOTFOUND'
 */
export function networkCode(err: unknown): string | undefined {
  const cause = (err as { cause?: unknown })?.cause as
    | { code?: string; errors?: { code?: string }[] }
    | undefined;
  if (!cause) return (err as { code?: string })?.code;
  if (cause.code) return cause.code;
  if (Array.isArray(cause.errors)) return cause.errors.find((e) => e?.code)?.code;
  return undefined;
}
