#!/usr/bin/env bash
# Every test of straceflow, on a fresh Debian/Ubuntu machine that has Java 17+ and Maven (README: Building and
# testing). .ci/run runs exactly this, so a green CI means this command passes for a newcomer.
#
# 1. Installs what the tests use when it is missing, with apt-get (through sudo when not root): strace (every
#    end-to-end test traces real programs), chromium (the HTML report is checked in a real headless browser),
#    python3 and gcc (programs the tests trace), util-linux and mount (the output-fault tests), bsdutils (script(1),
#    a terminal for the standby JVM's tests). Nothing is installed
#    when all are there.
# 2. mvn verify at the root, one run over every module (pom.xml): camel-strace, core and cli run their tests (unit
#    tests, end-to-end tests with real strace and a real Kafka broker) in the test phase; cli then packages
#    target/straceflow.jar, and quarkus builds its application and runs its tests (integration-test phase: they run
#    the packaged application and compare its streams with the camel-main jar's). Each test runs once.
# 3. Fails if any test was skipped: a skip is not a pass.
# Extra arguments go to Maven (e.g. -o for offline).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v strace >/dev/null 2>&1 || missing+=(strace)
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
# the output-fault tests: a file size limit (prlimit), fewer privileges (setpriv), a small tmpfs (mount)
{ command -v prlimit && command -v setpriv; } >/dev/null 2>&1 || missing+=(util-linux)
command -v mount >/dev/null 2>&1 || missing+=(mount)
# the standby JVM's tests run the launcher in a terminal of its own (script)
command -v script >/dev/null 2>&1 || missing+=(bsdutils)
if ((${#missing[@]})); then
  echo "test.sh: installing ${missing[*]} (apt-get; chromium takes about a minute)" >&2
  install="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then
    runner=(sh -c)
  elif command -v sudo >/dev/null 2>&1; then
    runner=(sudo sh -c)
  else
    echo "test.sh: not root and no sudo: install ${missing[*]} yourself (apt-get install ${missing[*]})" >&2
    exit 1
  fi
  log=$(mktemp)
  if ! "${runner[@]}" "$install" >"$log" 2>&1; then
    cat "$log" >&2
    echo "test.sh: could not install ${missing[*]} (apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  rm -f "$log"
fi

# versions, for the log (head may close the pipe early: never let that fail the run)
strace -V | head -1 || true
{ chromium --version || chromium-browser --version; } 2>/dev/null | head -1 || true
java -version 2>&1 | head -1 || true
mvn -v 2>/dev/null | head -1 || true

# reports of an earlier run must not count: the skip check below reads these folders
MODULES=(camel-strace core cli quarkus)
reports=()
for m in "${MODULES[@]}"; do
  rm -rf "$m/target/surefire-reports"
  reports+=("$m/target/surefire-reports")
done

mvn -B "$@" verify

# every module ran tests: a module whose tests did not run at all must not pass as "none skipped"
for r in "${reports[@]}"; do
  if ! ls "$r"/TEST-*.xml >/dev/null 2>&1; then
    echo "test.sh: no test reports in $r: its tests did not run" >&2
    exit 1
  fi
done
# a skipped test is not a pass: Surefire's XML reports count them per class
xmls=()
for r in "${reports[@]}"; do
  xmls+=("$r"/TEST-*.xml)
done
skipped=$(grep -ho 'skipped="[1-9][0-9]*"' "${xmls[@]}" | grep -c . || true)
if [ "$skipped" != 0 ]; then
  echo "test.sh: $skipped test classes skipped tests:" >&2
  grep -l 'skipped="[1-9][0-9]*"' "${xmls[@]}" >&2
  exit 1
fi
tests=$(grep -ho '<testsuite [^>]*' "${xmls[@]}" | grep -o ' tests="[0-9]*"' | awk -F'"' '{ n += $2 } END { print n }')
echo "test.sh: all tests passed, none skipped (${#xmls[@]} test classes, $tests tests in ${#MODULES[@]} modules)"
