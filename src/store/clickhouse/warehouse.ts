/**
 * A connection to a ClickHouse server (the initiator of distributed queries) through the official client,
 * `@clickhouse/client` over HTTP, which works with Debian's ClickHouse 18.16 (no query parameters there:
 * every value is put into the SQL by ./sql.ts, escaped).
 *
 * Failure behaviour:
 * - every request has a timeout (`timeoutMs`, default `$CAPGAP_CLICKHOUSE_TIMEOUT` s or 120 s; also
 *   `max_execution_time` on the server);
 * - reads (`rows`) are retried on connection errors only (idempotent), `retries` times with a short pause;
 *   writes (`exec`, `insert`) are never retried;
 * - a shard that does not answer fails the whole query (`skip_unavailable_shards = 0`, set explicitly):
 *   never a partial answer. The error names the shard's host:port as ClickHouse reports it;
 * - the password comes from `$CAPGAP_CLICKHOUSE_PASSWORD` and is never printed.
 */
import { Readable } from 'node:stream';
import { type ClickHouseClient, ClickHouseLogLevel, createClient } from '@clickhouse/client';
import { type ClickHouseAddress, parseClickHouseUrl } from './url.ts';

/** Options of Warehouse.open. */
export interface WarehouseOptions {
  /** Request timeout in ms; defaults to `$CAPGAP_CLICKHOUSE_TIMEOUT` seconds, else 120 s. */
  timeoutMs?: number;
  /** Retries of a read after a connection error; defaults to 2. */
  retries?: number;
  /** Password; defaults to `$CAPGAP_CLICKHOUSE_PASSWORD` (else empty). */
  password?: string;
}

/** An error from the warehouse, with the address (no password) and, when known, the shard that failed. */
export class WarehouseError extends Error {
  constructor(
    message: string,
    readonly address: string,
    readonly shard?: string,
  ) {
    super(message);
    this.name = 'WarehouseError';
  }
}

const CONNECTION = /ECONNREFUSED|ECONNRESET|socket hang up|EPIPE|ETIMEDOUT/;

/** The shard named in a ClickHouse distributed-query error (e.g. "127.0.0.1:19001"), if any. */
export function failedShard(message: string): string | undefined {
  return /\(([\w.-]+:\d+)\)/.exec(message)?.[1];
}

/** One ClickHouse server (and, through its Distributed tables, the cluster). */
export class Warehouse {
  private constructor(
    readonly address: ClickHouseAddress,
    private readonly client: ClickHouseClient,
    private readonly retries: number,
  ) {}

  /**
   * Connects (lazily: the first request opens the socket) to `clickhouse://user@host:port/db`.
   * @example const wh = Warehouse.open('clickhouse://default@127.0.0.1:18123/capgap')
   */
  static open(url: string, options: WarehouseOptions = {}): Warehouse {
    const address = parseClickHouseUrl(url);
    const envTimeout = Number(process.env.CAPGAP_CLICKHOUSE_TIMEOUT);
    const timeoutMs = options.timeoutMs ?? (envTimeout > 0 ? envTimeout * 1000 : 120_000);
    const client = createClient({
      url: address.url,
      username: address.username,
      password: options.password ?? process.env.CAPGAP_CLICKHOUSE_PASSWORD ?? '',
      request_timeout: timeoutMs,
      // Errors are wrapped and thrown (below); the client's own log would print them a second time.
      log: { level: ClickHouseLogLevel.OFF },
      clickhouse_settings: {
        skip_unavailable_shards: 0,
        max_execution_time: Math.ceil(timeoutMs / 1000),
      },
    });
    return new Warehouse(address, client, options.retries ?? 2);
  }

  /** Runs a read and returns its rows (JSONEachRow); retried on connection errors. */
  async rows<T = Record<string, unknown>>(sql: string): Promise<T[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        const rs = await this.client.query({ query: sql, format: 'JSONEachRow' });
        return (await rs.json()) as T[];
      } catch (err) {
        const msg = (err as Error).message ?? String(err);
        if (attempt < this.retries && CONNECTION.test(msg) && !/Code: \d+/.test(msg)) {
          await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
          continue;
        }
        throw this.wrap(err);
      }
    }
  }

  /** Runs a statement (DDL, ALTER, INSERT … SELECT); never retried. */
  async exec(sql: string): Promise<void> {
    try {
      await this.client.command({ query: sql });
    } catch (err) {
      throw this.wrap(err);
    }
  }

  /** Sends `body` (already in `format`, e.g. RowBinary) to `INSERT INTO table FORMAT format`; never retried. */
  async insertRaw(table: string, format: string, body: Uint8Array): Promise<void> {
    try {
      const r = await this.client.exec({
        query: `INSERT INTO ${table} FORMAT ${format}`,
        values: Readable.from([Buffer.from(body.buffer, body.byteOffset, body.byteLength)]),
      });
      r.stream.resume();
      await new Promise((res, rej) => r.stream.on('end', res).on('error', rej));
    } catch (err) {
      throw this.wrap(err);
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private wrap(err: unknown): WarehouseError {
    const full = (err as Error).message ?? String(err);
    const msg = full.split('\n')[0];
    const where = this.address.display;
    if (/ECONNREFUSED/.test(msg))
      return new WarehouseError(`ClickHouse at ${where} does not answer (connection refused)`, where);
    const shard = /Code: (210|279|209|159)\b/.test(full) ? failedShard(full) : undefined;
    if (shard)
      return new WarehouseError(
        `ClickHouse shard ${shard} is unavailable (query through ${where}); no partial answer is given`,
        where,
        shard,
      );
    return new WarehouseError(`ClickHouse (${where}): ${msg}`, where);
  }
}
