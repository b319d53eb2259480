#!/usr/bin/env bash
# The bytes path on one core: syscalls.log + events.jsonl + enriched.jsonl written by the real stages (no Camel
# routing, no actions) from a saved trace; lines/s from the thread's CPU time, median of RUNS passes after one
# warm-up pass. Runs io.straceflow.sink.BytesBench. BASE_JAR=old/straceflow.jar runs the same bench on older
# classes (put first on the class path) for a before/after in one session.
#   bench/bytes.sh TRACE [LINES] [RUNS]   default LINES=200000, RUNS=3
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
on_one_core io.straceflow.sink.BytesBench "$1" "${2:-200000}" "${3:-3}"
