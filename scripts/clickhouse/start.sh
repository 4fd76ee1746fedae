#!/usr/bin/env bash
# Starts the two capgap test shards on loopback (HTTP 18123/18124, native 19000/19001) from
# scripts/clickhouse/server.xml, data under $CAPGAP_CH_DIR (default /tmp/capgap-clickhouse), and waits until
# both answer. Needs Debian's clickhouse-server (18.16). Stop them with stop.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${CAPGAP_CH_DIR:-/tmp/capgap-clickhouse}"
bin="$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)"
if [ ! -x "$bin" ]; then
  echo "clickhouse: clickhouse-server not installed (apt-get install -y clickhouse-server)" >&2
  exit 1
fi
start_one() { # name http tcp
  local d="$dir/$1"
  mkdir -p "$d/data" "$d/tmp" "$d/user_files" "$d/format_schemas"
  if [ -f "$d/pid" ] && kill -0 "$(cat "$d/pid")" 2>/dev/null; then
    echo "clickhouse: $1 already running (pid $(cat "$d/pid"))"
    return
  fi
  sed -e "s#@DIR@#$d#g" -e "s#@CONF@#$here#g" -e "s#@HTTP@#$2#g" -e "s#@TCP@#$3#g" \
    -e "s#@TCP1@#19000#g" -e "s#@TCP2@#19001#g" "$here/server.xml" >"$d/config.xml"
  # Run in the foreground of a background job (no systemd, no daemon fork): its pid is the server's.
  (cd "$d" && exec "$bin" --config-file="$d/config.xml" >"$d/stdout.log" 2>&1) &
  echo $! >"$d/pid"
}
wait_one() { # name http
  for _ in $(seq 1 100); do
    if curl -sf "http://127.0.0.1:$2/?query=SELECT%201" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$(cat "$dir/$1/pid")" 2>/dev/null; then break; fi
    sleep 0.2
  done
  echo "clickhouse: $1 did not answer on 127.0.0.1:$2; see $dir/$1/stdout.log and server.err.log" >&2
  tail -5 "$dir/$1/server.err.log" "$dir/$1/stdout.log" >&2 2>/dev/null || true
  return 1
}
start_one shard1 18123 19000
start_one shard2 18124 19001
wait_one shard1 18123
wait_one shard2 18124
echo "clickhouse: shards up on 127.0.0.1:18123 and 127.0.0.1:18124 (cluster capgap), data in $dir"
