#!/usr/bin/env bash
# Parser speed on one core. Records a real trace once (our strace flags, a tar+gzip of /usr/include and a
# multi-threaded python3 run), concatenates copies until it has >= 1M lines, then runs
# io.straceflow.parse.ParserBench (median of RUNS passes) pinned to one CPU.
#   bench/parser.sh [RUNS] [TRACE]   default RUNS=3; the recorded trace is kept in target/bench/ for reruns;
#                                    give TRACE to measure another strace -o file instead
#   BASE_JAR=old/lib/straceflow-core-*.jar puts an older build's core classes first, for a before/after in one session
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${1:-3}
OUT=target/bench
TRACE=${2:-$OUT/trace-1M.strace}
mkdir -p "$OUT"

if [ ! -s "$TRACE" ]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
  FLAGS=(-f -tt -yy -v -x -s 1000 -T -o)
  strace "${FLAGS[@]}" "$WORK/tar.strace" -- tar czf "$WORK/inc.tgz" -C /usr/include . 2>/dev/null || true
  strace "${FLAGS[@]}" "$WORK/py.strace" -- /usr/bin/python3 core/src/test/resources/parse/programs/threads.py
  cat "$WORK/tar.strace" "$WORK/py.strace" > "$WORK/one.strace"
  enlarge "$WORK/one.strace" "$TRACE" 1000000
fi
echo "trace: $TRACE, $(wc -l < "$TRACE") lines, $(du -h "$TRACE" | cut -f1)"

taskset -c 0 java -Xmx4g -cp "${BASE_JAR:+$BASE_JAR:}$(bench_classpath)" io.straceflow.parse.ParserBench "$TRACE" "$RUNS"
