#!/usr/bin/env bash
# Enrichment cost on one core: events/s of parse-only vs parse+enrich on a real trace (median of RUNS passes).
# Records a multi-process trace once (our strace flags; a shell pipeline, tar|gzip of /usr/include, a
# multi-threaded python3 run), concatenates copies up to >= 1M lines (the copies reuse pids: a pid-reuse
# workload for free), then runs io.straceflow.enrich.EnrichBench pinned to one CPU.
#   bench/enrich.sh [RUNS] [TRACE]   default RUNS=3; the recorded trace is kept in target/bench/ for reruns
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${1:-3}
OUT=target/bench
TRACE=${2:-$OUT/enrich-1M.strace}
mkdir -p "$OUT"

if [ ! -s "$TRACE" ]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
  FLAGS=(-f -tt -yy -v -x -s 1000 -T -o)
  strace "${FLAGS[@]}" "$WORK/sh.strace" -- sh -c 'seq 1 20000 | sort -r | head -1; ls /usr/bin | wc -l' >/dev/null
  strace "${FLAGS[@]}" "$WORK/tar.strace" -- sh -c "tar cf - -C /usr/include . | gzip -1 > $WORK/inc.tgz" 2>/dev/null || true
  strace "${FLAGS[@]}" "$WORK/py.strace" -- /usr/bin/python3 core/src/test/resources/parse/programs/threads.py
  cat "$WORK/sh.strace" "$WORK/tar.strace" "$WORK/py.strace" > "$WORK/one.strace"
  enlarge "$WORK/one.strace" "$TRACE" 1000000
fi
echo "trace: $TRACE, $(wc -l < "$TRACE") lines, $(du -h "$TRACE" | cut -f1)"

taskset -c 0 java -Xmx4g -cp "$(bench_classpath)" io.straceflow.enrich.EnrichBench "$TRACE" "$RUNS"
