#!/usr/bin/env bash
# The Kafka sink alone: the lines of a finished output directory (make one with
# `./straceflow replay -o DIR target/bench/trace-1M.strace`) shipped by routes/kafka.yaml to the local broker of
# scripts/kafka-broker.sh as fast as it takes them, fed by two threads as the pipeline's (the reading thread: the raw
# stream; the downstream thread: events, enriched, actions); records/s and CPU per record (the process, the route's
# sending threads, Kafka's network thread, the feeding threads, the JVM's own: GC and JIT). Compared with the same
# records sent by kafka-clients' own producer and the same settings, nothing else (the floor under the sink on this
# machine), and handed straight to camel-kafka's producer (the floor of any route through camel-kafka): two warm-up
# passes of each, then RUNS rounds of the three one after the other; medians, and the median of the rounds'
# shipper/kafka-clients ratios. Runs io.straceflow.kafka.ShipperBench.
# BASE_JAR=old/straceflow.jar runs the same bench on older classes (put first on the class path) for a before/after
# in one session; route options as JAVA_OPTS, e.g. JAVA_OPTS=-Dstraceflow.kafka.compression=zstd.
#   bench/shipper.sh DIR [LINES] [RUNS] [PORT]   default LINES=100000 (per stream), RUNS=3, PORT=9092
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=$1
PORT=${4:-9092}
. bench/lib.sh
CP="${BASE_JAR:+$BASE_JAR:}$(bench_classpath)"
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || scripts/kafka-broker.sh start "$PORT"
# shellcheck disable=SC2086
java -Xmx3g ${JAVA_OPTS:-} -cp "$CP" io.straceflow.kafka.ShipperBench "127.0.0.1:$PORT" "$DIR" "${2:-100000}" "${3:-3}"
