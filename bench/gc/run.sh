#!/usr/bin/env bash
# Times `footprint gc` on a >= 1 GB synthetic G1 log beside the I/O floor (cat, wc -l) measured
# in the same run on the same (page-cached) file. Usage: bench/gc/run.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-1100}
log=${TMPDIR:-/tmp}/footprint-bench-g1.log
if [ ! -f "$log" ] || [ "$(stat -c %s "$log")" -lt $((size * 1024 * 1024)) ]; then
  python3 bench/gc/generate-g1-log.py "$log" "$size"
fi
[ -f footprint-cli/target/footprint-all.jar ] || ./mvnw -B -q -o -pl footprint-cli -am package -DskipTests
echo "log: $log ($(du -h "$log" | cut -f1), $(wc -l < "$log") lines)"
cat "$log" > /dev/null # warm the page cache so every run reads from memory
# wall seconds, and CPU seconds (user+sys): on a shared machine the CPU figure is the stable one
t() { /usr/bin/time -f "%e s wall, %U+%S s CPU, max RSS %M kB" "$@" 2>&1 > /dev/null | tail -1; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
echo "cat > /dev/null:      $(t cat "$log")"
echo "wc -l:                $(t wc -l "$log")"
for i in 1 2 3; do
  echo "footprint gc (run $i): $(t java -Xmx256m -jar footprint-cli/target/footprint-all.jar gc --format json "$log")"
done
# bounded memory: the same parse inside a 64 MB heap
echo "footprint gc -Xmx64m:  $(t java -Xmx64m -jar footprint-cli/target/footprint-all.jar gc --format json "$log")"
java -Xmx256m -jar footprint-cli/target/footprint-all.jar gc "$log" | head -12
