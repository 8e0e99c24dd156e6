#!/usr/bin/env bash
# One kiosk PIN check in-process (issue 24): the PBKDF2 hash PINs were stored as (210,000 iterations) against the
# keyed HMAC-SHA-256 of today, each a right PIN against its stored hash; p50/p95/max per check and the ratio.
# Usage: bash src/bench/pins.sh [PBKDF2_ROUNDS [HMAC_ROUNDS]]   (defaults 20 and 200000; no server, no database)
# It compiles src/bench/PinCheckBench.java against target/classes and the project's dependencies (classpath from
# Maven, offline first, online if that fails); it compiles the project only when target/classes has no PinHashing.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
quiet_mvn() { mvn -B -q "$@" > "$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; return 1; }; }
if [ ! -f target/classes/de/ffit/campus/kiosk/control/PinHashing.class ]; then
  quiet_mvn -o compile || quiet_mvn compile
fi
quiet_mvn -o dependency:build-classpath -Dmdep.outputFile="$work/classpath" \
  || quiet_mvn dependency:build-classpath -Dmdep.outputFile="$work/classpath"
cp="target/classes:$(cat "$work/classpath")"
javac -nowarn -d "$work/classes" -cp "$cp" src/bench/PinCheckBench.java
timeout 600 java -Xmx256m -cp "$work/classes:$cp" PinCheckBench "$@"
