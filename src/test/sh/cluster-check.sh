#!/usr/bin/env bash
# Fail-over check of the cluster on this machine (127.0.0.1 only): starts two instances of target/ffit-campus.jar
# and haproxy with src/test/sh/cluster.sh, runs src/test/java/de/ffit/campus/cluster/ClusterCheck.java against
# them (a trainer's session and saves survive a killed and a hung instance, no mark lost or doubled) and stops
# everything again, also on failure. Exits non-zero when the check fails. Needs root (MariaDB, haproxy from apt).
# Takes 3-5 minutes; the instances' and haproxy's logs stay in target/cluster/ for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export CLUSTER_ADMIN_PASSWORD=${CLUSTER_ADMIN_PASSWORD:-cluster-admin-Secret-1}
dir=${CLUSTER_DIR:-$PWD/target/cluster}
export CLUSTER_DIR=$dir
[ -f target/ffit-campus.jar ] || mvn -B -q package -DskipTests
bash src/test/sh/cluster.sh stop >/dev/null 2>&1 || true
trap 'bash src/test/sh/cluster.sh stop' EXIT
timeout 300 bash src/test/sh/cluster.sh start 2
timeout 400 java src/test/java/de/ffit/campus/cluster/ClusterCheck.java "http://127.0.0.1:${CLUSTER_PORT:-18280}" \
  "$CLUSTER_ADMIN_PASSWORD" "$dir"
