#!/usr/bin/env bash
# Boot time and memory of the packaged jar on the embedded default (demo mode), on loopback only.
# Starts target/ffit-campus.jar RUNS times (default 3) on the same data directory (the first start also creates
# and seeds the database), measures the time from process start to GET /health/ready = 200, makes a few
# requests (sign-in page, API calls as the demo coordinator), and reads the resident memory from /proc.
# Usage: bash src/bench/boot.sh [RUNS]      (build first: mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=target/ffit-campus.jar
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
port=18080
pid=
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  FFIT_DATA_DIR="$work/data" java -Xmx512m -Djava.io.tmpdir="$work" -jar "$jar" --port "$port" \
    > "$work/run-$run.log" 2>&1 &
  pid=$!
  ready=
  for _ in $(seq 1 600); do   # at most 120 s
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; then ready=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  [ -n "$ready" ] || { echo "run $run: not ready, see $work/run-$run.log" >&2; tail -20 "$work/run-$run.log" >&2; exit 1; }
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  curl -fs -o /dev/null "http://127.0.0.1:$port/login.xhtml"
  for path in cohorts courses learners locations cohorts/1/lessons; do
    curl -fs -o /dev/null -u coordinator:demo "http://127.0.0.1:$port/api/$path"
  done
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  echo "run $run: ready after ${ms} ms, resident memory after 6 requests ${rss} MiB"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
