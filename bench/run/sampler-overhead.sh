#!/usr/bin/env bash
# Sampler overhead at 100 ms: CPU used by footprint's sampling thread, in % of one core, while it
# samples a Go HTTP server (its cgroup when run as root, else its process tree). Target < 2%.
# Usage: bench/run/sampler-overhead.sh [seconds]   (builds the CLI jar and the Go server first)
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-20}
[ -f footprint-cli/target/footprint-all.jar ] || ./mvnw -B -q -o -pl footprint-cli -am package -DskipTests
mkdir -p target/bench
(cd footprint-runtime/src/test/go/hello && go build -o ../../../../../target/bench/hello .)
for interval in 100 50; do
  java -cp footprint-cli/target/footprint-all.jar bench/run/SamplerOverheadBench.java \
    "$PWD/target/bench/hello" "$interval" "$secs" 127.0.0.1:18181
done
