#!/usr/bin/env bash
# The file sink of a stream, straceflow's chainfile: against Camel's file: producer (append; with and without its
# fsync of every write), on stamped batches of 1 record (actions.jsonl: one exchange per action) and of 250 records
# (events.jsonl: one exchange per 64 KiB of trace). Prints the median time per exchange and per record.
# Runs io.straceflow.sink.FileSinkBench on one core.
#   bench/filesink.sh [RUNS]   default RUNS=5
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
on_one_core io.straceflow.sink.FileSinkBench "${1:-5}"
