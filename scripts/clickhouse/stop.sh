#!/usr/bin/env bash
# Stops the shards started by start.sh (by their recorded pids only) and removes their data directory.
set -uo pipefail
dir="${CAPGAP_CH_DIR:-/tmp/capgap-clickhouse}"
for s in shard1 shard2; do
  f="$dir/$s/pid"
  [ -f "$f" ] || continue
  pid="$(cat "$f")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$f"
done
[ "${CAPGAP_CH_KEEP:-0}" = 1 ] || rm -rf "$dir"
echo "clickhouse: shards stopped"
