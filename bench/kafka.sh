#!/usr/bin/env bash
# Kafka sink throughput: replays a >= 1M-line real trace (recorded by bench/parser.sh, kept in target/bench/)
# with --sink kafka to the local broker of scripts/kafka-broker.sh, and once with files only for comparison.
# Prints lines, events, Kafka records shipped (raw + raw.chain + events + checkpoints), wall time and rates.
#   bench/kafka.sh [PORT]   default 9092 (the broker is started when nothing listens there)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-9092}
TRACE=target/bench/trace-1M.strace
[ -s "$TRACE" ] || bench/parser.sh 1 >/dev/null
[ -s target/straceflow.jar ] || mvn -q -DskipTests package
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || scripts/kafka-broker.sh start "$PORT"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
lines=$(wc -l < "$TRACE")
run() { # $1 = label, rest = options
  local label=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  java -jar target/straceflow.jar replay -o "$OUT/$label" "$@" "$TRACE" 2>"$OUT/$label.err" || { cat "$OUT/$label.err"; exit 1; }
  t1=$(date +%s.%N)
  local secs events sent failed
  secs=$(echo "$t1 - $t0" | bc -l)
  events=$(grep -o 'events=[0-9]*' "$OUT/$label.err" | head -1 | cut -d= -f2)
  sent=$(grep -o 'kafka_sent=[0-9]*' "$OUT/$label.err" | cut -d= -f2 || true)
  failed=$(grep -o 'kafka_failed=[0-9]*' "$OUT/$label.err" | cut -d= -f2 || true)
  printf '%-6s lines=%d events=%s kafka_sent=%s kafka_failed=%s wall=%.1fs  %.0f events/s  %.0f records/s to Kafka\n' \
    "$label" "$lines" "$events" "${sent:-0}" "${failed:-0}" "$secs" "$(echo "$events / $secs" | bc -l)" \
    "$(echo "${sent:-0} / $secs" | bc -l)"
}
run file
run kafka --sink kafka --kafka-brokers "127.0.0.1:$PORT" --topic-prefix "bench$(date +%s)"
