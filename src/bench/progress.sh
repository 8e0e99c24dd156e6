#!/usr/bin/env bash
# Cohort progress on MariaDB, on loopback only, bounded in requests and time:
# fills a fresh database through the app's API with CampusData.java (100 cohorts, 2,500 learners, 75,000
# attendance records, about 60,000 exercise completions), then reads the cohort dashboard page and
# GET /api/cohorts/{id}/progress 1,000 times each (after 200 warm-up reads), one at a time over all cohorts, and
# counts the SQL statements per read for the smallest and the largest cohort.
# Usage: bash src/bench/progress.sh      (needs root for MariaDB; build first or it builds)
# BENCH_DATA="COHORTS LEARNERS HELD IN_CLASS" changes the data (default "100 25 30 30").
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/app.sh
read -r cohorts learners held inclass <<< "${BENCH_DATA:-100 25 30 30}"
timeout 1200 java src/bench/CampusData.java "$base" bench-admin-1234 "$cohorts" "$learners" "$held" "$inclass" \
  "$work/campus-data.properties"
mariadb -N -B -e "SELECT CONCAT('in the database: ', (SELECT COUNT(*) FROM ffit_bench.cohort), ' cohorts, ',
  (SELECT COUNT(*) FROM ffit_bench.enrollment), ' enrolments, ', (SELECT COUNT(*) FROM ffit_bench.attendance_record),
  ' attendance records, ', (SELECT COUNT(*) FROM ffit_bench.exercise_completion), ' completions')"
timeout 600 java src/bench/ProgressBench.java "$base" "$work/campus-data.properties" 200 1000
