#!/usr/bin/env bash
# Oversized request bodies against a small heap (issue 22, finding 1): starts target/ffit-campus.jar in demo mode
# (embedded database) under -Xmx256m on 127.0.0.1, then sends BENCH_BODIES (30) bodies of BENCH_MB (20) MB at once
# to POST /api/learners as the demo trainer (who may not create learners), half with Content-Length and half
# chunked, each streamed by curl from disk or from a pipe (the script holds none of them in memory). Meanwhile it
# asks GET /health/ready every 200 ms. Prints the answers by status, the slowest and the failed readiness checks,
# the app's log lines at SEVERE and with OutOfMemoryError, and PASS/MISS: all 413, no 500, every readiness answer
# 200 within 1 s. Bounded: each upload stops after 60 s, the whole run after about two minutes.
# Usage: bash src/bench/bodies.sh      (build first: mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/ffit-campus.jar
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }
bodies=${BENCH_BODIES:-30}
mb=${BENCH_MB:-20}
port=${BENCH_PORT:-18281}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
pid=
poller=
trap 'kill "$poller" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

FFIT_DATA_DIR="$work/data" java -Xmx256m -Djava.io.tmpdir="$work" -jar "$jar" --port "$port" \
  > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do   # at most 120 s
  curl -fs -o /dev/null "$base/health/ready" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
curl -fs -o /dev/null "$base/health/ready" || { echo "not ready" >&2; tail -30 "$work/app.log" >&2; exit 1; }
# the trainer signs in (HTTP Basic on the API) and is known to the app
curl -fs -o /dev/null -u trainer:demo "$base/api/cohorts" || { echo "the demo trainer cannot sign in" >&2; exit 1; }

# one body on disk, sent with Content-Length; the chunked ones come from a pipe that makes them as they go out
{ printf '{"name":"'; head -c $((mb * 1024 * 1024 - 12)) /dev/zero | tr '\0' 'a'; printf '"}'; } > "$work/body.json"
body() { printf '{"name":"'; head -c $((mb * 1024 * 1024 - 12)) /dev/zero | tr '\0' 'a'; printf '"}'; }

# readiness every 200 ms while the bodies go in: the time of each answer (s) and its status
( while :; do
    curl -s -o /dev/null -m 5 -w '%{http_code} %{time_total}\n' "$base/health/ready" >> "$work/ready.txt" || true
    sleep 0.2
  done ) &
poller=$!
sleep 1
lines_before=$(wc -l < "$work/app.log")
start=$(date +%s%N)
senders=()
for i in $(seq 1 "$bodies"); do
  if (( i % 2 )); then
    curl -s -o /dev/null -m 60 -w '%{http_code}\n' -u trainer:demo -H 'Content-Type: application/json' \
      -X POST -T "$work/body.json" "$base/api/learners" > "$work/status-$i.txt" 2>/dev/null &
    senders+=($!)
  else
    body | curl -s -o /dev/null -m 60 -w '%{http_code}\n' -u trainer:demo -H 'Content-Type: application/json' \
      -H 'Transfer-Encoding: chunked' -X POST -T - "$base/api/learners" > "$work/status-$i.txt" 2>/dev/null &
    senders+=($!)
  fi
done
wait "${senders[@]}" 2>/dev/null || true
ms=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 2   # readiness a little longer, after the last answer
kill "$poller" 2>/dev/null || true; wait "$poller" 2>/dev/null || true

echo "$bodies bodies of $mb MB to POST /api/learners as the trainer (odd: Content-Length, even: chunked), -Xmx256m:"
echo "  answers by status (000: no answer): $(cat "$work"/status-*.txt | sort | uniq -c | awk '{printf "%s x %s  ", $1, $2}')"
echo "  all answered within ${ms} ms"
ready_count=$(wc -l < "$work/ready.txt")
ready_bad=$(awk '$1 != 200' "$work/ready.txt" | wc -l)
ready_max=$(awk 'BEGIN {m = 0} {if ($2 > m) m = $2} END {printf "%.0f", m * 1000}' "$work/ready.txt")
echo "  /health/ready: $ready_count checks, $ready_bad not 200, slowest ${ready_max} ms"
severe=$(tail -n +"$lines_before" "$work/app.log" | grep -c 'SEVERE' || true)
oom=$(tail -n +"$lines_before" "$work/app.log" | grep -c 'OutOfMemoryError' || true)
refused=$(tail -n +"$lines_before" "$work/app.log" | grep -c '413 for a body' || true)
echo "  app log: $refused lines \"413 for a body\", $severe SEVERE, $oom OutOfMemoryError"
total_413=$(cat "$work"/status-*.txt | grep -c '^413$' || true)
total_500=$(cat "$work"/status-*.txt | grep -c '^5' || true)
if [ "$total_413" -eq "$bodies" ] && [ "$total_500" -eq 0 ] && [ "$ready_bad" -eq 0 ] && [ "$ready_max" -lt 1000 ] \
  && [ "$oom" -eq 0 ]; then
  echo "PASS: all $bodies answered 413, no 5xx, /health/ready always 200 within 1 s"
else
  echo "MISS: $total_413 of $bodies answered 413, $total_500 x 5xx, readiness $ready_bad failed, slowest ${ready_max} ms"
fi
