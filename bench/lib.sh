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

# issue_trace DEST LINES: a trace of the kind issue 21 measured its replay on (931 k real lines, 371 MB: dd bs=1, a
# tar+gzip of /usr/share/doc, java -version, git), recorded once under our strace flags, its copies concatenated and
# cut at LINES lines. Per copy ~304 k lines and ~128 MB: many short lines (dd), file data both text and gzipped (tar),
# a JVM's start and git's reads. Run from the repository root (git reads its history).
issue_trace() {
  local dest=$1 lines=$2 work
  work=$(mktemp -d)
  local flags=(-f -tt -yy -v -x -s 1000)
  strace "${flags[@]}" -o "$work/dd" -- dd if=/dev/zero of=/dev/null bs=1 count=100000 2>/dev/null
  strace "${flags[@]}" -o "$work/tar" -- tar czf "$work/doc.tgz" -C /usr/share/doc . 2>/dev/null || true
  strace "${flags[@]}" -o "$work/java" -- java -version 2>/dev/null
  strace "${flags[@]}" -o "$work/git" -- git log -p -n 200 >/dev/null 2>&1 || true
  cat "$work/dd" "$work/tar" "$work/java" "$work/git" > "$work/one"
  enlarge "$work/one" "$work/all" "$lines"
  head -n "$lines" "$work/all" > "$dest"
  rm -rf "$work"
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
