#!/usr/bin/env bash
# Bundles axe-core (MPL-2.0, github.com/dequelabs/axe-core), the accessibility checker the browser tests run in
# headless Chromium, for the tests only (it never goes into the WAR): `npm pack` fetches the published package
# through the machine's npm, and the file is checked against the SHA-256 below. Called by Maven
# (generate-test-resources) with the directory to write to; does nothing when that directory holds the right file.
set -euo pipefail

out="$1"
version="4.14.1"
sha256="29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c"

if [ -f "$out/axe.min.js" ] && echo "$sha256  $out/axe.min.js" | sha256sum --check --status; then
  exit 0
fi
command -v npm >/dev/null || { echo "axe.sh: npm is needed to bundle axe-core $version (apt-get install npm)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent --ignore-scripts "axe-core@$version" >/dev/null)
tar -xzf "$work/axe-core-$version.tgz" -C "$work" package/axe.min.js package/LICENSE
if ! echo "$sha256  $work/package/axe.min.js" | sha256sum --check --status; then
  echo "axe.sh: axe-core $version is not the file the tests expect (SHA-256 differs); refusing to use it" >&2
  exit 1
fi
mkdir -p "$out"
cp "$work/package/axe.min.js" "$out/axe.min.js"
cp "$work/package/LICENSE" "$out/axe-LICENSE.txt"
