/**
 * `POST /api/import?kind=…&name=…`: adds one data file (the request body, text) to the store. Disabled
 * unless a token is configured (`CAPGAP_IMPORT_TOKEN` or `createApp({ importToken })`); the request must
 * carry `Authorization: Bearer <token>`. The body is parsed in memory: no path from the request ever
 * reaches the filesystem (`name` is only a label, reduced to a safe base name). Body at most 32 MB.
 */

import { timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { ReadCancelledError, readCapped } from '../../formats/read-capped.ts';
import { quote } from '../../quote.ts';
import { currentSignal, withSignal } from '../../store/pool.ts';
import { type ServerState, toJson } from '../context.ts';
import { ApiError, badParam } from '../errors.ts';
import { oneOf, readQuery } from '../params.ts';
import { importBody, SERVER_IMPORT_KINDS } from './import-run.ts';

/** Largest accepted body, bytes. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

function sameToken(given: string, want: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(want);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The requests (by their cancel signal) whose body is still arriving: a deadline that passes meanwhile is the
 * client's (a slow or stalled body), answered 408 naming the body, not the server's 504 (../app.ts).
 */
export const BODY_ARRIVING = new WeakSet<object>();

/**
 * Reads a request body, stopping with 413 as soon as it passes `max` bytes (chunked bodies too), and with
 * 408 when the request's deadline passes while the body is still arriving (a slow or stalled upload).
 */
export async function readBounded(
  stream: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<Uint8Array> {
  const signal = currentSignal();
  if (signal) BODY_ARRIVING.add(signal);
  const body = await readCapped(stream, max, signal)
    .catch((err: Error) => {
      if (err instanceof ReadCancelledError)
        throw new ApiError(408, `invalid body: ${err.message} at the request's deadline`, 'body', {
          cause: err,
        });
      throw err;
    })
    .finally(() => {
      if (signal) BODY_ARRIVING.delete(signal);
    });
  if (!body) throw new ApiError(413, `body longer than ${max} bytes`);
  return body;
}

/** Registers POST /api/import. */
export function registerImport(app: Hono, state: ServerState): void {
  app.post('/api/import', async (c) => {
    if (state.warehouse)
      throw new ApiError(
        403,
        'import over HTTP writes the local store, and this server reads its stock panel from a ClickHouse store; import with `capgap import FILE --store clickhouse://…`',
      );
    if (!state.importToken)
      throw new ApiError(403, 'import is disabled; start the server with CAPGAP_IMPORT_TOKEN set');
    const auth = c.req.header('authorization') ?? '';
    const m = /^Bearer (.+)$/.exec(auth);
    if (!m || !sameToken(m[1], state.importToken))
      throw new ApiError(401, 'missing or wrong import token (Authorization: Bearer …)');
    const q = readQuery(new URL(c.req.url), ['kind', 'name']);
    const kind = oneOf(q, 'kind', SERVER_IMPORT_KINDS);
    const name = q.get('name') ?? `upload.${kind}.csv`;
    if (!/^[\w^.-]{1,100}$/.test(name) || name.startsWith('.')) {
      throw badParam('name', `${quote(name)}; expected a file name of letters, digits, ^ . _ - (no folders)`);
    }
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > MAX_IMPORT_BYTES)
      throw new ApiError(413, `body of ${declared} bytes; at most ${MAX_IMPORT_BYTES}`);
    const body = await readBounded(c.req.raw.body, MAX_IMPORT_BYTES);
    if (body.length === 0)
      throw new ApiError(400, `invalid body: ${name}: empty file; send the file as the request body`, 'body');
    // Imports write through the store's write connection (its own tables), one at a time.
    // the request's cancel signal follows the import into the serial queue: past the deadline it rolls back
    const signal = currentSignal();
    const run = () => importBody(state.store.writer(), body, { kind, name });
    const summary = await state.serial.run(() => (signal ? withSignal(signal, run) : run()));
    state.cache.clear();
    state.memo.clear();
    return c.body(toJson(summary), 200, { 'content-type': 'application/json; charset=utf-8' });
  });
}
