/**
 * The ClickHouse store address: `clickhouse://user@host:port/database` (HTTP port, e.g. 8123), also read
 * from `$CAPGAP_STORE`. The password is never part of the address: it comes from
 * `$CAPGAP_CLICKHOUSE_PASSWORD` (empty if unset) and is never printed.
 */

/** A parsed ClickHouse address. */
export interface ClickHouseAddress {
  /** `http://host:port` of the server the queries go to (the initiator of distributed queries). */
  url: string;
  username: string;
  database: string;
  /** The address as given, without any password, for messages. */
  display: string;
}

/** True when a `--store` / `$CAPGAP_STORE` value names a ClickHouse address. */
export function isClickHouseStore(store: string | undefined): store is string {
  return typeof store === 'string' && store.startsWith('clickhouse://');
}

/**
 * Parses `clickhouse://user@host:port/database`; user defaults to 'default', port to 8123, database to
 * 'capgap'. A password in the address is refused (use `$CAPGAP_CLICKHOUSE_PASSWORD`).
 * @example parseClickHouseUrl('clickhouse://default@127.0.0.1:18123/capgap').url // 'http://127.0.0.1:18123'
 */
export function parseClickHouseUrl(text: string): ClickHouseAddress {
  const bad = (why: string) =>
    new Error(`invalid ClickHouse store: "${text.replace(/:[^:@/]*@/, ':***@')}"; ${why}`);
  if (!text.startsWith('clickhouse://')) throw bad('expected clickhouse://user@host:port/database');
  let u: URL;
  try {
    u = new URL(`http://${text.slice('clickhouse://'.length)}`);
  } catch {
    throw bad('expected clickhouse://user@host:port/database');
  }
  if (u.password) throw bad('put the password in $CAPGAP_CLICKHOUSE_PASSWORD, not in the address');
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'capgap';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database))
    throw bad(`database name "${database}" must be letters, digits and underscores`);
  const username = decodeURIComponent(u.username) || 'default';
  const port = u.port || '8123';
  return {
    url: `http://${u.hostname}:${port}`,
    username,
    database,
    display: `clickhouse://${username}@${u.hostname}:${port}/${database}`,
  };
}
