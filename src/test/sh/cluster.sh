#!/usr/bin/env bash
# A cluster of ffIT Campus on this machine, on 127.0.0.1 only: N instances of target/ffit-campus.jar (production
# mode, one MariaDB database "ffit_cluster") that form one Hazelcast data grid of their own, and Debian's haproxy
# in front (docker/haproxy.cfg). What it found out is in docker/CLUSTER.md.
#
#   bash src/test/sh/cluster.sh start [N]     fresh database, N instances (default 2) one after the other, haproxy
#   bash src/test/sh/cluster.sh stop          stops everything it started (by the pids in its directory)
#   bash src/test/sh/cluster.sh instance I    starts instance I (1..N) again, e.g. after it was killed
#   bash src/test/sh/cluster.sh status
#
# Balancer at http://127.0.0.1:$CLUSTER_PORT (18280), instance I at port CLUSTER_PORT+I (18281, 18282, ...), its data
# grid member at CLUSTER_PORT+10+I (18291, ...). Pids, logs and work directories in $CLUSTER_DIR (target/cluster).
# Needs root (MariaDB, and apt-get for haproxy when it is missing); admin password $CLUSTER_ADMIN_PASSWORD; the
# instances share the PIN key $CLUSTER_DIR/pin.key (made at start, mode 0600).
set -euo pipefail
cd "$(dirname "$0")/../../.."

dir=${CLUSTER_DIR:-$PWD/target/cluster}
lb_port=${CLUSTER_PORT:-18280}
n_default=2
db=ffit_cluster
admin_password=${CLUSTER_ADMIN_PASSWORD:-cluster-admin-Secret-1}
jar=$PWD/target/ffit-campus.jar

