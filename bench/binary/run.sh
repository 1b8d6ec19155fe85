#!/bin/sh
# Benchmark: footprint binary / footprint strip beside readelf, go version -m and binutils strip,
# measured in the same run with hyperfine. Usage: bench/binary/run.sh [RUNS]
# Needs: go, gcc, objcopy, readelf, strip, hyperfine; the CLI jar (built if missing).
set -eu
runs=${1:-10}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fp="$root/footprint"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -f "$root/footprint-cli/target/footprint-all.jar" ] ||
  (cd "$root" && ./mvnw -B -q -o -pl footprint-cli -am package -DskipTests)

# A Go service binary (net/http, default flags) and a 100 MB one: the same binary with 100 MB of
# extra DWARF-like data, which a reader that follows the headers never needs to touch.
mkdir -p "$work/src"
cat > "$work/src/main.go" <<'GO'
package main

import (
	"fmt"
	"net/http"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "ok") })
	_ = http.ListenAndServe(":8080", nil)
}
GO
printf 'module example.com/svc\n\ngo 1.19\n' > "$work/src/go.mod"
(cd "$work/src" && go build -o "$work/svc" .)
head -c $((100 * 1024 * 1024)) /dev/urandom > "$work/blob"
objcopy --add-section .debug_big="$work/blob" "$work/svc" "$work/svc-100mb"
rm "$work/blob"
ls -l "$work/svc" "$work/svc-100mb" | awk '{print $5, $9}'

# In-process: time per read and bytes read, without JVM start-up.
java -cp "$root/footprint-cli/target/footprint-all.jar" "$here/ReadBench.java" \
  "$work/svc" "$work/svc-100mb" /bin/ls | tee "$work/inprocess.txt"

# One JVM start per footprint run: this measures the CLI as users run it, startup included.
"$fp" binary "$work/svc" > /dev/null   # makes the class-data-sharing archive once
sleep 2
hyperfine -N --warmup 2 --runs "$runs" --export-markdown "$work/facts.md" \
  -n "footprint binary svc (facts + Go build info)" "$fp binary --format json $work/svc" \
  -n "readelf -hlSdnW svc" "readelf -hlSdnW $work/svc" \
  -n "go version -m svc" "go version -m $work/svc" \
  -n "footprint binary svc-100mb" "$fp binary --format json $work/svc-100mb" \
  -n "readelf -hlSdnW svc-100mb" "readelf -hlSdnW $work/svc-100mb" \
  -n "go version -m svc-100mb" "go version -m $work/svc-100mb"

hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$work/strip.md" \
  -n "footprint strip svc-100mb" "$fp strip $work/svc-100mb -o $work/out-fp" \
  -n "binutils strip --strip-all svc-100mb" "strip --strip-all -o $work/out-bu $work/svc-100mb"
ls -l "$work/out-fp" "$work/out-bu" | awk '{print "stripped size", $5, $9}'

echo
cat "$work/inprocess.txt"
echo
cat "$work/facts.md"
echo
cat "$work/strip.md"
