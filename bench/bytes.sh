#!/usr/bin/env bash
# The bytes path on one core: syscalls.log + events.jsonl + enriched.jsonl written by the real stages (no Camel
# routing, no actions) from a saved trace; lines/s from the thread's CPU time, median of RUNS passes after one
# warm-up pass. Runs io.straceflow.sink.BytesBench. BASE_JAR=old/straceflow.jar runs the same bench on older
# classes (put first on the class path) for a before/after in one session.
#   bench/bytes.sh TRACE [LINES] [RUNS]   default LINES=200000, RUNS=3
set -euo pipefail
cd "$(dirname "$0")/.."
TRACE=$1
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
CP="${BASE_JAR:+$BASE_JAR:}target/classes:target/test-classes:$(cat target/bench.classpath)"
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi
"${PIN[@]}" java -Xmx2g -cp "$CP" io.straceflow.sink.BytesBench "$TRACE" "${2:-200000}" "${3:-3}"
