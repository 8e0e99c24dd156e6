#!/usr/bin/env bash
# A mixed load on MariaDB, on loopback only, bounded in time: 200 users at once (70 % trainers taking attendance
# through the take-attendance page, 25 % kiosks where learners sign in with code and PIN, see "My progress" and
# sign out, the rest coordinators printing a certificate PDF or a whole cohort's PDF), each with a 1-3 s think time,
# for 10 minutes after a 60 s warm-up (src/bench/MixedLoad.java). Prints per step, per kind and overall: requests,
# throughput, p50/p95/p99, errors by reason and answers by status, throughput and p95 by minute; and the app's heap
# and GC: jstat -gc every 10 s, the live heap after a full GC when measuring starts and at the end, and from the GC
# log the pauses and the heap after GC by minute, first minutes against last, FLAT or GROWING.
#   load - the run above (BENCH_SECONDS=600)
#   soak - the same mix for 30 minutes (BENCH_SECONDS=1800): read the heap-after-GC line and the verdict
#   cluster - the load run against two instances on one data grid behind haproxy, started and stopped here by
#             src/test/sh/cluster.sh (database ffit_cluster, haproxy on 127.0.0.1:18280, -Xmx384m each)
#   classes N - the class workload (issue 24): N classes at once (default BENCH_CLASSES, else 10), each one trainer,
#             one kiosk and 12 learners, and one coordinator per ten classes, for 10 minutes after the warm-up; a
#             90-minute lesson compressed BENCH_COMPRESSION times (20: 270 s); ends with the line
#             "PASS|MISS N classes: every step p95 < 500 ms and 0 errors". Data: N + N/10 cohorts of 12 learners
#             (the last N/10 with everyone's certificate issued beforehand, for the prints), 20 lessons held.
#   classes-max - a search for the most classes: one app, data for BENCH_CLASSES_MAX (80) classes, then runs of
#             BENCH_SECONDS (180) with 10, 20, 30 ... classes (BENCH_CLASSES_FROM, BENCH_CLASSES_STEP) until the first
#             MISS, bounded by BENCH_SEARCH_MINUTES (60); the answer is to be confirmed by a 10-minute "classes N"
# Usage: bash src/bench/mixed.sh [load|soak|cluster|classes N|classes-max]   (needs root for MariaDB; build first or it builds)
# Without BENCH_URL it starts target/ffit-campus.jar (-Xmx512m as the README says, GC log) on a fresh database "ffit_load" on
# 127.0.0.1:18481 (BENCH_DB, BENCH_PORT) through src/bench/app.sh and fills it with CampusData.java.
# With BENCH_URL (e.g. http://127.0.0.1:18280, a balancer in front of instances started elsewhere, such as
# src/test/sh/cluster.sh) it starts no app and fills what answers there (its admin's password in
# BENCH_ADMIN_PASSWORD, default bench-admin-1234); BENCH_PIDS (comma-separated) are the JVMs to sample with jstat,
# BENCH_GC_LOGS their GC logs if they write them with -Xlog:gc*:file=FILE:timemillis,uptime,level,tags.
# BENCH_USERS (200), BENCH_WARMUP (60), BENCH_SECONDS, BENCH_DATA="COHORTS LEARNERS HELD IN_CLASS" (140 20 20 20),
# BENCH_CERT_COHORTS (10), BENCH_THINK_MS ("1000 3000"); the figures, jstat lines, GC log and app log are kept in
# BENCH_OUT (default target/bench-mixed/<time>-<mode>).
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-load}
case $mode in
  load|cluster) seconds=${BENCH_SECONDS:-600} ;;
  soak) seconds=${BENCH_SECONDS:-1800} ;;
  classes)
    seconds=${BENCH_SECONDS:-600}
    classes=${2:-${BENCH_CLASSES:-10}}
    [[ $classes =~ ^[1-9][0-9]*$ ]] || { echo "classes: a number of classes, e.g. 20" >&2; exit 2; }
    # the classes' cohorts, then one cohort to print per coordinator (one per ten classes) for the prints;
    # every cohort exactly 12 learners
    export BENCH_CLASSES=$classes BENCH_SPREAD=0
    BENCH_DATA=${BENCH_DATA:-"$((classes + (classes + 9) / 10)) 12 20 20"} ;;
  classes-max)
    # a search: the same app and data, BENCH_CLASSES_FROM (10) classes, then BENCH_CLASSES_STEP (10) more each
    # time, runs of BENCH_SECONDS (180) one after the other, until the first MISS, BENCH_CLASSES_MAX (80) or
    # BENCH_SEARCH_MINUTES (60) of runs
    seconds=${BENCH_SECONDS:-180}
    from=${BENCH_CLASSES_FROM:-10}
    step=${BENCH_CLASSES_STEP:-10}
    most=${BENCH_CLASSES_MAX:-80}
    budget=${BENCH_SEARCH_MINUTES:-60}
    export BENCH_SPREAD=0 BENCH_CERT_COHORTS=$(((most + 9) / 10))
    BENCH_DATA=${BENCH_DATA:-"$((most + (most + 9) / 10)) 12 20 20"} ;;
  *) echo "usage: bash src/bench/mixed.sh [load|soak|cluster|classes N|classes-max]" >&2; exit 2 ;;
