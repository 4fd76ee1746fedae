/**
 * The read connections of a store opened with `embedded`: a pool (./pool.ts) whose connections each see the
 * embedded data beside the store's own tables (./overlay.ts). A connection installs the overlay on first use
 * and again after each committed write (`changed`), which re-plans which embedded series the store hides.
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { type OverlayPlan, overlaySql, planOverlay } from './overlay.ts';
import { ConnectionPool } from './pool.ts';

/** A pool of read connections with the embedded overlay installed. */
export class OverlayReaders {
  private readonly installed = new WeakMap<DuckDBConnection, number>();
  private version = 0;

  private constructor(
    private plan: OverlayPlan,
    private readonly catalog: string,
    private readonly pool: ConnectionPool,
  ) {}

  /**
   * Plans the overlay of the embedded folder `dir` over the store `connection` is on, and makes a pool of
   * at most `readers` connections of `instance` (at most `maxWaiting` reads waiting).
   */
  static async open(
    instance: DuckDBInstance,
    connection: DuckDBConnection,
    dir: string,
    options: { readers?: number; maxWaiting?: number },
  ): Promise<OverlayReaders> {
    const r = await connection.runAndReadAll('SELECT current_database() AS d');
    const catalog = String(r.getRows()[0][0]);
    const plan = await planOverlay(connection, catalog, dir);
    const pool = new ConnectionPool(
      () => instance.connect(),
      Math.max(1, options.readers ?? 1),
      options.maxWaiting ?? 256,
    );
    return new OverlayReaders(plan, catalog, pool);
  }

  /** Runs `fn` on a pool connection with the overlay installed. */
  use<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.pool.use(fn, (c) => this.prepare(c));
  }

  /** After a committed write on `connection`: re-plan; each read connection reinstalls on next use. */
  async changed(connection: DuckDBConnection): Promise<void> {
    this.version++;
    this.plan = await planOverlay(connection, this.catalog, this.plan.dir);
  }

  private async prepare(conn: DuckDBConnection): Promise<void> {
    if (this.installed.get(conn) === this.version) return;
    await conn.run(overlaySql(this.plan, this.catalog));
    this.installed.set(conn, this.version);
  }

  /** Reads running or waiting. */
  get busy(): number {
    return this.pool.running + this.pool.queued;
  }

  /** Resolves once no read runs or waits. */
  idle(): Promise<void> {
    return this.pool.idle();
  }

  /** Closes the pool's connections (after `idle`). */
  close(): void {
    this.pool.close();
  }
}
