#!/usr/bin/env bash
# The learner kiosk's "My progress" page under 20 kiosks at once, on MariaDB, on loopback only, bounded in requests
# and time: fills a fresh database through the app's API with CampusData.java (as progress.sh: 100 cohorts, 2,500
# learners, 75,000 attendance records, about 60,000 completions), sets up 20 kiosks through the setup page, signs
# one learner in on each through the code and PIN screens, then reloads /kiosk/me.xhtml on all 20 for 60 s after a
# 15 s warm-up (at most 2,000 requests per kiosk), twice: paced (each kiosk pauses 0.5 to 1.5 s between requests)
# and flat out (no pause). Prints percentiles, throughput and PASS/MISS (p95 < 100 ms) for each.
# Usage: bash src/bench/kiosk.sh      (needs root for MariaDB; build first or it builds)
# BENCH_DATA="COHORTS LEARNERS HELD IN_CLASS" changes the data (default "100 25 30 30"); BENCH_KIOSKS (20),
# BENCH_SECONDS (60).
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/app.sh
read -r cohorts learners held inclass <<< "${BENCH_DATA:-100 25 30 30}"
timeout 1200 java src/bench/CampusData.java "$base" bench-admin-1234 "$cohorts" "$learners" "$held" "$inclass" \
  "$work/campus-data.properties"
timeout 900 java src/bench/KioskBench.java "$base" "$work/campus-data.properties" "${BENCH_KIOSKS:-20}" 15 \
  "${BENCH_SECONDS:-60}"
