#!/usr/bin/env bash
# The line splitting of a replay alone (LineReader, 64 KiB reads, a handler that only counts), on one core: lines/s
# from the thread's CPU time, median of RUNS passes after a warm-up. Runs io.straceflow.strace.LineReaderBench.
# BASE_JAR=old/straceflow.jar runs the same bench on older classes (put first on the class path) for a before/after.
#   bench/reader.sh TRACE [RUNS]   default RUNS=5
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
on_one_core io.straceflow.strace.LineReaderBench "$1" "${2:-5}"
