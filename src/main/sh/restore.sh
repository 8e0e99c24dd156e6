#!/usr/bin/env bash
# Restores a backup made by backup.sh into the database the app is configured for (FFIT_DB_URL, FFIT_DB_USER,
# FFIT_DB_PASSWORD, or FFIT_DATA_DIR for the embedded H2), then the app starts on it as usual:
#   bash restore.sh /var/backups/ffit/ffit-campus-20261201T021500Z.sql.gz
# It checks the backup against its .sha256, and refuses to write into a database that already has tables (or an
# existing H2 file) unless --replace is given. Stop the app before restoring.
set -euo pipefail

# the first /proc/<pid>/fd entry that is the file, if any process has it open (find's status is not the answer:
# it fails on unreadable entries, and under pipefail a pipe into grep -q would too)
open_by_a_process() {
  find /proc/[0-9]*/fd -lname "$1" 2>/dev/null | head -n 1 || true
}

replace=no
if [ "${1:-}" = "--replace" ]; then replace=yes; shift; fi
backup="${1:?usage: restore.sh [--replace] BACKUP_FILE}"
[ -f "$backup" ] || { echo "restore.sh: no such file: $backup" >&2; exit 1; }
if [ -f "$backup.sha256" ]; then
  (cd "$(dirname "$backup")" && sha256sum --check --status "$(basename "$backup").sha256") \
    || { echo "restore.sh: $backup does not match its .sha256; refusing to restore it" >&2; exit 1; }
fi
url="${FFIT_DB_URL:-}"

if [[ "$backup" == *.sql.gz ]]; then
  [[ "$url" == jdbc:mariadb://* ]] || { echo "restore.sh: a MariaDB dump needs FFIT_DB_URL=jdbc:mariadb://…" >&2; exit 1; }
  rest="${url#jdbc:mariadb://}"
  hostport="${rest%%/*}"
  db="${rest#*/}"
  db="${db%%\?*}"
  host="${hostport%%:*}"
  port=3306
  [[ "$hostport" == *:* ]] && port="${hostport##*:}"
  client=(mariadb --host="$host" --port="$port" --user="${FFIT_DB_USER:-ffit}" --default-character-set=utf8mb4)
  tables="$(MYSQL_PWD="${FFIT_DB_PASSWORD:-}" "${client[@]}" -N -e \
    "select count(*) from information_schema.tables where table_schema = '$db'")"
  if [ "$tables" != "0" ] && [ "$replace" = no ]; then
    echo "restore.sh: database $db already has $tables tables; give --replace to overwrite them" >&2
    exit 1
  fi
  gunzip -c "$backup" | MYSQL_PWD="${FFIT_DB_PASSWORD:-}" "${client[@]}" "$db"
  echo "restored $backup into $db"
elif [[ "$backup" == *.mv.db ]]; then
  data="${FFIT_DATA_DIR:-./data}"
  mkdir -p "$data"
  target="$(cd "$data" && pwd)/ffit.mv.db"
  if [ -f "$target" ] && [ "$replace" = no ]; then
    echo "restore.sh: $target exists; give --replace to overwrite it" >&2
    exit 1
  fi
  if [ -f "$target" ] && [ -n "$(open_by_a_process "$target")" ]; then
    echo "restore.sh: $target is open (the app is running); stop it first" >&2
    exit 1
  fi
  cp "$backup" "$target.part" && mv "$target.part" "$target"
  echo "restored $backup to $target"
else
  echo "restore.sh: not a backup of backup.sh (.sql.gz or .mv.db): $backup" >&2
  exit 1
fi
