#!/usr/bin/env bash
# Peak memory (RSS) of a full replay for traces of increasing size: bounded state means the same peak for 1M and 5M
# lines. Records a real trace (a find over /usr plus dd with 1-byte blocks), concatenates copies up to each size,
# replays each with the JVM options the ./straceflow launcher uses, and prints peak RSS (GNU time) and lines/s.
#   bench/memory.sh [SIZES]   default SIZES="1000000 5000000"; each size takes minutes at today's speed
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
SIZES=${1:-1000000 5000000}
OUT=target/bench
mkdir -p "$OUT"
[ -f target/straceflow.jar ] || mvn -q -B -DskipTests package
ONE="$OUT/memory-one.strace"
if [ ! -s "$ONE" ]; then
  strace -f -tt -yy -v -x -s 1000 -o "$ONE" -- \
    sh -c 'find /usr/share -maxdepth 3 > /dev/null; dd if=/dev/zero of=/dev/null bs=1 count=20000 2>/dev/null'
fi
./straceflow --version >/dev/null # the launcher's JVM options and class-data archive, made here first
printf '%-10s %10s %10s %12s %14s\n' "lines" "MB" "seconds" "peak RSS MB" "lines/s"
for n in $SIZES; do
  trace="$OUT/memory-$n.strace"
  [ -s "$trace" ] || enlarge "$ONE" "$trace" "$n" 2>/dev/null
  rm -rf "$OUT/memory-out"
  /usr/bin/time -f '%e %M' -o "$OUT/memory.time" \
    ./straceflow replay -q -o "$OUT/memory-out" "$trace" >/dev/null 2>&1
  read -r secs kb < "$OUT/memory.time"
  lines=$(wc -l < "$trace")
  printf '%-10s %10d %10.1f %12d %14.0f\n' "$lines" "$(( $(stat -c %s "$trace") >> 20 ))" "$secs" "$(( kb / 1024 ))" \
    "$(echo "$lines / $secs" | bc -l)"
done
echo "through ./straceflow: its JVM options ($(grep ^DEFAULT_JAVA_OPTS= straceflow)) and class-data archive"
