#!/usr/bin/env bash
# Actions stage speed: events/s through routes/actions.yaml on one core, from a real trace (our strace flags,
# tar+gzip of /usr/include), parsed up front. Runs io.straceflow.aggregate.ActionsBench (median of RUNS).
#   bench/actions.sh [RUNS] [TRACE]   default RUNS=5; the recorded trace is kept in target/bench/
#   JAVA_OPTS=-Dstraceflow.actions.quiet-flush=false bench/actions.sh   replay mode (no wall-clock flush)
#   JAVA_OPTS=-Dbench.feed=event bench/actions.sh   one event per exchange into direct:actions (default: batches of
#                                                   one 64 KiB read into direct:actions-feed, as the pipeline)
#   CLASSES=DIR JAVA_OPTS=-Dbench.routes=file:DIR/actions.yaml   another build, for before/after in one session
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
OUT=target/bench
TRACE=${2:-$OUT/actions.strace}
mkdir -p "$OUT"
if [ ! -s "$TRACE" ]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
  strace -f -tt -yy -v -x -s 1000 -T -o "$TRACE" -- tar czf "$WORK/inc.tgz" -C /usr/include . 2>/dev/null || true
fi
echo "trace: $TRACE, $(wc -l < "$TRACE") lines"
. bench/lib.sh
CP=$(bench_classpath)
# CLASSES=DIR: other main classes (an older build's) in front of core's
taskset -c 0 java -Xmx2g ${JAVA_OPTS:-} -cp "${CLASSES:+$CLASSES:}$CP" \
  io.straceflow.aggregate.ActionsBench "$TRACE" "$RUNS"
