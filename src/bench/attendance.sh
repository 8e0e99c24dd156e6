#!/usr/bin/env bash
# Attendance benchmarks on MariaDB, on loopback only, bounded in requests and time:
#   save  - 1,000 saves of a 25-learner lesson through PUT /api/lessons/{id}/attendance (after 100 warm-up saves)
#   load  - 20 trainers at once, each signing in and then loading its take-attendance page and saving, for 2 minutes
# Usage: bash src/bench/attendance.sh [save|load|all]      (default all; needs root for MariaDB and apt)
# It starts target/ffit-campus.jar in production mode on a fresh database "ffit_bench" and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-all}
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
. src/bench/app.sh

if [ "$what" = save ] || [ "$what" = all ]; then
  java src/bench/BenchData.java "$base" bench-admin-1234 1 25 "$work/save-users.csv"
  IFS=, read -r user password lesson < "$work/save-users.csv"
  java src/bench/AttendanceSaveBench.java "$base" "$user" "$password" "$lesson" 100 1000
fi
if [ "$what" = load ] || [ "$what" = all ]; then
  java src/bench/BenchData.java "$base" bench-admin-1234 20 25 "$work/load-users.csv"
  # a server that has been running a while has its hot code compiled: 30 s of the same load first, not measured
  BENCH_USERS="$work/load-users.csv" timeout 60 wrk -t20 -c20 -d30s --timeout 10s \
    -s src/bench/take-attendance.lua "$base" > /dev/null
  sleep 3   # let the warm-up's last requests finish before the measured run starts on the same lessons
  BENCH_USERS="$work/load-users.csv" timeout 150 wrk -t20 -c20 -d${BENCH_SECONDS:-120}s --timeout 10s \
    -s src/bench/take-attendance.lua "$base"
fi