esac
[ "$mode" = classes ] || unset BENCH_CLASSES
users=${BENCH_USERS:-200}
warmup=${BENCH_WARMUP:-60}
read -r cohorts learners held inclass <<< "${BENCH_DATA:-140 20 20 20}"
out=${BENCH_OUT:-target/bench-mixed/$(date +%Y%m%d-%H%M%S)-$mode}
mkdir -p "$out"
out=$(realpath "$out")

if [ "$mode" = cluster ]; then
  # two instances on one data grid behind haproxy (src/test/sh/cluster.sh), each writing its GC log
  [ -f target/ffit-campus.jar ] || mvn -B -q package -DskipTests
  export CLUSTER_DIR=$PWD/target/cluster-bench CLUSTER_ADMIN_PASSWORD=bench-admin-1234
  # certificates are refused while their QR code would lead to this machine; this address is never called
  export FFIT_PUBLIC_URL=${FFIT_PUBLIC_URL:-https://campus.example.org}
  export CLUSTER_JVM_OPTS="${BENCH_JVM_OPTS:-} -Xlog:gc*:file=$out/gc-%p.log:timemillis,uptime,level,tags"
  bash src/test/sh/cluster.sh stop >/dev/null 2>&1 || true
  trap 'bash src/test/sh/cluster.sh stop >/dev/null 2>&1; cp "$CLUSTER_DIR"/app*.log "$out/" 2>/dev/null || true' EXIT
  timeout 400 bash src/test/sh/cluster.sh start 2
  BENCH_URL=http://127.0.0.1:${CLUSTER_PORT:-18280}
  BENCH_PIDS=$(cat "$CLUSTER_DIR"/app1.pid),$(cat "$CLUSTER_DIR"/app2.pid)
  BENCH_GC_LOGS=$out/gc-$(cat "$CLUSTER_DIR"/app1.pid).log,$out/gc-$(cat "$CLUSTER_DIR"/app2.pid).log
  BENCH_ADMIN_PASSWORD=$CLUSTER_ADMIN_PASSWORD
fi

if [ -n "${BENCH_URL:-}" ]; then
  base=$BENCH_URL
  pids=${BENCH_PIDS:-}
  gclogs=${BENCH_GC_LOGS:-}
  admin=${BENCH_ADMIN_PASSWORD:-bench-admin-1234}
  curl -fs -o /dev/null "$base/health/ready" || { echo "nothing ready at $base/health/ready" >&2; exit 1; }
  work=$(mktemp -d)
  [ "$mode" = cluster ] || trap 'rm -rf "$work"' EXIT
else
  port=${BENCH_PORT:-18481}
  db=${BENCH_DB:-ffit_load}
  BENCH_JVM_OPTS="${BENCH_JVM_OPTS:-} -Xlog:gc*:file=$out/gc.log:timemillis,uptime,level,tags"
  BENCH_KEEP="$out/app.log"
  # certificates are refused while their QR code would lead to localhost; this address is never called
  export FFIT_PUBLIC_URL=${FFIT_PUBLIC_URL:-https://campus.example.org}
  . src/bench/app.sh
  # stopped from outside: still stop the app (app.sh's EXIT trap)
  trap 'exit 143' TERM INT
  pids=$app
  gclogs="$out/gc.log"
  admin=bench-admin-1234
fi

if [ "$mode" = classes-max ]; then
  echo "mixed classes-max: from $from classes in steps of $step up to $most, $warmup s warm-up and $seconds s measured each, against $base"
elif [ "$mode" = classes ]; then
  echo "mixed classes: $classes classes, $warmup s warm-up, $seconds s measured, against $base (sampling: ${pids:-none})"
else
  echo "mixed $mode: $users users, $warmup s warm-up, $seconds s measured, against $base (sampling: ${pids:-none})"
fi
echo "machine: $(nproc) CPUs, load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(uptime)" | tee "$out/machine.txt"
timeout 1800 java src/bench/CampusData.java "$base" "$admin" "$cohorts" "$learners" "$held" "$inclass" \
  "$work/campus-data.properties"
cp "$work/campus-data.properties" "$out/"
if [ "$mode" = classes-max ]; then
  started=$SECONDS
  passed=none
  missed=
  for ((n = from; n <= most; n += step)); do
    if ((SECONDS - started + warmup + seconds > budget * 60)); then
      echo "classes-max: no time left for $n classes (BENCH_SEARCH_MINUTES=$budget)" | tee -a "$out/summary.txt"
      break
    fi
    mkdir -p "$out/classes-$n"
    echo "== $n classes ($(uptime))" | tee -a "$out/summary.txt"
    BENCH_CLASSES=$n timeout $((warmup + seconds + 900)) java -Xmx1g src/bench/MixedLoad.java "$base" \
      "$work/campus-data.properties" "$n" "$warmup" "$seconds" "$out/classes-$n" "$pids" "$gclogs" \
      2> >(tee "$out/classes-$n/driver.err" >&2) | tee "$out/classes-$n/summary.txt" || true
    verdict=$(grep -E "^(PASS|MISS) $n classes" "$out/classes-$n/summary.txt" || echo "MISS $n classes: no verdict")
    echo "$verdict" >> "$out/summary.txt"
    case $verdict in
      PASS*) passed=$n ;;
      *) missed=$n; break ;;
    esac
  done
  echo "classes-max: the most classes with every step p95 < 500 ms and 0 errors: $passed${missed:+ (MISS at $missed)};" \
    "runs of $seconds s one after the other on one instance; confirm with: bash src/bench/mixed.sh classes $passed" \
    | tee -a "$out/summary.txt"
