#!/usr/bin/env bash
# The impact report on MariaDB at scale, on loopback only, bounded in requests and time: fills a fresh database
# with ImpactData.java (50 organisations x 5 years: 20,000 learners and enrolments, about 850,000 attendance
# records, about 10,500 certificates; organisations and coordinators through the API, the rest straight into the
# database with JDBC batches), then times, for organisation 1 and the last full year, one request at a time:
#   GET /api/reports/impact?from=&to= as the organisation's coordinator: 500 requests after 200 warm-up,
#   the page /reports/impact.xhtml?from=&to= after a form sign-in as the coordinator: 200 after 50 warm-up,
#   GET /api/reports/impact?from=&to= as admin, all organisations: 100 after 20 warm-up (for information),
# with p50/p95/p99/max and PASS/MISS against p95 < 1 s. Then records the SQL of one API request of the coordinator
# in MariaDB's general log (a table, switched on only for that request), runs each SELECT 20 times to find the
# slowest, and prints the EXPLAIN of every SELECT and ANALYZE (tabular and FORMAT=JSON) of the slowest; the same
# for one request of the admin (each SELECT 3 times, ANALYZE of the slowest only); and the indexes of the big
# tables. Exit code 0 when every request succeeded, also on MISS.
# Usage: bash src/bench/impact.sh      (needs root for MariaDB; build first or it builds)
# BENCH_ORGS (50) and BENCH_YEARS (5) shrink the data, BENCH_YEAR picks the year measured (the last full one),
# BENCH_TOTAL_SECONDS (3600) bounds the whole run.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${IMPACT_BOUNDED:-}" ]; then
  # one bound for everything: on timeout the whole process group (the app as well) gets SIGTERM
  IMPACT_BOUNDED=1 exec timeout -k 30 "${BENCH_TOTAL_SECONDS:-3600}" bash src/bench/impact.sh "$@"
fi
driver=$(find ~/.m2 -name 'mariadb-java-client-*.jar' 2>/dev/null | sort -V | tail -1)
[ -n "$driver" ] || { echo "no mariadb-java-client jar in ~/.m2 (a Maven build fetches it)"; exit 1; }
. src/bench/app.sh
# app.sh set its own EXIT trap (stop the app); also switch MariaDB's general log back if this script left it on
eval "set -- $(trap -p EXIT)"
trap "if [ -n \"\${log_output:-}\" ]; then mariadb -e \"SET GLOBAL general_log=0;
  SET GLOBAL log_output='\$log_output'\" || true; fi; $3" EXIT

orgs=${BENCH_ORGS:-50}
years=${BENCH_YEARS:-5}
year=${BENCH_YEAR:-$(( $(date +%Y) - 1 ))}
from="$year-01-01"
to="$year-12-31"
jdbc="jdbc:mariadb://127.0.0.1:3306/ffit_bench"
data="$work/impact-data.properties"
timeout 1800 java -cp "$driver" src/bench/ImpactData.java "$base" bench-admin-1234 "$jdbc" ffit_bench ffit_bench \
  "$orgs" "$years" "$data"
mariadb -N -B -e "SELECT CONCAT('in the database: ', (SELECT COUNT(*) FROM ffit_bench.organisation), ' organisations, ',
  (SELECT COUNT(*) FROM ffit_bench.cohort), ' cohorts, ', (SELECT COUNT(*) FROM ffit_bench.lesson), ' lessons, ',
  (SELECT COUNT(*) FROM ffit_bench.learner), ' learners, ', (SELECT COUNT(*) FROM ffit_bench.enrollment),
  ' enrolments, ', (SELECT COUNT(*) FROM ffit_bench.attendance_record), ' attendance records, ',
  (SELECT COUNT(*) FROM ffit_bench.certificate), ' certificates')"
# shellcheck disable=SC1090
. "$data"
# the same figures counted straight in SQL, to compare with the report's answer below
mariadb -N -B ffit_bench -e "SET @o = $org_1_id, @f = '$from', @t = '$to';
  SELECT CONCAT('organisation 1, $from..$to, counted in SQL: participants ', (SELECT COUNT(DISTINCT e.learner_id)
    FROM enrollment e JOIN cohort c ON c.id = e.cohort_id WHERE c.organisation_id = @o AND e.enrolled_on <= @t
    AND (e.withdrawn_on IS NULL OR e.withdrawn_on >= @f) AND EXISTS (SELECT 1 FROM lesson l WHERE l.cohort_id = c.id
    AND l.state <> 'CANCELLED' AND l.lesson_date BETWEEN @f AND @t)),
  ', graduates ', (SELECT COUNT(*) FROM enrollment e JOIN cohort c ON c.id = e.cohort_id WHERE c.organisation_id = @o
    AND e.status = 'GRADUATED' AND c.finished_on BETWEEN @f AND @t),
  ' of ', (SELECT COUNT(*) FROM enrollment e JOIN cohort c ON c.id = e.cohort_id WHERE c.organisation_id = @o
    AND c.finished_on BETWEEN @f AND @t), ' enrolled in cohorts finished then',
  ', certificates ', (SELECT COUNT(*) FROM certificate x WHERE x.organisation_id = @o AND x.issued_on BETWEEN @f AND @t),
  ', withdrawals ', (SELECT COUNT(*) FROM enrollment e JOIN cohort c ON c.id = e.cohort_id WHERE c.organisation_id = @o
    AND e.withdrawn_on BETWEEN @f AND @t),
  ', attended (present or late) ', (SELECT ROUND(100 * SUM(a.status IN ('PRESENT', 'LATE'))
    / SUM(a.status <> 'EXCUSED'), 1) FROM attendance_record a JOIN lesson l ON l.id = a.lesson_id
    JOIN cohort c ON c.id = l.cohort_id WHERE c.organisation_id = @o AND l.lesson_date BETWEEN @f AND @t),
  ' % of the marks other than excused')"

