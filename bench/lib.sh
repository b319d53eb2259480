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

# on_one_core CLASS ARGS...: runs a bench class of the test tree on CPU 0 with the test class path (compiled first).
# BASE_JAR=old/straceflow.jar puts an older jar's classes first, for a before/after in one session.
on_one_core() {
  mvn -q -o test-compile
  mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
  local cp="${BASE_JAR:+$BASE_JAR:}target/classes:target/test-classes:$(cat target/bench.classpath)" pin=()
  if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
  "${pin[@]}" java -Xmx2g -cp "$cp" "$@"
}
