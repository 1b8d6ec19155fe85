#!/bin/sh
# Benchmark: footprint slim vs footprint inspect on the same >= 1 GB gzip image, one run each,
# in the same session (target: slim <= 2x inspect), beside the codec floor (what zlib and zstd
# alone need to inflate and re-compress the same content). Also the minify size target on go-single.
#   bench/slim/run.sh [LAYOUT_DIR]     default: the image bench/inspect/make-image.py builds
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/footprint-bench}
FIX=${FOOTPRINT_FIXTURES:-$HOME/.cache/footprint/fixtures}
mkdir -p "$BENCH_DIR"
layout=${1:-$BENCH_DIR/big}
if [ ! -f "$layout/index.json" ]; then
  echo "building $layout ..." >&2
  rm -rf "$layout.tmp" && python3 "$root/bench/inspect/make-image.py" big "$layout.tmp" && mv "$layout.tmp" "$layout"
fi
jar="$root/footprint-cli/target/footprint-all.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -o -pl footprint-cli -am package -DskipTests)
seconds() { # command... -> "wall cpu peakRSS_KB" on stdout
  /usr/bin/time -f '%e %U %S %M' "$@" >/dev/null 2>"$BENCH_DIR/time.txt" || { cat "$BENCH_DIR/time.txt" >&2; exit 1; }
  tail -n 1 "$BENCH_DIR/time.txt" | awk '{ printf "%s %.1f %d\n", $1, $2 + $3, $4 }'
}
row() { # label wall cpu rss
  printf '%-44s %7.1f s wall %7.1f s CPU  peak RSS %5d MB\n' "$1" "$2" "$3" $(($4 / 1024))
}
echo "layout: $layout ($(du -sh "$layout" | cut -f1) on disk), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
cat "$layout"/blobs/sha256/* >/dev/null
python3 "$here/codec-floor.py" "$layout"
set -- $(seconds java -jar "$jar" inspect --format json "oci:$layout"); inspect=$1; row "footprint inspect" "$@"
set -- $(seconds java -jar "$jar" inspect --no-findings --format json "oci:$layout"); bare=$1; row "footprint inspect --no-findings" "$@"
out=$BENCH_DIR/slim-out.tar
for opts in "" "--compression zstd" "--compression-level 1"; do
  # shellcheck disable=SC2086
  set -- $(seconds java -jar "$jar" slim "oci:$layout" -o "oci-archive:$out" --format json $opts); rm -f "$out"
  row "footprint slim $opts" "$@"
  python3 -c "print('    = %.2fx inspect, %.2fx inspect --no-findings (target <= 2.0)' % ($1 / $inspect, $1 / $bare))"
done
many=$BENCH_DIR/many # per-entry costs: one layer of 1,000,000 small files (make-image.py many)
if [ -f "$many/index.json" ]; then
  set -- $(seconds java -jar "$jar" inspect --no-findings --format json "oci:$many"); minspect=$1; row "inspect --no-findings, 1,000,000 files" "$@"
  set -- $(seconds java -jar "$jar" slim "oci:$many" -o "oci-archive:$out" --format json); rm -f "$out"
  row "slim, 1,000,000 files" "$@"
  python3 -c "print('    = %.2fx inspect --no-findings' % ($1 / $minspect))"
fi
if [ -f "$FIX/go-single/oci-archive.tar" ] && [ -f "$FIX/go-multi/oci-archive.tar" ]; then
  min=$(java -jar "$jar" slim "oci-archive:$FIX/go-single/oci-archive.tar" -o "oci-archive:$BENCH_DIR/min.tar" --minify --format json \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["after"]["sizeBytes"])')
  multi=$(java -jar "$jar" slim "oci-archive:$FIX/go-multi/oci-archive.tar" --dry-run --format json \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["before"]["sizeBytes"])')
  rm -f "$BENCH_DIR/min.tar"
  python3 -c "print('go-single --minify %d B vs go-multi (scratch, -s -w) %d B = %.3fx (target <= 1.1)' % ($min, $multi, $min / $multi))"
fi
