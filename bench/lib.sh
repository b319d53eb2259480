# Shared by the bench scripts (source it): recording helpers.

# enlarge ONE DEST MIN_LINES: writes to DEST as many copies of the real trace ONE as reach MIN_LINES lines
# (concatenated runs: real lines, pids reused across copies).
enlarge() {
  local one=$1 dest=$2 min=$3 lines copies
  lines=$(wc -l < "$one")
  copies=$(( (min + lines - 1) / lines ))
  echo "recorded $lines real lines; concatenating $copies copies" >&2
  for _ in $(seq "$copies"); do cat "$one"; done > "$dest"
}

# bench_classpath: compiles camel-strace and core with their tests (the bench classes are core's and camel-strace's test
# classes) and prints core's test class path: core's classes and test classes, then camel-strace's (the reactor's
# folders) and the libraries. Run from the repository root.
bench_classpath() {
  mkdir -p target
  mvn -q -o test-compile dependency:build-classpath -pl core -am -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/target/bench.classpath" >/dev/null
  echo "core/target/classes:core/target/test-classes:$(cat target/bench.classpath)"
}

# on_one_core CLASS ARGS...: runs a bench class of the test tree on CPU 0 with the test class path (compiled first).
# BASE_JAR=old/straceflow.jar puts an older jar's classes first, for a before/after in one session.
on_one_core() {
  local cp pin=()
  cp="${BASE_JAR:+$BASE_JAR:}$(bench_classpath)"
  if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
  "${pin[@]}" java -Xmx2g -cp "$cp" "$@"
}
