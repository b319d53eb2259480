#!/usr/bin/env bash
# A local single-node Apache Kafka broker (KRaft, broker+controller) on 127.0.0.1, without Docker:
# the broker jars come from Maven Central (straceflow-core's test dependency kafka_2.13) into target/.
#   scripts/kafka-broker.sh start [PORT]   (default 9092; the controller uses PORT+1)
#   scripts/kafka-broker.sh stop
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/kafka-broker
lib=target/kafka-broker-lib
port=${2:-9092}
case "${1:-start}" in
start)
  if [ ! -d "$lib" ]; then
    # core's test dependencies (the modules themselves left out: they are not the broker's)
    mvn -q test-compile dependency:copy-dependencies -pl core -am -DincludeScope=test -DexcludeGroupIds=io.straceflow \
      -DoutputDirectory="$PWD/$lib" >&2
  fi
  if [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
    echo "kafka: already running (pid $(cat "$dir/pid"))"; exit 0
  fi
  rm -rf "$dir"; mkdir -p "$dir"
  cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$((port + 1))
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$((port + 1))
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$PWD/$dir/logs
num.partitions=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  cp="$lib/*"
  id=$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
  java -cp "$cp" kafka.tools.StorageTool format --cluster-id="$id" -c "$dir/server.properties" >"$dir/format.log" 2>&1
  nohup java -Xmx512m -cp "$cp" kafka.Kafka "$dir/server.properties" >"$dir/broker.log" 2>&1 </dev/null &
  echo $! >"$dir/pid"
  for _ in $(seq 1 120); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "kafka: broker on 127.0.0.1:$port (pid $(cat "$dir/pid"), log $dir/broker.log)"; exit 0
    fi
    kill -0 "$(cat "$dir/pid")" 2>/dev/null || { echo "kafka: broker failed, see $dir/broker.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "kafka: broker not up after 60 s, see $dir/broker.log" >&2; exit 1 ;;
stop)
  if [ -f "$dir/pid" ]; then kill "$(cat "$dir/pid")" 2>/dev/null || true; rm -f "$dir/pid"; echo "kafka: stopped"; fi ;;
*) echo "usage: $0 start [PORT] | stop" >&2; exit 2 ;;
esac
