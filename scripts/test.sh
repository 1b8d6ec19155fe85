#!/usr/bin/env bash
# The whole test suite: installs what it needs, builds the fixture images (cached), runs unit,
# conformance and integration tests through the Maven wrapper.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -x scripts/fixtures.sh ]; then scripts/fixtures.sh; fi
./mvnw -B -ntp verify "$@"
