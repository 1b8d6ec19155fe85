#!/bin/sh
# Benchmark: what findings cost on inspect's single pass. Runs footprint inspect on the same image
# with findings (the default) and with --no-findings, in one run, and prints CPU, wall and peak RSS.
#   bench/analyze/run.sh [IMAGE]    default: the go-single fixture (scripts/fixtures.sh)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
FIX=${FOOTPRINT_FIXTURES:-$HOME/.cache/footprint/fixtures}
image=${1:-oci-archive:$FIX/go-single/oci-archive.tar}
jar="$root/footprint-cli/target/footprint-all.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -o -pl footprint-cli -am package -DskipTests)
out=${TMPDIR:-/tmp}/footprint-bench-analyze.txt
measure() { # label, extra args...
  label=$1; shift
  /usr/bin/time -f '%U %S %e %M' java -XX:+UseParallelGC -jar "$jar" inspect --no-verify --format json "$@" "$image" \
    >/dev/null 2>"$out" || { cat "$out" >&2; exit 1; }
  set -- $(tail -1 "$out")
  printf '%-28s cpu %6.2f s   wall %6.2f s   peak RSS %5d MB\n' "$label" "$(echo "$1 + $2" | bc)" "$3" $(($4 / 1024))
}
echo "image: $image, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
for round in 1 2; do
  measure "inspect --no-findings" --no-findings
  measure "inspect (findings)"
done
