#!/bin/sh
# Benchmark: footprint inspect (verification on) vs the zlib floor, on the same OCI layout.
#   bench/inspect/run.sh [LAYOUT_DIR]  default: builds $BENCH_DIR/real once: 3.2 GB of real files
#                                      (/usr/lib, /usr/share, /usr/bin, ~/.m2) in 4 gzip -6 layers,
#                                      about 1.3 GB compressed
#   bench/inspect/run.sh --random      4 layers of mostly random data (inflate is nearly free, so
#                                      this is the worst case for digest overhead)
#   bench/inspect/run.sh --many        the 1,000,000-small-file image (bounded memory)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/footprint-bench}
kind=real
case "${1:-}" in
  --many) kind=many; shift ;;
  --random) kind=big; shift ;;
esac
layout=${1:-$BENCH_DIR/$kind}
if [ ! -f "$layout/index.json" ]; then
  echo "building $layout ..." >&2
  rm -rf "$layout.tmp"
  python3 "$here/make-image.py" "$kind" "$layout.tmp" /usr/lib /usr/share /usr/bin "$HOME/.m2/repository"
  mv "$layout.tmp" "$layout"
fi
jar="$root/footprint-cli/target/footprint-all.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -o -pl footprint-cli -am package -DskipTests)
"$root/footprint" --version >/dev/null  # the launcher's flags (GC, heap) are what users get
measure() { # label, command...
  label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$BENCH_DIR/time.txt" || { cat "$BENCH_DIR/time.txt" >&2; exit 1; }
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$BENCH_DIR/time.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$BENCH_DIR/time.txt")
  cpu=$(sed -n 's/.*User time (seconds): //p;s/.*System time (seconds): //p' "$BENCH_DIR/time.txt" | paste -sd+ | bc)
  printf '%-36s wall %8s   cpu %7ss   peak RSS %5d MB\n' "$label" "$wall" "$cpu" $((rss / 1024))
}
echo "layout: $layout ($(du -sh "$layout" | cut -f1) on disk), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
cat "$layout"/blobs/sha256/* >/dev/null  # warm the page cache for both contenders
measure "python zlib floor" python3 "$here/zlib-floor.py" "$layout"
measure "./footprint inspect (verify on)" "$root/footprint" inspect --format json "oci:$layout"
measure "./footprint inspect --no-verify" "$root/footprint" inspect --no-verify --format json "oci:$layout"
