#!/usr/bin/env bash
# What signing adds per certificate (issue 25), in-process: an OpenBadgeCredential built and signed as a VC-JWT
# (ES256), and a status list encoded and signed after a revocation; p50/p95/mean in ms. No server, no database.
# Usage: bash src/bench/badges.sh [ROUNDS]   (default 5000)
# It compiles src/bench/BadgeBench.java against target/classes and the project's dependencies (classpath from Maven,
# offline first, online if that fails); it compiles the project only when target/classes has no badge classes.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
quiet_mvn() { mvn -B -q "$@" > "$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; return 1; }; }
if [ ! -f target/classes/de/ffit/campus/badge/control/VcJwt.class ]; then
  quiet_mvn -o compile || quiet_mvn compile
fi
quiet_mvn -o dependency:build-classpath -Dmdep.outputFile="$work/classpath" \
  || quiet_mvn dependency:build-classpath -Dmdep.outputFile="$work/classpath"
cp="target/classes:$(cat "$work/classpath")"
javac -nowarn -d "$work/classes" -cp "$cp" src/bench/BadgeBench.java
timeout 600 java -Xmx256m -cp "$work/classes:$cp" BadgeBench "$@"
