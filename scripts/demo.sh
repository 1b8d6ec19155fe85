#!/usr/bin/env bash
# The main job on a fresh Debian/Ubuntu machine: install the tools, build the sample Go service
# image (go-single: single-stage, on a Debian minbase + Go base) with buildah, build footprint,
# and inspect the image. Extra arguments go to `footprint inspect` (e.g. --format json).
set -euo pipefail
cd "$(dirname "$0")/.."
FIX=${FOOTPRINT_FIXTURES:-$HOME/.cache/footprint/fixtures}

echo "demo: installing what is missing (scripts/setup.sh)" >&2
scripts/setup.sh
echo "demo: building the sample image go-single with buildah (cached after the first run)" >&2
scripts/fixtures.sh go-single
echo "demo: building footprint" >&2
./mvnw -B -q -DskipTests package -pl footprint-cli -am
echo "demo: footprint inspect docker-archive:$FIX/go-single/docker-archive.tar" >&2
exec ./footprint inspect "docker-archive:$FIX/go-single/docker-archive.tar" "$@"