echo
status=0
timeout 1800 java src/bench/ImpactData.java bench "$base" bench-admin-1234 "$data" "$from" "$to" || status=$?

# plans LABEL USER:PASSWORD RUNS EXPLAIN: records the SQL of one GET /api/reports/impact?from=&to= as that user in
# MariaDB's general log (a table, on only for that request), runs each SELECT once unmeasured and RUNS times to find
# the slowest, prints EXPLAIN of every SELECT (EXPLAIN=all) or of none, and ANALYZE (tabular and FORMAT=JSON) of the
# slowest
plans() {
  local dir
  dir=$(mktemp -d -p "$work")
  echo
  echo "== SQL of one GET /api/reports/impact?from=$from&to=$to, $1 (MariaDB general log) =="
  [ "$(mariadb -N -B -e "SELECT @@GLOBAL.general_log")" = 0 ] || echo "note: the general log was on; this script switches it off"
  log_output=$(mariadb -N -B -e "SELECT @@GLOBAL.log_output")
  mariadb -e "SET GLOBAL general_log=0; TRUNCATE TABLE mysql.general_log; SET GLOBAL log_output='TABLE';
    SET GLOBAL general_log=1"
  local code
  code=$(curl -s -m 60 -u "$2" -o "$dir/answer.json" -w '%{http_code}' "$base/api/reports/impact?from=$from&to=$to" \
    || true)
  mariadb -e "SET GLOBAL general_log=0; SET GLOBAL log_output='$log_output'"
  log_output=
  echo "the request: HTTP $code"
  mariadb -N -B -r -e "SELECT REPLACE(REPLACE(REPLACE(CONVERT(argument USING utf8mb4), '\n', ' '), '\r', ' '), '\t', ' ')
    FROM mysql.general_log WHERE command_type IN ('Query', 'Execute') AND user_host LIKE 'ffit_bench%'
    ORDER BY event_time" > "$dir/statements.sql"
  grep -iE '^[[:space:]]*(\(|with[[:space:]]|select[[:space:]])' "$dir/statements.sql" \
    | grep -viE '^[[:space:]]*select[[:space:]]+(1|@@[a-z_.]+)[[:space:]]*$' | awk '!seen[$0]++' > "$dir/selects.sql" \
    || true
  echo "$(wc -l < "$dir/statements.sql") statements from the app's connections, $(wc -l < "$dir/selects.sql") distinct SELECTs"
  if grep -qE '(=|<|>|\(|,|[[:space:]])\?([[:space:]]|,|\)|$)' "$dir/selects.sql"; then
    echo "note: some statements show ? placeholders (server-side prepare?): they cannot be timed or explained as they are"
  fi
  [ -s "$dir/selects.sql" ] || return 0
  echo
  echo "-- each SELECT once unmeasured, then $3 times (JDBC, all rows read)"
  timeout 900 java -cp "$driver" src/bench/ImpactData.java time "$jdbc" ffit_bench ffit_bench "$dir/selects.sql" "$3" \
    "$dir/slowest.sql" || status=$?
  if [ "$4" = all ]; then
    echo
    echo "-- EXPLAIN of every SELECT"
    local i=0 sql
    while IFS= read -r sql; do
      i=$((i + 1))
      echo "#$i $sql"
      mariadb -t ffit_bench -e "EXPLAIN $sql" < /dev/null || true
    done < "$dir/selects.sql"
  fi
  if [ -s "$dir/slowest.sql" ]; then
    echo
    echo "-- ANALYZE of the slowest SELECT"
    cat "$dir/slowest.sql"
    mariadb -t ffit_bench -e "ANALYZE $(cat "$dir/slowest.sql")" < /dev/null || true
    mariadb -N -B -r ffit_bench -e "ANALYZE FORMAT=JSON $(cat "$dir/slowest.sql")" < /dev/null || true
  fi
}
plans "organisation 1 as $org_1_coordinator" "$org_1_coordinator:$password" 20 all
plans "all organisations as admin" "admin:bench-admin-1234" 3 none

echo
echo "== indexes of the big tables =="
mariadb -t -e "SELECT table_name, index_name, GROUP_CONCAT(column_name ORDER BY seq_in_index) AS columns,
  MAX(cardinality) AS cardinality FROM information_schema.statistics WHERE table_schema = 'ffit_bench' AND table_name IN
  ('attendance_record', 'lesson', 'enrollment', 'cohort', 'learner', 'certificate')
  GROUP BY table_name, index_name ORDER BY table_name, index_name"
exit $status
