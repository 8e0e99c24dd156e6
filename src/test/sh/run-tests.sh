#!/usr/bin/env bash
# Runs every test of ffIT Campus (unit, Arquillian on Payara Micro with MariaDB, browser, packaged jar).
# On a fresh Debian machine it installs what is missing (as root, or with sudo), starts MariaDB, and creates an
# empty test database; then it runs `mvn -B verify` and the cluster's fail-over check (src/test/sh/cluster-check.sh).
# Extra arguments go to Maven (e.g. -Dit.test=CohortIT; add CLUSTER_CHECK=off to skip the cluster).
set -euo pipefail
cd "$(dirname "$0")/../../.."

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Need root (or sudo) to run: $*" >&2; exit 1; fi
}

missing=()
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
# the build bundles the kiosk's QR code reader from npm (src/main/js/vendor.sh)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# the load balancer in front of the two-instance cluster of the fail-over check (src/test/sh/cluster-check.sh)
command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# MariaDB: Debian's package does not start it under a container's policy-rc.d; start it ourselves
if ! as_root mariadb-admin ping >/dev/null 2>&1; then
  echo "Starting MariaDB ..."
  as_root service mariadb start >/dev/null 2>&1 || true
  for _ in $(seq 1 30); do as_root mariadb-admin ping >/dev/null 2>&1 && break; sleep 1; done
  as_root mariadb-admin ping >/dev/null
fi

# A fresh, empty test database every run: the tests create their own organisations and data. Beside it an empty
# "<db>_restore", into which ExecutableJarIT restores a backup of the test database, and "<db>_upgrade", in which
# MigrationsOnMariaDbIT brings a database of the first schema version with data in it to the newest.
# Its default character set is deliberately the old latin1: the migrations must make every table utf8mb4 on
# their own, and the tests' Arabic, Persian and Ge'ez names prove that they do.
db=${IT_DB_NAME:-ffit_test}; user=${IT_DB_USER:-ffit_test}; password=${IT_DB_PASSWORD:-ffit_test}
as_root mariadb <<SQL
DROP DATABASE IF EXISTS \`$db\`;
CREATE DATABASE \`$db\` CHARACTER SET latin1 COLLATE latin1_swedish_ci;
CREATE USER IF NOT EXISTS '$user'@'127.0.0.1' IDENTIFIED BY '$password';
CREATE USER IF NOT EXISTS '$user'@'localhost' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$user'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$user'@'localhost';
DROP DATABASE IF EXISTS \`${db}_restore\`;
CREATE DATABASE \`${db}_restore\` CHARACTER SET latin1 COLLATE latin1_swedish_ci;
GRANT ALL PRIVILEGES ON \`${db}_restore\`.* TO '$user'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${db}_restore\`.* TO '$user'@'localhost';
DROP DATABASE IF EXISTS \`${db}_upgrade\`;
CREATE DATABASE \`${db}_upgrade\` CHARACTER SET latin1 COLLATE latin1_swedish_ci;
GRANT ALL PRIVILEGES ON \`${db}_upgrade\`.* TO '$user'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${db}_upgrade\`.* TO '$user'@'localhost';
FLUSH PRIVILEGES;
SQL

# The independent check of the Open Badges credentials (issue 25): npm jose 6 and did-jwt-vc 4, which share no code
# with the app, verify a credential in CertificateIT (src/test/js/credential-check.mjs, run there with node)
check=target/credential-check
mkdir -p "$check"
cp src/test/js/package.json src/test/js/credential-check.mjs "$check/"
if [ ! -f "$check/node_modules/jose/package.json" ] || [ src/test/js/package.json -nt "$check/node_modules" ]; then
  (cd "$check" && npm install --silent --no-audit --no-fund --ignore-scripts)
fi

mvn -B verify -Dit.db.url="jdbc:mariadb://127.0.0.1:3306/$db" -Dit.db.user="$user" \
  -Dit.db.password="$password" "$@"

# The cluster: two instances of the jar that mvn verify built, on one data grid behind haproxy; a trainer's session
# and saves survive a killed and a hung instance (3-5 minutes). CLUSTER_CHECK=off skips it, e.g. for one IT class.
if [ "${CLUSTER_CHECK:-on}" != off ]; then
  bash src/test/sh/cluster-check.sh
fi
