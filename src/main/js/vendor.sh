#!/usr/bin/env bash
# Bundles the kiosk's QR code reader, jsQR (Apache-2.0, github.com/cozmo/jsQR), into the WAR at build time:
# `npm pack` fetches the published package through the machine's npm, and the file is checked against the SHA-256
# below before it is used, so every build ships the same bytes. Called by Maven (generate-resources) with the
# directory to write to; does nothing when that directory already holds the right file.
set -euo pipefail

out="$1/resources/js/vendor"
version="1.4.0"
sha256="bc40c8a15196236b2314db0856f72ca0b49980cd5413b8c852a7349f5fee0859"

if [ -f "$out/jsQR.js" ] && echo "$sha256  $out/jsQR.js" | sha256sum --check --status; then
  exit 0
fi
command -v npm >/dev/null || { echo "vendor.sh: npm is needed to bundle jsQR $version (apt-get install npm)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent --ignore-scripts "jsqr@$version" >/dev/null)
tar -xzf "$work/jsqr-$version.tgz" -C "$work" package/dist/jsQR.js package/LICENSE
if ! echo "$sha256  $work/package/dist/jsQR.js" | sha256sum --check --status; then
  echo "vendor.sh: jsQR $version is not the file this build expects (SHA-256 differs); refusing to bundle it" >&2
  exit 1
fi
mkdir -p "$out"
cp "$work/package/dist/jsQR.js" "$out/jsQR.js"
cp "$work/package/LICENSE" "$out/jsQR-LICENSE.txt"
