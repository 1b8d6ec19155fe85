#!/bin/sh
# Benchmark: `footprint --version` start-up through the ./footprint launcher, beside the JVM's own
# floor (`java -Xshare:auto -version`) measured in the same hyperfine run.
#   bench/startup/run.sh          needs hyperfine; builds the CLI jar when absent
# Also checks that the class-data-sharing archive is used and that heavy libraries (OSHI,
# Jackson, zstd) are not loaded to print the version.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/footprint-cli/target/footprint-all.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -o -pl footprint-cli -am package -DskipTests)
"$root/footprint" --version >/dev/null   # makes the CDS archive (in the background) when stale
for _ in 1 2 3 4 5 6 7 8 9 10; do
  [ -f "$root/footprint-cli/target/footprint.jsa" ] && break
  sleep 1
done
sleep 2
echo "$(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(java -version 2>&1 | head -1)"
log=${TMPDIR:-/tmp}/footprint-startup-classes.txt
FOOTPRINT_JAVA_OPTS=-Xlog:class+load "$root/footprint" --version >"$log"
total=$(grep -c 'source:' "$log" || true)
shared=$(grep -c 'source: shared objects file' "$log" || true)
heavy=$(grep -ciE '(oshi|jackson|luben)' "$log" || true)
heavyOwn=$(grep -iE '(oshi|jackson|luben)' "$log" | grep -vc 'shared objects file' || true)
echo "classes loaded for --version: $total, from the CDS archive: $shared"
echo "OSHI/Jackson/zstd classes loaded: $heavy (of them read from the jar, not the archive: $heavyOwn)"
hyperfine -N -w 3 -r 20 "$root/footprint --version" 'java -Xshare:auto -version'
