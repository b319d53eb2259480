#!/usr/bin/env bash
# What the end-of-run report costs (issue #21): `straceflow replay` of a real trace with its summary (no -q) and
# without (-q), two jars side by side, alternating run by run, medians of RUNS: wall time, CPU (user + sys) and peak
# RSS from /usr/bin/time; then `straceflow summary DIR` (the offline reader) with each jar. Also checks that NEW_JAR's
# printed summary equals `straceflow summary DIR` afterwards.
#   bench/report.sh BASE_JAR NEW_JAR [TRACE] [RUNS]   defaults: target/bench/b-300k.strace, 5 runs
# Each jar needs its target/lib beside it (as `mvn -DskipTests package -pl cli -am` leaves it). Both run with the
# launcher's JVM options for a replay of this size (-Xmx320m, C1 only), without its class-data archive.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/report.sh BASE_JAR NEW_JAR [TRACE] [RUNS]" >&2; exit 2; }
cd "$(dirname "$0")/.."
BASE=$(realpath "$1")
NEW=$(realpath "$2")
TRACE=$(realpath "${3:-target/bench/b-300k.strace}")
RUNS=${4:-5}
JAVA_OPTS=(-Xmx320m -XX:TieredStopAtLevel=1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

# one JAR [-q]: a replay into a fresh directory; appends "wall cpu rss_kb" to the configuration's file
one() {
  local jar=$1 quiet=${2:-}
  rm -rf out
  /usr/bin/time -f "%e %U %S %M" -o time.txt java "${JAVA_OPTS[@]}" -jar "$jar" replay $quiet -o out "$TRACE" \
    >/dev/null 2>stderr.txt
  awk '{printf "%s %.2f %d\n", $1, $2 + $3, $4}' time.txt >> "$3"
}

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
col() { awk -v c="$2" '{print $c}' "$1" | median; }

for i in $(seq "$RUNS"); do
  if [ $((i % 2)) -eq 1 ]; then order=(base new); else order=(new base); fi # who goes first alternates too
  for who in "${order[@]}"; do
    jar=$BASE; [ "$who" = new ] && jar=$NEW
    one "$jar" "" "$who-report.txt"
    if [ "$who" = new ] && [ ! -f checked ]; then # the report printed = `summary DIR` afterwards, byte for byte
      java "${JAVA_OPTS[@]}" -jar "$NEW" summary out > summary.txt
      sed '$d' stderr.txt > printed.txt # all but the last line ("N lines traced; output in ...")
      if cmp -s printed.txt summary.txt; then echo "NEW: report = summary DIR" > checked; else echo "NEW: report != summary DIR" > checked; fi
    fi
  done
  for who in "${order[@]}"; do
    jar=$BASE; [ "$who" = new ] && jar=$NEW
    one "$jar" -q "$who-quiet.txt"
  done
done

# the offline reader (`summary DIR`) on the last run's directory: it must not have become slower
for i in $(seq "$RUNS"); do
  for who in base new; do
    jar=$BASE; [ "$who" = new ] && jar=$NEW
    /usr/bin/time -f "%e %U %S %M" -o time.txt java "${JAVA_OPTS[@]}" -jar "$jar" summary out >/dev/null
    awk '{printf "%s %.2f %d\n", $1, $2 + $3, $4}' time.txt >> "$who-summary.txt"
  done
done

echo "replay of $TRACE ($(wc -l < "$TRACE") lines), medians of $RUNS, alternating"
printf '%-22s %8s %8s %12s\n' "" "wall s" "cpu s" "peak RSS MB"
for cfg in base-report new-report base-quiet new-quiet base-summary new-summary; do
  printf '%-22s %8s %8s %12d\n' "$cfg" "$(col "$cfg.txt" 1)" "$(col "$cfg.txt" 2)" "$(( $(col "$cfg.txt" 3) / 1024 ))"
done
for who in base new; do
  printf 'the report costs (%s): %.2f s wall, %.2f s cpu\n' "$who" \
    "$(echo "$(col "$who-report.txt" 1) - $(col "$who-quiet.txt" 1)" | bc -l)" \
    "$(echo "$(col "$who-report.txt" 2) - $(col "$who-quiet.txt" 2)" | bc -l)"
done
cat checked
