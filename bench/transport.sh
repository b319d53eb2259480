#!/usr/bin/env bash
# The floor under a live run: what strace costs once its lines go somewhere real. Issue 21 measures `straceflow run
# --cpus C -- W` against `strace -o /dev/null -- W` on the same CPU; but straceflow's strace runs with more flags (-q,
# -T: each syscall's time) and writes every line into a FIFO that another thread reads, while /dev/null costs
# nothing. This runs, alternating within each round, strace and W on one CPU (taskset -c, as --cpus does) and any
# reader on the other CPUs:
#   1. strace -o /dev/null, the issue's flags              (the issue's floor)
#   2. strace -o /dev/null, straceflow's flags (-q -T)
#   3. the same into a FIFO that a reader drains every 5 ms (python3; straceflow's reader also gathers 5 ms a batch)
#   4. the same into a regular file that a reader drains every 5 ms (the design without a FIFO)
#   5. strace -o /dev/null, straceflow's flags, while a spin loop keeps the other CPUs busy (as the pipeline does:
#      on these VMs a busy neighbour CPU slows strace too)
#   6. straceflow run -q --cpus C -- W
#   7. the same served by a standby JVM (STRACEFLOW_STANDBY=1; after each, untimed, the wait for the next one to be
#      ready, so that its warm-up slows no other run)
# and prints each median and its ratio to 1.
#   bench/transport.sh [RUNS] [BYTES]   default RUNS=5, BYTES=100000 (dd bs=1: about 200 000 trace lines)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
BYTES=${2:-100000}
OUT=target/bench
mkdir -p "$OUT"
[ -f target/straceflow.jar ] || mvn -q -B -DskipTests package
command -v python3 >/dev/null || { echo "bench/transport.sh needs python3" >&2; exit 1; }
W=(dd if=/dev/zero of=/dev/null bs=1 count="$BYTES")
./straceflow --version >/dev/null # the class-data archive, made once here
CPU=$(grep Cpus_allowed_list /proc/self/status | sed 's/.*[-,:[:space:]]//')
FLAGS=(-f -tt -yy -v -x -s 1000)
OWN=(-f -q -tt -yy -v -x -s 1000 -T) # as LiveTrace starts strace
WORK=$(mktemp -d)
trap 'pkill -f -- "-Dstraceflow.standby=$WORK/" || true; rm -rf "$WORK"' EXIT
SB=(env STRACEFLOW_STANDBY=1 STRACEFLOW_STANDBY_DIR="$WORK/standby")
standby_ready() {
  local n
  for n in $(seq 600); do
    [ -p "$WORK/standby/ready" ] && return 0
    sleep 0.1
  done
  echo "bench/transport.sh: no standby JVM became ready in 60 s" >&2
  exit 1
}
standby_pid() { # the ready standby JVM's
  local f
  for f in "$WORK/standby"/standby.*; do [ "$f" -ef "$WORK/standby/ready" ] && echo "${f##*.}"; done
  return 0
}
served=0

# drain PATH fifo|file: reads PATH every 5 ms until its writer is done (fifo: end of file; file: PATH.done exists)
cat > "$WORK/drain.py" <<'EOF'
import os, sys, time
path, kind = sys.argv[1], sys.argv[2]
fd = os.open(path, os.O_RDONLY | (os.O_NONBLOCK if kind == "fifo" else 0))
seen = 0
while True:
    try:
        b = os.read(fd, 1 << 20)
    except BlockingIOError:
        b = None
    if b:
        seen += len(b)
        continue
    if b == b"" and (kind == "fifo" and seen > 0 or kind == "file" and os.path.exists(path + ".done")):
        break
    time.sleep(0.005)
EOF
others=$(python3 -c "import os; print(','.join(str(c) for c in sorted(os.sched_getaffinity(0)) if c != $CPU) or '$CPU')")

now() { date +%s.%N; }
timed() { local s e; s=$(now); "$@" >/dev/null 2>&1; e=$(now); echo "$e - $s" | bc -l; }
through() { # through fifo|file: strace (own flags) into a FIFO or file that the reader drains; prints the seconds
  local kind=$1 path="$WORK/out.$1" s e
  rm -f "$path" "$path.done"
  if [ "$kind" = fifo ]; then mkfifo "$path"; else : > "$path"; fi
  taskset -c "$others" python3 "$WORK/drain.py" "$path" "$kind" & local reader=$!
  s=$(now)
  taskset -c "$CPU" strace "${OWN[@]}" -o "$path" -- "${W[@]}" >/dev/null 2>&1
  touch "$path.done"
  wait "$reader"
  e=$(now)
  echo "$e - $s" | bc -l
}

names=("strace -o /dev/null (the issue's flags)" "strace -o /dev/null, straceflow's flags" \
  "  into a FIFO read every 5 ms" "  into a file read every 5 ms" "  /dev/null, the other CPUs busy" \
  "straceflow run --cpus $CPU" "  served by a standby JVM")
for i in 0 1 2 3 4 5 6; do : > "$WORK/t$i"; done
"${SB[@]}" ./straceflow run -q -o "$WORK/first" -- true # starts the first standby JVM
standby_ready
for _ in $(seq "$RUNS"); do
  timed taskset -c "$CPU" strace "${FLAGS[@]}" -o /dev/null -- "${W[@]}" >> "$WORK/t0"
  timed taskset -c "$CPU" strace "${OWN[@]}" -o /dev/null -- "${W[@]}" >> "$WORK/t1"
  through fifo >> "$WORK/t2"
  through file >> "$WORK/t3"
  taskset -c "$others" sh -c 'while :; do :; done' & spin=$!
  timed taskset -c "$CPU" strace "${OWN[@]}" -o /dev/null -- "${W[@]}" >> "$WORK/t4"
  kill "$spin"; wait "$spin" 2>/dev/null || true
  rm -rf "$OUT/transport-out"
  timed ./straceflow run -q --cpus "$CPU" -o "$OUT/transport-out" -- "${W[@]}" >> "$WORK/t5"
  rm -rf "$OUT/transport-standby"
  waiting=$(standby_pid)
  timed "${SB[@]}" ./straceflow run -q --cpus "$CPU" -o "$OUT/transport-standby" -- "${W[@]}" >> "$WORK/t6"
  standby_ready
  # served: the waiting JVM is gone (it serves one run) and did not decline
  state=$(cut -d' ' -f3 "/proc/$waiting/stat" 2>/dev/null || true) # gone, or a zombie its new parent has not reaped
  { [ -z "$state" ] || [ "$state" = Z ]; } && [ ! -e "$WORK/standby/declined" ] && served=$((served + 1))
done
lines=$(grep -o '"lines" : [0-9]*' "$OUT/transport-out/run.json" | head -1 | grep -o '[0-9]*$')
echo "runs served by a standby JVM: $served of $RUNS$([ -e "$WORK/standby/declined" ] && echo "; declined: $(cat "$WORK/standby/declined")")"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "W: ${W[*]} ($lines trace lines); strace and W on CPU $CPU, readers on $others; medians of $RUNS rounds"
base=$(median < "$WORK/t0")
for i in 0 1 2 3 4 5 6; do
  m=$(median < "$WORK/t$i")
  printf '%-44s %8.2f s  %5.2fx\n' "${names[$i]}" "$m" "$(echo "$m / $base" | bc -l)"
done
