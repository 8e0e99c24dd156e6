#!/usr/bin/env bash
# Attendance benchmarks on MariaDB, on loopback only, bounded in requests and time:
#   save  - 1,000 saves of a 25-learner lesson through PUT /api/lessons/{id}/attendance (after 100 warm-up saves)
#   load  - 20 trainers at once, each signing in and then loading its take-attendance page and saving, for 2 minutes
# Usage: bash src/bench/attendance.sh [save|load|all]      (default all; needs root for MariaDB and apt)
# It starts target/ffit-campus.jar in production mode on a fresh database "ffit_bench" and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-all}
port=18181
base="http://127.0.0.1:$port"
[ -f target/ffit-campus.jar ] || mvn -B -q package -DskipTests
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
mariadb-admin ping >/dev/null 2>&1 || service mariadb start >/dev/null
mariadb <<SQL
DROP DATABASE IF EXISTS ffit_bench;
CREATE DATABASE ffit_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ffit_bench'@'127.0.0.1' IDENTIFIED BY 'ffit_bench';
GRANT ALL PRIVILEGES ON ffit_bench.* TO 'ffit_bench'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
work=$(mktemp -d)
FFIT_DB_URL="jdbc:mariadb://127.0.0.1:3306/ffit_bench" FFIT_DB_USER=ffit_bench FFIT_DB_PASSWORD=ffit_bench \
  FFIT_ADMIN_PASSWORD=bench-admin-1234 java -Xmx512m ${BENCH_JVM_OPTS:-} -Djava.io.tmpdir="$work" -jar target/ffit-campus.jar \
  --port "$port" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/health/ready" && break; sleep 0.2; done
curl -fs -o /dev/null "$base/health/ready" || { tail -30 "$work/app.log"; exit 1; }

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
if [ -n "${BENCH_KEEP:-}" ]; then
  cp "$work/app.log" "$BENCH_KEEP"
fi