else
  # the driver ends its users itself at warm-up + seconds; the timeout is the last resort
  timeout $((warmup + seconds + 900)) java -Xmx1g src/bench/MixedLoad.java "$base" "$work/campus-data.properties" \
    "$users" "$warmup" "$seconds" "$out" "$pids" "$gclogs" 2> >(tee "$out/driver.err" >&2) | tee "$out/summary.txt"
fi

echo "machine: load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(uptime)" | tee -a "$out/summary.txt"
if [ -z "${BENCH_URL:-}" ]; then
  mariadb -N -B -e "SELECT CONCAT('in the database afterwards: ', (SELECT COUNT(*) FROM $db.attendance_record),
    ' attendance records, ', (SELECT COUNT(*) FROM $db.audit_event), ' audit events, ',
    (SELECT COUNT(*) FROM $db.certificate), ' certificates')" | tee -a "$out/summary.txt"
  severe=$(grep -c "SEVERE" "$work/app.log" || true)
  warning=$(grep -c "WARNING" "$work/app.log" || true)
  echo "app log: $severe SEVERE, $warning WARNING lines (kept in $out/app.log)" | tee -a "$out/summary.txt"
  grep -m 5 -A 2 "SEVERE" "$work/app.log" | cut -c1-300 || true
fi
echo "figures, jstat samples and logs in $out"
