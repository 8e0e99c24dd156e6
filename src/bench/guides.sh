#!/usr/bin/env bash
# The Integreat guide-catalogue import, on MariaDB, on loopback only, bounded in time: a fake Integreat
# (GuideBench.java serve) serves region "bench" with 2,000 pages in 8 languages (de, en, ar, fa, uk, tr, ru, ckb)
# on 127.0.0.1; the app (FFIT_INTEGREAT_URL pointing at it) imports it three times through
# POST /api/guide-catalogue/import, polled every 100 ms (at most 180 s a run): the first import, again unchanged,
# and after 10 % of the pages changed and 1 % vanished. Prints for each run the seconds, the counts, the peak heap
# (jstat and the app's GC log) against -Xmx512m, the app's resident memory and the bytes served, and PASS/MISS
# against 30 s. Exit code 0 when every run finished, also on MISS; not 0 when an import failed.
# Usage: bash src/bench/guides.sh      (needs root for MariaDB; build first or it builds)
# BENCH_PAGES (2000) changes the pages per language, BENCH_INTEGREAT_PORT (18182) the fake Integreat's port.
set -euo pipefail
cd "$(dirname "$0")/../.."
gport=${BENCH_INTEGREAT_PORT:-18182}
gwork=$(mktemp -d)
# the fake Integreat also stops by itself when this script ends
java -Xmx1500m src/bench/GuideBench.java serve "$gport" "${BENCH_PAGES:-2000}" $$ > "$gwork/integreat.log" 2>&1 &
fake=$!
trap 'kill $fake 2>/dev/null; wait $fake 2>/dev/null || true; rm -rf "$gwork"' EXIT
for _ in $(seq 1 150); do
  curl -fs -m 2 -o /dev/null "http://127.0.0.1:$gport/bench/stats" && break
  kill -0 $fake 2>/dev/null || break
  sleep 0.2
done
curl -fs -m 2 -o /dev/null "http://127.0.0.1:$gport/bench/stats" || { cat "$gwork/integreat.log"; exit 1; }
head -1 "$gwork/integreat.log"
export FFIT_INTEGREAT_URL="http://127.0.0.1:$gport"
BENCH_JVM_OPTS="${BENCH_JVM_OPTS:-} -Xlog:gc:file=$gwork/gc.log"
. src/bench/app.sh
# app.sh set its own EXIT trap (stop the app); stop the fake Integreat as well
eval "set -- $(trap -p EXIT)"
trap "kill $fake 2>/dev/null; wait $fake 2>/dev/null || true; $3; rm -rf \"$gwork\"" EXIT
timeout 900 java src/bench/GuideBench.java run "$base" "$FFIT_INTEGREAT_URL" "$app" "$gwork/gc.log"
