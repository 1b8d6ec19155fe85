#!/usr/bin/env bash
# footprint's load generator against wrk, same local server, same connections and duration,
# alternated so drift hits both. Prints requests/s of each and the ratio (target >= 0.80).
# Usage: bench/run/load-vs-wrk.sh [connections] [seconds] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
conns=${1:-32}; secs=${2:-10}; rounds=${3:-3}
[ -f footprint-cli/target/footprint-all.jar ] || ./mvnw -B -q -o -pl footprint-cli -am package -DskipTests
mkdir -p target/bench
(cd footprint-runtime/src/test/go/hello && go build -o ../../../../../target/bench/hello .)
port=18182
target/bench/hello 127.0.0.1:$port 2>/dev/null &
server=$!
trap 'kill $server' EXIT
sleep 0.5
url=http://127.0.0.1:$port/
for i in $(seq "$rounds"); do
  w=$(wrk -t2 -c"$conns" -d"${secs}s" "$url" | awk '/Requests\/sec/ {print $2}')
  f=$(java -cp footprint-cli/target/footprint-all.jar bench/run/LoadBench.java "$url" "$conns" "$secs" | awk '{print $3}')
  # The CLI launcher runs the JVM with C1 only (fast start); measure that configuration too.
  c=$(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp footprint-cli/target/footprint-all.jar bench/run/LoadBench.java "$url" "$conns" "$secs" | awk '{print $3}')
  awk -v w="$w" -v f="$f" -v c="$c" -v i="$i" 'BEGIN {printf "round %d: wrk %.0f req/s, footprint %.0f req/s (ratio %.2f), footprint C1-only %.0f req/s (ratio %.2f)\n", i, w, f, f/w, c, c/w}'
done
