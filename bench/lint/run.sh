#!/bin/sh
# Lint throughput on one core: the BuildKit parser corpus (33 Dockerfiles) copied COPIES times,
# each in its own directory (so .dockerignore lookups happen as in a real tree), linted by
#   footprint lint DIR --format json
# and compared with the physical floor measured in the same run: a JVM that only finds and reads
# the same files (ReadFloor.java), and `cat` of the same files. hadolint is not installable here.
# Usage: bench/lint/run.sh [COPIES]   (default 100 -> 3,300 files)
# The CLI runs through ./footprint, the launcher users run (class-data sharing archive included).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
copies=${1:-100}
corpus_src=${FOOTPRINT_SHARED:-$root/../shared}/conformance/buildkit-parser/testfiles
out=$root/bench/out/lint
jar=$root/footprint-cli/target/footprint-all.jar
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -o -DskipTests package -pl footprint-cli -am)
rm -rf "$out" && mkdir -p "$out/corpus" "$out/classes"
i=0
while [ "$i" -lt "$copies" ]; do
  mkdir -p "$out/corpus/$i"
  cp -r "$corpus_src"/. "$out/corpus/$i/"
  i=$((i + 1))
done
find "$out/corpus" -name result -delete
files=$(find "$out/corpus" -name Dockerfile | wc -l)
javac -d "$out/classes" "$here/ReadFloor.java"
javac -d "$out/classes" -cp "$jar" "$here/LintLoop.java"
"$root/footprint" --version >/dev/null 2>&1; sleep 3  # let the launcher write its CDS archive once
java_opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"
echo "corpus: $files Dockerfiles in $out/corpus ($(du -sh "$out/corpus" | cut -f1))"
hyperfine --warmup 1 --runs 5 --ignore-failure --export-json "$out/hyperfine.json" \
  -n "footprint lint" "taskset -c 0 $root/footprint lint $out/corpus --format json --fail-on none -o $out/report.json" \
  -n "floor: JVM find+read" "taskset -c 0 java $java_opts -cp $out/classes ReadFloor $out/corpus" \
  -n "floor: find+cat" "taskset -c 0 sh -c 'find $out/corpus -name Dockerfile -exec cat {} + >/dev/null'"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall time suffers when the host is shared; cpu = user+sys)"
python3 - "$out/hyperfine.json" "$files" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); n = int(sys.argv[2])
for r in d["results"]:
    cpu = r["user"] + r["system"]
    print(f'{r["command"]:32s} wall {r["mean"]:.3f}s ± {r["stddev"]:.3f}s -> {n / r["mean"]:,.0f} files/s | '
          f'cpu {cpu:.3f}s -> {n / cpu:,.0f} files/s')
PY
echo "steady state in one JVM (1 core), same corpus:"
taskset -c 0 java -XX:+UseSerialGC -cp "$jar:$out/classes" LintLoop "$out/corpus" 5