app_port() { echo $((lb_port + $1)); }
hz_port() { echo $((lb_port + 10 + $1)); }
count() { cat "$dir/size" 2>/dev/null || echo "$n_default"; }
# A killed process whose parent is gone stays a zombie until PID 1 reaps it, and a container's PID 1 often never
# does: kill -0 still succeeds on a zombie, so only a process that is not in state Z counts as running.
running() { local stat; stat=$(cat "/proc/$1/stat" 2>/dev/null) && stat=${stat##*) } && [ -n "$stat" ] && [ "${stat%% *}" != Z ]; }
alive() { [ -f "$1" ] && running "$(cat "$1")"; }

# every member names every other: explicit TCP/IP discovery on loopback, nothing is found by multicast
members() {
  local list="" i
  for i in $(seq 1 "$(count)"); do list="$list${list:+,}127.0.0.1:$(hz_port "$i")"; done
  echo "$list"
}

database() {
  mariadb-admin ping >/dev/null 2>&1 || service mariadb start >/dev/null
  for _ in $(seq 1 30); do mariadb-admin ping >/dev/null 2>&1 && break; sleep 1; done
  mariadb <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$db'@'127.0.0.1' IDENTIFIED BY '$db';
GRANT ALL PRIVILEGES ON $db.* TO '$db'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
}

# the first error the instance logged, with its stack trace and causes (the log's tail shows only the last of them)
first_error() {
  awk '/SEVERE/ && !seen { seen = 1 } seen && n < 70 { print; n++ }' "$1"
}

# starts instance $1 and waits until it is ready; one that failed to deploy (it logged an error and answers no
# health check) gets a second try, after its first error is shown: a CI run once saw instance 2 fail to deploy
# while every earlier and later run came up, and only the log's tail (a consequence, "contains zero ejb") was kept
instance() {
  local i=$1
  start_once "$i" && return 0
  [ -f "$dir/app$i.failed" ] || return 1
  echo "instance $i failed to deploy; its first error:" >&2
  first_error "$dir/app$i.log" >&2
  cp "$dir/app$i.log" "$dir/app$i.first-try.log"
  stop_pid "$dir/app$i.pid"
  echo "instance $i: second try" >&2
  start_once "$i" && return 0
  first_error "$dir/app$i.log" >&2
  return 1
}

# starts instance $1 and waits (at most 120 s) until it is ready
start_once() {
  local i=$1 port work
  port=$(app_port "$i")
  work="$dir/app$i"
  if alive "$dir/app$i.pid"; then echo "instance $i is running" >&2; return 0; fi
  rm -rf "$work" "$dir/app$i.failed" && mkdir -p "$work/tmp"
  # HTTP on loopback only (Payara Micro binds all interfaces otherwise)
  # Sessions in the data grid: the jar's own pre-boot commands (src/main/payara/) keep them in memory for one
  # instance; this file runs after those.
  cat > "$work/preboot.txt" <<PREBOOT
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
set configs.config.server-config.availability-service.web-container-availability.availability-enabled=true
PREBOOT
  # payaramicro.noHazelcast=false: the jar carries noHazelcast=true for single instances, the cluster needs the grid.
  # The hazelcast.* properties: loopback only, no phone home, and a member that stops answering heartbeats is
  # dropped after 5 s instead of 60 s (the data grid would otherwise wait that long for its partitions); one that
  # was dropped while hung and comes back merges into the cluster after 15 s instead of 5 minutes.
  # --nohostaware: with host-aware partitioning (the default) no backup is kept on a member with the same IP
  # address, which on one machine means no backup at all, and a killed instance takes its sessions with it.
  FFIT_DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" FFIT_DB_USER=$db FFIT_DB_PASSWORD=$db \
    FFIT_PIN_KEY_FILE="$dir/pin.key" FFIT_SIGNING_KEY_FILE="$dir/signing.key" FFIT_ADMIN_PASSWORD="$admin_password" FFIT_PUBLIC_URL="${FFIT_PUBLIC_URL:-http://127.0.0.1:$lb_port}" FFIT_TRUSTED_PROXIES=127.0.0.1 \
    setsid java -Xmx384m -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir="$work/tmp" \
    -Dpayaramicro.noHazelcast=false \
    -Dhazelcast.socket.bind.any=false -Dhazelcast.phone.home.enabled=false \
    -Dhazelcast.heartbeat.interval.seconds=1 -Dhazelcast.max.no.heartbeat.seconds=5 \
    -Dhazelcast.merge.first.run.delay.seconds=15 -Dhazelcast.merge.next.run.delay.seconds=15 \
    ${CLUSTER_JVM_OPTS:-} \
    -jar "$jar" --name "campus-$i" --port "$port" --nohostaware --disablephonehome \
    --clustername ffit-campus-cluster --clustermode "tcpip:$(members)" --startport "$(hz_port "$i")" \
    --interfaces 127.0.0.1 --hzpublicaddress 127.0.0.1 --prebootcommandfile "$work/preboot.txt" \
    > "$dir/app$i.log" 2>&1 < /dev/null &
  echo $! > "$dir/app$i.pid"
  local started=$SECONDS
  while [ $((SECONDS - started)) -lt 120 ]; do
    if curl -fs -m 2 -o /dev/null "http://127.0.0.1:$port/health/ready"; then
      echo "instance $i ready on 127.0.0.1:$port after $((SECONDS - started)) s"
      return 0
    fi
    alive "$dir/app$i.pid" || break
    # a deployment that failed stays failed: Payara keeps running without the application
    if grep -q "Exception while deploying the app" "$dir/app$i.log"; then
      touch "$dir/app$i.failed"
      break
    fi
    sleep 0.5
  done
  echo "instance $i did not get ready; the end of $dir/app$i.log:" >&2
  tail -40 "$dir/app$i.log" >&2
  return 1
}

balancer() {
  command -v haproxy >/dev/null || {
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends haproxy >/dev/null
  }
  alive "$dir/haproxy.pid" && return 0
  # two servers in docker/haproxy.cfg; a larger N would need more lines there
  FFIT_LB_BIND="127.0.0.1:$lb_port" FFIT_APP1="127.0.0.1:$(app_port 1)" FFIT_APP2="127.0.0.1:$(app_port 2)" \
    setsid haproxy -db -f docker/haproxy.cfg > "$dir/haproxy.log" 2>&1 < /dev/null &
  echo $! > "$dir/haproxy.pid"
  for _ in $(seq 1 50); do
    curl -fs -m 2 -o /dev/null "http://127.0.0.1:$lb_port/health/ready" && { echo "haproxy on 127.0.0.1:$lb_port"; return 0; }
    sleep 0.2
  done
  echo "haproxy did not answer; $dir/haproxy.log:" >&2
  cat "$dir/haproxy.log" >&2
  return 1
}

stop_pid() {
  local file=$1 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if running "$pid"; then
    kill -CONT "$pid" 2>/dev/null || true   # a stopped process cannot act on TERM
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do running "$pid" || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

case "${1:-}" in
  start)
    n=${2:-$n_default}
    [ "$n" -eq 2 ] || { echo "docker/haproxy.cfg names two instances" >&2; exit 2; }
    [ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }
    mkdir -p "$dir"
    echo "$n" > "$dir/size"
    database
    # one PIN key for every instance (FFIT_PIN_KEY_FILE, required in production mode): a PIN set through one
    # instance must verify on the other; a fresh database gets a fresh key, readable by this user only
    rm -f "$dir/pin.key"
    (umask 077; head -c 32 /dev/urandom | base64 > "$dir/pin.key")
    # and one signing master key (FFIT_SIGNING_KEY_FILE, issue 25): a credential signed on one verifies on all
    rm -f "$dir/signing.key"
    (umask 077; head -c 32 /dev/urandom | base64 > "$dir/signing.key")
    # one after the other: the first one migrates the database and creates the admin account alone
    for i in $(seq 1 "$n"); do instance "$i"; done
    balancer
    ;;
  instance)
    instance "${2:?which instance}"
    ;;
  stop)
    stop_pid "$dir/haproxy.pid"
    for f in "$dir"/app*.pid; do [ -e "$f" ] && stop_pid "$f"; done
    rm -rf "$dir"/app*/
    ;;
  status)
    for f in "$dir"/*.pid; do
      [ -e "$f" ] || continue
      if alive "$f"; then echo "$(basename "$f" .pid) running, pid $(cat "$f")"; else echo "$(basename "$f" .pid) gone"; fi
    done
    ;;
  *)
    sed -n '2,14p' "$0" >&2
    exit 2
    ;;
esac
