#!/usr/bin/env bash
# Backs up ffIT Campus's database into a directory (default ./backups), configured like the app itself:
#   MariaDB (FFIT_DB_URL=jdbc:mariadb://host:port/db, FFIT_DB_USER, FFIT_DB_PASSWORD): a consistent dump taken
#     while the app runs (one transaction, InnoDB), gzipped: ffit-<db>-<UTC time>.sql.gz
#   the embedded H2 default (no FFIT_DB_URL; FFIT_DATA_DIR, default ./data): a copy of ffit.mv.db, taken only
#     while no process has the file open (stop the app first): ffit-h2-<UTC time>.mv.db
# Each backup gets a .sha256 beside it; restore.sh checks it. Prints the backup's path.
# Run it from cron, e.g. nightly: 15 2 * * * cd /opt/ffit && FFIT_DB_URL=... bash backup.sh /var/backups/ffit
set -euo pipefail

# the first /proc/<pid>/fd entry that is the file, if any process has it open (find's status is not the answer:
# it fails on unreadable entries, and under pipefail a pipe into grep -q would too)
open_by_a_process() {
  find /proc/[0-9]*/fd -lname "$1" 2>/dev/null | head -n 1 || true
}

dir="${1:-./backups}"
mkdir -p "$dir"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
url="${FFIT_DB_URL:-}"
out=""
trap '[ -n "$out" ] && rm -f "$out.part"' EXIT

if [[ "$url" == jdbc:mariadb://* ]]; then
  rest="${url#jdbc:mariadb://}"
  hostport="${rest%%/*}"
  db="${rest#*/}"
  db="${db%%\?*}"
  host="${hostport%%:*}"
  port=3306
  [[ "$hostport" == *:* ]] && port="${hostport##*:}"
  command -v mariadb-dump >/dev/null || { echo "backup.sh: mariadb-dump is needed (apt-get install mariadb-client)" >&2; exit 1; }
  out="$dir/ffit-$db-$stamp.sql.gz"
  MYSQL_PWD="${FFIT_DB_PASSWORD:-}" mariadb-dump --host="$host" --port="$port" --user="${FFIT_DB_USER:-ffit}" \
    --single-transaction --quick --hex-blob --routines --triggers --no-tablespaces \
    --default-character-set=utf8mb4 "$db" | gzip > "$out.part"
elif [ -z "$url" ] || [[ "$url" == jdbc:h2:* ]]; then
  data="${FFIT_DATA_DIR:-./data}"
  file="$(cd "$data" 2>/dev/null && pwd)/ffit.mv.db" || true
  [ -f "$file" ] || { echo "backup.sh: no embedded database at $data/ffit.mv.db" >&2; exit 1; }
  if [ -n "$(open_by_a_process "$file")" ]; then
    echo "backup.sh: $file is open (the app is running); stop it first, or use MariaDB for online backups" >&2
    exit 1
  fi
  out="$dir/ffit-h2-$stamp.mv.db"
  cp "$file" "$out.part"
else
  echo "backup.sh: FFIT_DB_URL must be jdbc:mariadb://… or unset (embedded H2), got: $url" >&2
  exit 1
fi
mv "$out.part" "$out"
(cd "$(dirname "$out")" && sha256sum "$(basename "$out")" > "$(basename "$out").sha256")
echo "$out"
