#!/bin/sh
# Benchmark: footprint slim vs footprint inspect on the same >= 1 GB gzip image, one run each,
# in the same session (target: slim <= 2x inspect). Also the minify size target on go-single.
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
seconds() { # command... -> wall seconds and peak RSS MB on stdout
  /usr/bin/time -f '%e %M' "$@" >/dev/null 2>"$BENCH_DIR/time.txt" || { cat "$BENCH_DIR/time.txt" >&2; exit 1; }
  tail -n 1 "$BENCH_DIR/time.txt"
}
echo "layout: $layout ($(du -sh "$layout" | cut -f1) on disk), $(nproc) cores"
cat "$layout"/blobs/sha256/* >/dev/null
set -- $(seconds java -jar "$jar" inspect --format json "oci:$layout"); inspect=$1; irss=$2
out=$BENCH_DIR/slim-out.tar
set -- $(seconds java -jar "$jar" slim "oci:$layout" -o "oci-archive:$out" --format json); slim=$1; srss=$2
rm -f "$out"
printf 'inspect  %8.1f s   peak RSS %5d MB\n' "$inspect" $((irss / 1024))
printf 'slim     %8.1f s   peak RSS %5d MB\n' "$slim" $((srss / 1024))
python3 -c "print('slim / inspect = %.2f (target <= 2.0)' % ($slim / $inspect))"
if [ -f "$FIX/go-single/oci-archive.tar" ] && [ -f "$FIX/go-multi/oci-archive.tar" ]; then
  min=$(java -jar "$jar" slim "oci-archive:$FIX/go-single/oci-archive.tar" -o "oci-archive:$BENCH_DIR/min.tar" --minify --format json \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["after"]["sizeBytes"])')
  multi=$(java -jar "$jar" slim "oci-archive:$FIX/go-multi/oci-archive.tar" --dry-run --format json \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["before"]["sizeBytes"])')
  rm -f "$BENCH_DIR/min.tar"
  python3 -c "print('go-single --minify %d B vs go-multi (scratch, -s -w) %d B = %.3fx (target <= 1.1)' % ($min, $multi, $min / $multi))"
fi
