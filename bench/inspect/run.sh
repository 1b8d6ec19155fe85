#!/bin/sh
# Benchmark: footprint inspect (verification on) vs the zlib floor, on the same OCI layout.
#   bench/inspect/run.sh [LAYOUT_DIR]     default: builds $BENCH_DIR/big (>= 1 GB gzip) once
#   bench/inspect/run.sh --many           the 1,000,000-small-file image (bounded memory)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/footprint-bench}
kind=big
if [ "${1:-}" = "--many" ]; then kind=many; shift; fi
layout=${1:-$BENCH_DIR/$kind}
if [ ! -f "$layout/index.json" ]; then
  echo "building $layout ..." >&2
  rm -rf "$layout.tmp" && python3 "$here/make-image.py" "$kind" "$layout.tmp" && mv "$layout.tmp" "$layout"
fi
jar="$root/footprint-cli/target/footprint-all.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -o -pl footprint-cli -am package -DskipTests)
measure() { # label, command...
  label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$BENCH_DIR/time.txt" || { cat "$BENCH_DIR/time.txt" >&2; exit 1; }
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$BENCH_DIR/time.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$BENCH_DIR/time.txt")
  printf '%-34s wall %8s   peak RSS %6d MB\n' "$label" "$wall" $((rss / 1024))
}
echo "layout: $layout ($(du -sh "$layout" | cut -f1) on disk), $(nproc) cores"
cat "$layout"/blobs/sha256/* >/dev/null  # warm the page cache for both contenders
measure "python zlib floor" python3 "$here/zlib-floor.py" "$layout"
measure "footprint inspect (verify on)" java -XX:+UseParallelGC -jar "$jar" inspect --format json "oci:$layout"
measure "footprint inspect --no-verify" java -XX:+UseParallelGC -jar "$jar" inspect --no-verify --format json "oci:$layout"
measure "./footprint inspect (launcher, C1)" "$root/footprint" inspect --format json "oci:$layout"
