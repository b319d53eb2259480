#!/usr/bin/env bash
# JVM options and builds side by side: replays one trace under each variant, alternating variants within each
# round (the machines here are noisy: CPU steal), and prints the median wall time, CPU time (user+sys) and peak RSS
# per variant. Use it to choose the launcher's JVM options or to compare a change against an older jar.
#   bench/jvm.sh [RUNS] [TRACE] -- VARIANT...
#     VARIANT: "JAR|JVM OPTIONS" (JAR empty = target/straceflow.jar, OPTIONS may be empty), e.g.
#     bench/jvm.sh 3 target/bench/memory-1000000.strace -- "|-Xmx320m" "|-Xmx320m -XX:+UseSerialGC" "old.jar|-Xmx320m"
#   default: RUNS=3, TRACE = the first 300 000 lines of bench/memory.sh's 1M-line trace, variants = the launcher's
#   options with G1 (its default) and with the serial collector
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=3
TRACE=target/bench/jvm-300k.strace
if [ $# -gt 0 ] && [ "$1" != "--" ]; then RUNS=$1; shift; fi
if [ $# -gt 0 ] && [ "$1" != "--" ]; then TRACE=$1; shift; fi
[ "${1:-}" = "--" ] && shift
OPTS=$(sed -n 's/^DEFAULT_JAVA_OPTS="\(.*\)"$/\1/p' straceflow)
VARIANTS=("$@")
[ ${#VARIANTS[@]} -gt 0 ] || VARIANTS=("|$OPTS -XX:+UseG1GC" "|$OPTS -XX:+UseSerialGC")
[ -f target/straceflow.jar ] || mvn -q -B -DskipTests package
if [ ! -s "$TRACE" ]; then
  [ -s target/bench/memory-1000000.strace ] || bench/memory.sh 1000000 >/dev/null
  head -300000 target/bench/memory-1000000.strace > "$TRACE"
fi
echo "trace: $TRACE, $(wc -l < "$TRACE") lines; $RUNS rounds, variants alternate within a round"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for r in $(seq "$RUNS"); do
  for i in "${!VARIANTS[@]}"; do
    jar=${VARIANTS[$i]%%|*}; opts=${VARIANTS[$i]#*|}
    rm -rf "$OUT/out"
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/t" java $opts -jar "${jar:-target/straceflow.jar}" replay -q \
      -o "$OUT/out" "$TRACE" >/dev/null 2>"$OUT/err" || { cat "$OUT/err"; exit 1; }
    awk '{printf "%s %.2f %d\n", $1, $2 + $3, $4 / 1024}' "$OUT/t" >> "$OUT/v$i"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-8s %-8s %-8s %-7s %s\n' "wall s" "cpu s" "RSS MB" "runs" "variant (jar|JVM options)"
for i in "${!VARIANTS[@]}"; do
  printf '%-8s %-8s %-8s %-7s %s\n' "$(cut -d' ' -f1 "$OUT/v$i" | median)" "$(cut -d' ' -f2 "$OUT/v$i" | median)" \
    "$(cut -d' ' -f3 "$OUT/v$i" | median)" "$RUNS" "${VARIANTS[$i]}"
done
