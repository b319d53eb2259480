#!/usr/bin/env bash
# The two runtimes side by side (issue 19): the camel-main jar as users run it (./straceflow: its JVM options and
# class-data archive) against the Camel Quarkus application (quarkus/target/quarkus-app, JVM mode) on the same JVM
# with the same JVM options, on `run -q -- true`, `run -q -- ls` and a replay of a real trace. Medians of RUNS
# rounds; within a round every command runs once, in turn, so a busy machine slows all alike. Prints wall and CPU
# (user+sys) seconds and the ratios to camel-main's wall; also the camel-main jar without the launcher's class-data
# archive, to show what that archive is worth.
#   bench/runtimes.sh [RUNS] [TRACE]   default 5 rounds, TRACE = target/bench/b-300k.strace if present, else the
#                                      first 300 000 lines of bench/memory.sh's 1M-line trace
# Builds what is missing: the launcher builds its jar and archive on first use; the Quarkus application with
# `mvn -q -DskipTests package -pl quarkus -am` at the root (the modules it depends on first).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${1:-5}
TRACE=${2:-}
if [ -z "$TRACE" ]; then
  TRACE=target/bench/b-300k.strace
  if [ ! -s "$TRACE" ]; then
    TRACE=target/bench/jvm-300k.strace
    if [ ! -s "$TRACE" ]; then
      [ -s target/bench/memory-1000000.strace ] || bench/memory.sh 1000000 >/dev/null
      head -300000 target/bench/memory-1000000.strace > "$TRACE"
    fi
  fi
fi
TRACE=$(readlink -f "$TRACE")
QJAR=$ROOT/quarkus/target/quarkus-app/quarkus-run.jar
[ -s "$QJAR" ] || mvn -q -B -DskipTests package -pl quarkus -am
OPTS=$(sed -n 's/^DEFAULT_JAVA_OPTS="\(.*\)"$/\1/p' straceflow)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && "$ROOT/straceflow" run -q -- true > /dev/null 2>&1) # first use: the launcher builds what it needs
echo "trace: $TRACE ($(wc -l < "$TRACE") lines); $RUNS rounds; the launcher's JVM options for both: $OPTS (+ C1 only)"

# timed LABEL COMMAND...: one run in a fresh directory, appends "wall cpu" (seconds) to $WORK/t.LABEL
timed() {
  local label=$1 d
  shift
  d=$(mktemp -d -p "$WORK")
  (cd "$d" && /usr/bin/time -f '%e %U %S' -o "$WORK/time" "$@" > /dev/null 2> "$WORK/err") || {
    echo "failed: $*" >&2
    cat "$WORK/err" >&2
    exit 1
  }
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$WORK/time" >> "$WORK/t.$label"
  rm -rf "$d"
}
# $WORK/quarkus MODE ARGS...: the Quarkus application as docs/quarkus.md runs it, quiet like -q, output in ./out,
# with the launcher's JVM options (its JIT option too: C1 only, which it picks for all but replays of big traces)
cat > "$WORK/quarkus" <<SH
#!/usr/bin/env bash
mode=\$1
shift
exec java $OPTS -XX:TieredStopAtLevel=1 -Dstraceflow.mode="\$mode" -Dstraceflow.out=out -Dstraceflow.quiet=true \\
  -jar "$QJAR" "\$@"
SH
chmod +x "$WORK/quarkus"
# the camel-main jar without the launcher's class-data archive of its own classes (the JDK's default one stays), so
# the table shows how much of the difference that archive is
cat > "$WORK/plain" <<SH
#!/usr/bin/env bash
exec java $OPTS -XX:TieredStopAtLevel=1 -jar "$ROOT/target/straceflow.jar" "\$@"
SH
chmod +x "$WORK/plain"

for _ in $(seq "$RUNS"); do
  timed main.true "$ROOT/straceflow" run -q -o out -- true
  timed quarkus.true "$WORK/quarkus" run -- true
  timed plain.true "$WORK/plain" run -q -o out -- true
  timed main.ls "$ROOT/straceflow" run -q -o out -- ls /usr/bin
  timed quarkus.ls "$WORK/quarkus" run -- ls /usr/bin
  timed plain.ls "$WORK/plain" run -q -o out -- ls /usr/bin
  timed main.replay "$ROOT/straceflow" replay -q -o out "$TRACE"
  timed quarkus.replay "$WORK/quarkus" replay "$TRACE"
  timed plain.replay "$WORK/plain" replay -q -o out "$TRACE"
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
col() { cut -d' ' -f"$2" "$WORK/t.$1" | median; }
echo
echo "medians of $RUNS rounds (seconds); ratio = wall / camel-main's wall (through the launcher)"
printf '%-22s %-16s %-16s %-16s %s\n' "workload" "camel-main" "main, no archive" "Quarkus (JVM)" "ratios"
for w in true ls replay; do
  case $w in true) name="run -q -- true" ;; ls) name="run -q -- ls /usr/bin" ;; replay) name="replay (trace)" ;; esac
  mw=$(col "main.$w" 1) pw=$(col "plain.$w" 1) qw=$(col "quarkus.$w" 1)
  printf '%-22s %-16s %-16s %-16s %s\n' "$name" "$mw s, $(col "main.$w" 2) cpu" "$pw s, $(col "plain.$w" 2) cpu" \
    "$qw s, $(col "quarkus.$w" 2) cpu" "$(awk -v p="$pw" -v q="$qw" -v m="$mw" 'BEGIN {printf "%.2f / %.2f", p / m, q / m}')"
done
