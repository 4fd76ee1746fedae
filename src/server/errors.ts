/**
 * The one error class of the HTTP edge. Handlers throw it; `app.onError` turns it into
 * `{ "error": { "status", "message", "parameter"? } }` with that status. Anything else becomes a 500
 * whose message does not leak internals.
 */

import { QUOTE_MAX, quote, safeMessage } from '../quote.ts';

/** An HTTP error with a message for the client, naming the bad parameter when there is one. */
export class ApiError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 405 | 408 | 413 | 414 | 421 | 422 | 500 | 501 | 503 | 504;
  readonly parameter: string | undefined;
  /** Headers the answer carries besides the JSON type and the security headers (`allow` for a 405). */
  readonly headers: Record<string, string>;
  /** `options.cause`: the error this one reports (logged, never sent); `options.headers`: see `headers`. */
  constructor(
    status: ApiError['status'],
    message: string,
    parameter?: string,
    options?: ErrorOptions & { headers?: Record<string, string> },
  ) {
    super(message, options);
    this.name = 'ApiError';
    this.status = status;
    this.parameter = parameter;
    this.headers = options?.headers ?? {};
  }
}

/**
 * A POST's error about what it sent that names no parameter (a body too large, not JSON, of a type the route
 * does not read, still arriving at the deadline) names the body: `"parameter": "body"`.
 * @example bodyNamed(new ApiError(413, 'body of 2000000 bytes; at most 100000'), 'POST').parameter // 'body'
 */
export function bodyNamed(err: ApiError, method: string): ApiError {
  if (method !== 'POST' || err.parameter !== undefined || ![400, 408, 413].includes(err.status)) return err;
  return new ApiError(err.status, err.message, 'body', { cause: err.cause, headers: err.headers });
}

/**
 * A 400 for a bad query parameter; the message starts with the parameter's name.
 * @example throw badParam('window', 'expected two integers "a,b"')
 */
export function badParam(name: string, message: string): ApiError {
  return new ApiError(400, `invalid parameter ${quote(name)}: ${message}`, name);
}

/** The JSON body of an error response. */
export function errorBody(err: ApiError): { error: { status: number; message: string; parameter?: string } } {
  return {
    error: {
      status: err.status,
      message: safeMessage(err.message),
      // a parameter with no name (`?=1`) is still named: ""
      ...(err.parameter !== undefined ? { parameter: safeMessage(err.parameter, QUOTE_MAX) } : {}),
    },
  };
}
