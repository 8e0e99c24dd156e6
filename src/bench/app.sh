# Shared by the benchmark scripts (source it, do not run it): builds the jar when missing, starts Debian's MariaDB
# when it is not running, creates a fresh database "$db" (default ffit_bench, also its user and password) and starts
# target/ffit-campus.jar on it in production mode on 127.0.0.1:$port (default 18181), with the README's -Xmx512m
# (BENCH_JVM_OPTS adds to it or overrides it). The app is stopped and its
# work directory removed when the script exits.
# Sets: base (the app's URL), app (its pid), work (a temporary directory). Needs root for MariaDB.
port=${port:-18181}
db=${db:-ffit_bench}
base="http://127.0.0.1:$port"
[ -f target/ffit-campus.jar ] || mvn -B -q package -DskipTests
mariadb-admin ping >/dev/null 2>&1 || service mariadb start >/dev/null
mariadb <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$db'@'127.0.0.1' IDENTIFIED BY '$db';
GRANT ALL PRIVILEGES ON $db.* TO '$db'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
work=$(mktemp -d)
# production mode needs the PIN key (FFIT_PIN_KEY_FILE): a fresh one per run, readable by this user only
(umask 077; head -c 32 /dev/urandom | base64 > "$work/pin.key")
# and the signing master key of the credentials (FFIT_SIGNING_KEY_FILE, issue 25)
(umask 077; head -c 32 /dev/urandom | base64 > "$work/signing.key")
FFIT_PIN_KEY_FILE="$work/pin.key" FFIT_SIGNING_KEY_FILE="$work/signing.key" FFIT_DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" FFIT_DB_USER=$db FFIT_DB_PASSWORD=$db \
  FFIT_ADMIN_PASSWORD=bench-admin-1234 FFIT_TRUSTED_PROXIES=127.0.0.1 java -Xmx512m ${BENCH_JVM_OPTS:-} -Djava.io.tmpdir="$work" \
  -jar target/ffit-campus.jar --port "$port" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; if [ -n "${BENCH_KEEP:-}" ]; then cp "$work/app.log" "$BENCH_KEEP"; fi; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/health/ready" && break; sleep 0.2; done
curl -fs -o /dev/null "$base/health/ready" || { tail -30 "$work/app.log"; exit 1; }
