#!/bin/sh
# Sampler overhead of `footprint watch` at a 100 ms interval, beside top(1) doing the same job.
# Usage: bench/watch/overhead.sh [SECONDS]   (default 30 s measured after a 10 s warm-up)
# The figure is the watcher's own CPU time (utime+stime from /proc/PID/stat, USER_HZ=100) over the
# measured window, as a percentage of one core. The target is a small process tree (a shell with
# two children) plus, to give the sampler real work, a JVM with ~20 threads.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
window=${1:-30}
warm=10
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

sh -c 'sleep 600 & sleep 600 & wait' & tree=$!
# A JVM target (about 20 threads) started from a one-line Java source file.
tmp=$(mktemp -d)
cat > "$tmp/Idle.java" <<'J'
public class Idle { public static void main(String[] a) throws Exception { Thread.sleep(3_600_000); } }
J
java -Xmx64m "$tmp/Idle.java" & jvm=$!
sleep 2
trap 'pkill -P $tree 2>/dev/null; kill $tree $jvm 2>/dev/null; rm -rf "$tmp"' EXIT

measure() { # $1 = label, $2 = pid of the monitor
  sleep "$warm"
  a=$(ticks "$2"); sleep "$window"; b=$(ticks "$2")
  awk -v l="$1" -v a="$a" -v b="$b" -v w="$window" \
    'BEGIN { printf "%-42s %5.2f %% of one core (%d ticks in %d s)\n", l, (b-a)/w, b-a, w }'
}

total=$((warm + window + 2))
for target in "$tree" "$jvm"; do
  "$here/footprint" watch -i 100ms -d "${total}s" --format json "$target" >/dev/null & fp=$!
  measure "footprint watch -i 100ms PID=$target" "$fp"
  wait "$fp"
  top -b -d 0.1 -n $((total * 10)) -p "$target" >/dev/null & tp=$!
  measure "top -b -d 0.1 -p $target (peer)" "$tp"
  kill "$tp" 2>/dev/null || true
done
