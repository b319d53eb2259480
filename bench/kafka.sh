#!/usr/bin/env bash
# Kafka sink throughput: replays a >= 1M-line real trace (recorded by bench/parser.sh, kept in target/bench/)
# with --sink kafka to the local broker of scripts/kafka-broker.sh, and with files only for comparison (the
# upper bound: the same pipeline with nothing to ship).
# Prints per run: lines, events, Kafka records shipped (raw + raw.chain + events + enriched + actions +
# checkpoints), wall and CPU time (user+sys: the machine is shared, so wall time alone misleads), the broker's CPU
# time when scripts/kafka-broker.sh runs it, and rates; then the median per label.
#   bench/kafka.sh [PORT [JAR...]]   PORT default 9092 (a broker is started when nothing listens there);
#                                    JARs default target/straceflow.jar. With several jars each round runs them
#                                    one after the other (alternating, so a busy spell hits all alike).
#   RUNS=N (default 1) rounds; each round is one files-only run (first jar), then one Kafka run per jar.
#   TRACE=FILE replays another trace (e.g. target/bench/memory-1000000.strace from bench/memory.sh).
#   JAVA_OPTS="-Xmx320m -XX:TieredStopAtLevel=1" runs every jar with the launcher's options for such a replay (the
#   default JIT's C2 compiler threads alone made a 3 s gap between two builds whose pipeline threads were even).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-9092}
shift || true
JARS=("$@")
[ ${#JARS[@]} -gt 0 ] || JARS=(target/straceflow.jar)
RUNS=${RUNS:-1}
TRACE=${TRACE:-target/bench/trace-1M.strace}
[ -s "$TRACE" ] || bench/parser.sh 1 >/dev/null
[ -s target/straceflow.jar ] || mvn -q -B -DskipTests package
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || scripts/kafka-broker.sh start "$PORT"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
lines=$(wc -l < "$TRACE")
for i in "${!JARS[@]}"; do echo "jar$i = ${JARS[$i]}"; done

BROKER_PID=$(cat target/kafka-broker/pid 2>/dev/null || true)
broker_ticks() { # CPU time of the local broker's JVM in clock ticks, 0 when it is not ours
  if [ -n "$BROKER_PID" ] && [ -r "/proc/$BROKER_PID/stat" ]; then
    sed 's/^.*) //' "/proc/$BROKER_PID/stat" | awk '{ print $12 + $13 }'
  else echo 0; fi
}
TCK=$(getconf CLK_TCK)

run() { # $1 = label, $2 = jar, rest = options
  local label=$1 jar=$2; shift 2
  local dir="$OUT/run" wall usr sys events sent failed b0 b1
  rm -rf "$dir"
  b0=$(broker_ticks)
  /usr/bin/time -f '%e %U %S' -o "$OUT/time" java ${JAVA_OPTS:-} -jar "$jar" replay -o "$dir" "$@" "$TRACE" 2>"$OUT/err" \
    || { cat "$OUT/err"; exit 1; }
  b1=$(broker_ticks)
  read -r wall usr sys < "$OUT/time"
  events=$(grep -o 'events=[0-9]*' "$OUT/err" | head -1 | cut -d= -f2)
  sent=$(grep -o 'kafka_sent=[0-9]*' "$OUT/err" | cut -d= -f2 || true)
  failed=$(grep -o 'kafka_failed=[0-9]*' "$OUT/err" | cut -d= -f2 || true)
  rm -rf "$dir"
  awk -v l="$label" -v n="$lines" -v e="$events" -v s="${sent:-0}" -v f="${failed:-0}" -v w="$wall" -v u="$usr" \
    -v y="$sys" -v b="$(( (b1 - b0) ))" -v t="$TCK" 'BEGIN {
      printf "%-10s lines=%d events=%d kafka_sent=%d kafka_failed=%d wall=%.1fs cpu=%.1f+%.1fs broker_cpu=%.1fs  %.0f events/s  %.0f records/s to Kafka\n",
        l, n, e, s, f, w, u, y, b / t, e / w, s / w
      printf "%s %f %f %f %f %f %f\n", l, w, u + y, e / w, s / w, f, b / t > "/dev/stderr" }' 2>>"$OUT/results"
}

for round in $(seq "$RUNS"); do
  echo "round $round/$RUNS"
  run file "${JARS[0]}"
  for i in "${!JARS[@]}"; do
    run "kafka$([ ${#JARS[@]} -gt 1 ] && echo ":jar$i")" "${JARS[$i]}" \
      --sink kafka --kafka-brokers "127.0.0.1:$PORT" --topic-prefix "bench$(date +%s%N)"
  done
done

echo "medians over $RUNS round(s):"
sort -k1,1 -s "$OUT/results" | awk '
  function median(a, n,   i, j, t) { # a[1..n], small n: insertion sort
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  function flush() { if (n) printf "%-10s runs=%d wall=%.1fs cpu=%.1fs broker_cpu=%.1fs  %.0f events/s  %.0f records/s to Kafka  failed=%d\n",
      label, n, median(w, n), median(c, n), median(b, n), median(e, n), median(s, n), median(f, n); n = 0 }
  $1 != label { flush(); label = $1 }
  { n++; w[n] = $2; c[n] = $3; e[n] = $4; s[n] = $5; f[n] = $6; b[n] = $7 }
  END { flush() }'
