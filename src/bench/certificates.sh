#!/usr/bin/env bash
# Certificate PDF renderer in-process (no server, no database, no network), on the default template "ffit-basis"
# with a mix of learners in Latin, Arabic/Persian, Cyrillic and Ethiopic script: one certificate as its own PDF
# (1,000 warm renders), 50 merged into one PDF (20 runs) and 1,000 merged streamed to a temporary file, with -Xmx256m.
# Usage: bash src/bench/certificates.sh      (works from a fresh clone after: mvn -B package -DskipTests)
# It compiles src/bench/CertificateBench.java against target/classes and the project's dependencies (classpath from
# Maven, offline first, online if that fails); it compiles the project only when target/classes has no renderer.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Maven's output goes to a log (it is shown only when Maven fails), so that stdout is the benchmark's alone
quiet_mvn() { mvn -B -q "$@" > "$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; return 1; }; }
if [ ! -f target/classes/de/ffit/campus/certificate/control/CertificateRenderer.class ]; then
  quiet_mvn -o compile || quiet_mvn compile
fi
quiet_mvn -o dependency:build-classpath -Dmdep.outputFile="$work/classpath" \
  || quiet_mvn dependency:build-classpath -Dmdep.outputFile="$work/classpath"
cp="target/classes:$(cat "$work/classpath")"
javac -nowarn -d "$work/classes" -cp "$cp" src/bench/CertificateBench.java
timeout 900 java -Xmx256m -Djava.awt.headless=true -Djava.io.tmpdir="$work" -cp "$work/classes:$cp" \
  CertificateBench certificate-templates
