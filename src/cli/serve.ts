/**
 * `capgap serve [--port 8080] [--host 127.0.0.1]`: the read-only JSON API and the web page on the store.
 * Loopback by default; `POST /api/import` only when CAPGAP_IMPORT_TOKEN is set. The store is opened
 * read-only (other capgap commands may read it meanwhile) unless imports are enabled; reads run on a pool
 * of connections.
 */
import { defineCommand } from 'citty';
import { quote } from '../quote.ts';
import { isLoopback, startServer } from '../server/serve.ts';
import { parseClickHouseUrl } from '../store/clickhouse/url.ts';
import { CliError, commonArgs, io, storeArgError } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';
import { warehouseOf } from './store-arg.ts';

export default defineCommand({
  meta: { name: 'serve', description: DESCRIPTIONS.serve },
  args: {
    port: { type: 'string', description: 'port to listen on (0 = any free port)', default: '8080' },
    host: {
      type: 'string',
      description: 'interface to bind; other than loopback exposes the server',
      default: '127.0.0.1',
    },
    timeout: { type: 'string', description: 'deadline of one request, ms', default: '10000' },
    db: commonArgs.db,
    store: {
      type: 'string',
      description:
        'clickhouse://user@host:port/db: stock-built buckets and series from that ClickHouse cluster (default: $CAPGAP_STORE unless --db)',
    },
  },
  async run({ args }) {
    const port = Number(args.port);
    if (!/^\d{1,5}$/.test(args.port) || port > 65535)
      throw new CliError(`invalid --port: ${quote(args.port)}; expected 0..65535`, 2);
    const timeoutMs = Number(args.timeout);
    if (!/^\d{1,7}$/.test(args.timeout) || timeoutMs < 100) {
      throw new CliError(`invalid --timeout: ${quote(args.timeout)}; expected milliseconds >= 100`, 2);
    }
    if (!/^[\w.:-]{1,255}$/.test(args.host)) throw new CliError(`invalid --host: ${quote(args.host)}`, 2);
    const warehouse = warehouseOf(args);
    const imports = Boolean(process.env.CAPGAP_IMPORT_TOKEN) && !warehouse;
    const { openDefaultStore } = await import('../store/embedded.ts');
    const store = await openDefaultStore(args.db, {
      readOnly: !imports,
      readers: 4,
      onWait: (m) => io().err(`capgap: ${m}`),
    }).catch((err) => {
      throw storeArgError(err, args.db);
    });
    const server = await startServer(store, { port, host: args.host, timeoutMs, warehouse }).catch((err) => {
      store.close();
      throw listenError(err, args.host, port);
    });
    if (warehouse)
      io().err(`capgap: stock-built buckets and series from ${parseClickHouseUrl(warehouse).display}`);
    if (!isLoopback(args.host))
      io().err(
        `capgap: warning: listening on ${args.host}, not loopback: anyone who can reach it can read the data`,
      );
    io().err(
      `capgap: import over HTTP is ${warehouse ? 'refused (the stock panel is in ClickHouse: capgap import --store)' : process.env.CAPGAP_IMPORT_TOKEN ? 'enabled (token set)' : 'disabled (set CAPGAP_IMPORT_TOKEN to enable)'}`,
    );
    io().out(`capgap serving on ${server.url}`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void server.close().then(() => {
          store.close();
          resolve();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  },
});

/**
 * A failure to listen in words: a port in use (exit 1: the machine, not the command line) or a --host that
 * is not an address of this machine (exit 2); anything else as it is.
 */
function listenError(err: NodeJS.ErrnoException, host: string, port: number): unknown {
  if (err.code === 'EADDRINUSE')
    return new CliError(
      `port ${port} on ${host} is already in use (another capgap serve?); stop it, or choose another with --port (--port 0 takes a free one)`,
      1,
      { cause: err },
    );
  if (err.code === 'EADDRNOTAVAIL')
    return new CliError(
      `invalid --host: ${quote(host)} is not an address of this machine; use 127.0.0.1 (the default) or one of its interfaces`,
      2,
      { cause: err },
    );
  return err;
}
