#!/bin/sh
# Regenerates the GC logs in this directory from the test programs of footprint-gc
# (footprint-gc/src/test/resources/dev/footprint/gc/programs). Needs a JDK 17 and Go 1.19+;
# each program runs for 2-3 seconds. Usage: testdata/gc-logs/make-logs.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../../footprint-gc/src/test/resources/dev/footprint/gc/programs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac --release 17 -d "$work" "$src"/HeapTooSmall.java "$src"/PauseBound.java "$src"/AllocationBound.java
jlog() { # NAME MAIN SECONDS OPTIONS...
  name=$1 main=$2 secs=$3; shift 3
  java "$@" "-Xlog:gc*:file=$work/$name.log:time,uptime,level,tags" -cp "$work" "$main" "$secs" >/dev/null
  gzip -9n < "$work/$name.log" > "$here/$name.log.gz"
}
jlog jdk17-g1-heap-too-small HeapTooSmall 2 -XX:+UseG1GC -Xmx32m -Dchurn=100
jlog jdk17-g1-pause-bound PauseBound 3 -XX:+UseG1GC -Xmx512m -XX:MaxGCPauseMillis=10
jlog jdk17-g1-allocation-bound AllocationBound 2 -XX:+UseG1GC -Xmx16m
(cd "$work" && cp "$src/heap.go" . && GOPROXY=off GO111MODULE=off GOCACHE="$work/gocache" go build -o heap heap.go)
glog() { # NAME ENV... -- ARGS...
  name=$1; shift
  env -u GOMEMLIMIT GODEBUG=gctrace=1 "$@" 2> "$here/$name.log" >/dev/null
}
glog go119-grow-300mib "$work/heap" -live 300 -grow -step 200000 -seconds 2
glog go119-gomemlimit-160mib GOMEMLIMIT=160MiB "$work/heap" -live 140 -seconds 2
glog go119-steady-16mib "$work/heap" -live 16 -seconds 2
