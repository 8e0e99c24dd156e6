#!/usr/bin/env bash
# The take-attendance page on an emulated phone hotspot (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) in
# headless Chromium, on MariaDB, on loopback only: one trainer with a 25-learner lesson (BenchData.java), then
# HotspotBench.java signs in and measures the time until the page can be used and the bytes transferred, cold
# (a fresh browser per run) and warm (the same browser coming back), BENCH_RUNS times each (default 5); median,
# max and PASS/MISS against cold < 4 s and warm < 1 s.
# Usage: bash src/bench/hotspot.sh      (needs root for MariaDB, Debian's chromium and chromium-driver; builds the jar
# when missing). Its own database ffit_hotspot and port 18591, so it can run beside the other benchmarks.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "$tool" ] || { echo "needs $tool (apt-get install chromium chromium-driver)" >&2; exit 1; }
done
db=${BENCH_DB:-ffit_hotspot} port=${BENCH_PORT:-18591}
. src/bench/app.sh
# Selenium comes from the project's test dependencies (Maven, offline first, online if that fails)
quiet_mvn() { mvn -B -q "$@" > "$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; return 1; }; }
quiet_mvn -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath" \
  || quiet_mvn dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath"
# two cohorts for the trainer: about ten lessons open for attendance, for the offline part
timeout 300 java src/bench/BenchData.java "$base" bench-admin-1234 1 25 "$work/users.csv" 2
IFS=, read -r user password lesson < "$work/users.csv"
# the offline part cuts the network with the tests' switchable proxy (target/test-classes, built by mvn package)
[ -d target/test-classes/de/ffit/campus/support ] || quiet_mvn -o test-compile
timeout 900 java -cp "$(cat "$work/classpath"):target/test-classes" src/bench/HotspotBench.java "$base" "$user" "$password" "$lesson" \
  "${BENCH_RUNS:-5}"
