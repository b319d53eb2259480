#!/usr/bin/env bash
# Start-up (issue 21): how long `straceflow run -q -- true` (and `-- ls`) takes against a bare `java Hello` on the
# same JVM, the one the launcher runs. Medians of RUNS rounds; within a round every command runs once, in turn, so
# a busy machine slows all of them alike. Then, for the last launcher, where the time of `run -q -- true` goes
# (-Dstraceflow.timing=true, medians per phase), when its jar has the timing.
#   bench/startup.sh [RUNS] [LAUNCHER...]     default: 7 rounds, ./straceflow
#   bench/startup.sh 7 /tmp/old/straceflow ./straceflow     # a build before a change against this one
# Each launcher runs once first (it builds its jar and class-data archive on first use); every run is in a fresh
# temporary directory (straceflow writes ./straceflow-out).
# Then `run -q -- true` served by a standby JVM (STRACEFLOW_STANDBY=1): every run in one directory (a standby JVM
# serves only its own), each once a standby JVM is ready; the wait is not timed (at a terminal, the seconds between
# two commands give it). A launcher without the standby (an older build) runs in a JVM of its own there.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=7
if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then RUNS=$1; shift; fi
LAUNCHERS=("$@")
[ ${#LAUNCHERS[@]} -gt 0 ] || LAUNCHERS=(./straceflow)
for i in "${!LAUNCHERS[@]}"; do LAUNCHERS[$i]=$(readlink -f "${LAUNCHERS[$i]}"); done

WORK=$(mktemp -d)
trap 'pkill -f -- "-Dstraceflow.standby=$WORK/" || true; rm -rf "$WORK"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n' > "$WORK/Hello.java"
javac --release 17 -d "$WORK" "$WORK/Hello.java"

# The JVM a launcher runs: the traced sh's parent is strace, whose parent is straceflow's java.
JAVAS=()
for i in "${!LAUNCHERS[@]}"; do
  d=$(mktemp -d -p "$WORK")
  (cd "$d" && "${LAUNCHERS[$i]}" run -q -- sh -c 'readlink /proc/$(ps -o ppid= -p $PPID | tr -d " ")/exe' \
    > "$WORK/java.$i" 2> "$WORK/first.$i") || { cat "$WORK/first.$i"; exit 1; }
  JAVAS[$i]=$(cat "$WORK/java.$i")
  echo "launcher ${LAUNCHERS[$i]}: java ${JAVAS[$i]}"
done

# "wall cpu" of the command just timed: the wall in milliseconds from bash's clock since $1 (/usr/bin/time gives
# hundredths, too coarse for java Hello's ~30 ms), the CPU (user+sys, seconds) from /usr/bin/time's $WORK/time
wall_since() {
  local now=${EPOCHREALTIME/,/.}
  awk -v s="$1" -v e="$now" '{printf "%.3f %.2f\n", e - s, $2 + $3}' "$WORK/time"
}

# timed LABEL COMMAND...: one run in a fresh directory, appends "wall cpu" (seconds) to $WORK/t.LABEL
timed() {
  local label=$1 d
  shift
  d=$(mktemp -d -p "$WORK")
  local start=${EPOCHREALTIME/,/.}
  (cd "$d" && /usr/bin/time -f '%e %U %S' -o "$WORK/time" "$@" > /dev/null 2> "$WORK/err") || {
    cat "$WORK/err"
    exit 1
  }
  wall_since "$start" >> "$WORK/t.$label"
  rm -rf "$d"
}

for _ in $(seq "$RUNS"); do
  for i in "${!LAUNCHERS[@]}"; do
    timed "hello.$i" "${JAVAS[$i]}" -cp "$WORK" Hello
    timed "true.$i" "${LAUNCHERS[$i]}" run -q -- true
    timed "ls.$i" "${LAUNCHERS[$i]}" run -q -- ls
  done
done

# The standby JVM's runs: a directory and a standby directory per launcher
standby_wait() { # up to 60 s for a ready standby JVM (none comes from a launcher without them)
  local n
  for n in $(seq 600); do
    [ -p "$1/ready" ] && return 0
    [ "$n" -gt 50 ] && ! pgrep -f -- "-Dstraceflow.standby=$1" > /dev/null && return 0
    sleep 0.1
  done
}
for i in "${!LAUNCHERS[@]}"; do mkdir -p "$WORK/sb-run.$i"; done
for r in $(seq 0 "$RUNS"); do # round 0 starts the first standby JVM, untimed
  for i in "${!LAUNCHERS[@]}"; do
    export STRACEFLOW_STANDBY=1 STRACEFLOW_STANDBY_DIR="$WORK/sb.$i"
    standby_wait "$STRACEFLOW_STANDBY_DIR"
    if [ "$r" = 0 ]; then
      (cd "$WORK/sb-run.$i" && "${LAUNCHERS[$i]}" run -q -o "out.$r" -- true > /dev/null 2>&1)
    else
      start=${EPOCHREALTIME/,/.}
      (cd "$WORK/sb-run.$i" && /usr/bin/time -f '%e %U %S' -o "$WORK/time" "${LAUNCHERS[$i]}" run -q -o "out.$r" \
        -- true > /dev/null 2> "$WORK/err") || { cat "$WORK/err"; exit 1; }
      wall_since "$start" >> "$WORK/t.standby.$i"
    fi
    unset STRACEFLOW_STANDBY STRACEFLOW_STANDBY_DIR
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
col() { cut -d' ' -f"$2" "$WORK/t.$1" | median; }
echo
echo "medians of $RUNS rounds (wall and user+sys CPU, seconds); ratio = wall / wall of java Hello on the same JVM"
printf '%-8s %-8s %-7s %s\n' "wall" "cpu" "ratio" "command"
for i in "${!LAUNCHERS[@]}"; do
  hello=$(col "hello.$i" 1)
  printf '%-8s %-8s %-7s %s\n' "$hello" "$(col "hello.$i" 2)" "1" "${JAVAS[$i]} Hello"
  for what in true ls standby; do
    wall=$(col "$what.$i" 1)
    printf '%-8s %-8s %-7s %s\n' "$wall" "$(col "$what.$i" 2)" "$(awk -v a="$wall" -v b="$hello" 'BEGIN {printf "%.1f", a / b}')" \
      "$([ "$what" = standby ] && echo "STRACEFLOW_STANDBY=1 ")${LAUNCHERS[$i]} run -q -- ${what/standby/true}"
  done
done

# Where the time goes: the phases of the last launcher's `run -q -- true` (its jar prints them with the property).
last=$((${#LAUNCHERS[@]} - 1))
: > "$WORK/phases"
for _ in $(seq "$RUNS"); do
  d=$(mktemp -d -p "$WORK")
  (cd "$d" && STRACEFLOW_JAVA_OPTS="${STRACEFLOW_JAVA_OPTS:-} -Dstraceflow.timing=true" "${LAUNCHERS[$last]}" run -q \
    -- true 2>&1 >/dev/null | sed -n 's/^straceflow: timing //p') >> "$WORK/phases"
  rm -rf "$d"
done
if [ -s "$WORK/phases" ]; then
  echo
  echo "where the time of ${LAUNCHERS[$last]} run -q -- true goes: medians of $RUNS runs, ms (phases in order)"
  sed 's/ \([0-9]*\) ms (at \([0-9]*\) ms)$/|\1|\2/' "$WORK/phases" > "$WORK/p"
  cut -d'|' -f1 "$WORK/p" | awk '!seen[$0]++' | while read -r phase; do
    printf '%6s  %s\n' "$(awk -F'|' -v p="$phase" '$1 == p {print $2}' "$WORK/p" | median)" "$phase"
  done
  printf '%6s  %s\n' "$(awk -F'|' '$1 == "rest of the command" {print $3}' "$WORK/p" | median)" \
    "in all, from the launcher's start to the exit"
fi
