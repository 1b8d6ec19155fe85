#!/usr/bin/env python3
"""Writes a synthetic JDK 17-style G1 log (-Xlog:gc*,safepoint) of at least SIZE bytes.

Each cycle repeats the lines a real G1 young pause prints (start, workers, phases, region counts,
metaspace, the pause itself, cpu, safepoint), with advancing uptimes and GC ids, varying heap
figures and durations; every 50th cycle is a concurrent start followed by a mark cycle with
remark and cleanup, every 500th a Full GC. Usage: generate-g1-log.py OUT [SIZE_MB]
"""
import random
import sys

out_path = sys.argv[1]
target = int(sys.argv[2] if len(sys.argv) > 2 else 1100) * 1024 * 1024
rnd = random.Random(42)
t = 0.020
gc = 0
written = 0


def line(ts, tags, msg):
    return "[%.3fs][info][%-12s] %s\n" % (ts, tags, msg)


with open(out_path, "w") as f:
    header = [
        line(t, "gc", "Using G1"),
        line(t, "gc,init", "Version: 17.0.15+6-Debian-1deb12u1 (release)"),
        line(t, "gc,init", "Heap Region Size: 1M"),
        line(t, "gc,init", "Heap Max Capacity: 4096M"),
        line(t, "gc,init", "Memory: 16384M"),
    ]
    f.writelines(header)
    while written < target:
        buf = []
        t += rnd.uniform(0.05, 0.4)
        before = rnd.randint(1500, 3500)
        after = before - rnd.randint(200, 1200)
        ms = rnd.uniform(2.0, 40.0)
        kind = "Pause Young (Normal) (G1 Evacuation Pause)"
        if gc % 50 == 49:
            kind = "Pause Young (Concurrent Start) (G1 Evacuation Pause)"
        buf.append(line(t, "gc,start", "GC(%d) %s" % (gc, kind)))
        buf.append(line(t, "gc,task", "GC(%d) Using 8 workers of 8 for evacuation" % gc))
        end = t + ms / 1000
        for phase, share in (("Pre Evacuate Collection Set", 0.02), ("Merge Heap Roots", 0.05),
                             ("Evacuate Collection Set", 0.85), ("Post Evacuate Collection Set", 0.06),
                             ("Other", 0.02)):
            buf.append(line(end, "gc,phases", "GC(%d)   %s: %.1fms" % (gc, phase, ms * share)))
        eden = rnd.randint(100, 400)
        old = rnd.randint(800, 2000)
        buf.append(line(end, "gc,heap", "GC(%d) Eden regions: %d->0(%d)" % (gc, eden, eden)))
        buf.append(line(end, "gc,heap", "GC(%d) Survivor regions: 12->14(40)" % gc))
        buf.append(line(end, "gc,heap", "GC(%d) Old regions: %d->%d" % (gc, old, old + rnd.randint(0, 20))))
        buf.append(line(end, "gc,heap", "GC(%d) Archive regions: 2->2" % gc))
        buf.append(line(end, "gc,heap", "GC(%d) Humongous regions: %d->%d" % (gc, rnd.randint(0, 30), rnd.randint(0, 10))))
        buf.append(line(end, "gc,metaspace", "GC(%d) Metaspace: 81234K(82176K)->81234K(82176K) NonClass: 72000K(72500K)->72000K(72500K) Class: 9234K(9676K)->9234K(9676K)" % gc))
        buf.append(line(end, "gc", "GC(%d) %s %dM->%dM(4096M) %.3fms" % (gc, kind, before, after, ms)))
        buf.append(line(end, "gc,cpu", "GC(%d) User=%.2fs Sys=0.00s Real=%.2fs" % (gc, ms * 7 / 1000, ms / 1000)))
        buf.append(line(end, "safepoint", 'Safepoint "G1CollectForAllocation", Time since last: %d ns, Reaching safepoint: %d ns, Cleanup: 3100 ns, At safepoint: %d ns, Total: %d ns'
                        % (rnd.randint(10**7, 4 * 10**8), rnd.randint(20000, 300000), int(ms * 1e6), int(ms * 1e6) + 150000)))
        gc += 1
        if gc % 50 == 0:
            mark = gc
            buf.append(line(end, "gc", "GC(%d) Concurrent Mark Cycle" % mark))
            t = end + 0.05
            buf.append(line(t, "gc,start", "GC(%d) Pause Remark" % mark))
            buf.append(line(t + 0.002, "gc", "GC(%d) Pause Remark %dM->%dM(4096M) 2.104ms" % (mark, after + 50, after + 40)))
            buf.append(line(t + 0.010, "gc", "GC(%d) Pause Cleanup %dM->%dM(4096M) 0.301ms" % (mark, after + 60, after + 60)))
            buf.append(line(t + 0.011, "gc", "GC(%d) Concurrent Mark Cycle 61.337ms" % mark))
            gc += 1
            t += 0.011
        if gc % 500 == 499:
            t += 0.1
            fms = rnd.uniform(300, 900)
            buf.append(line(t, "gc,start", "GC(%d) Pause Full (G1 Compaction Pause)" % gc))
            buf.append(line(t + fms / 1000, "gc", "GC(%d) Pause Full (G1 Compaction Pause) 4090M->1900M(4096M) %.3fms" % (gc, fms)))
            gc += 1
            t += fms / 1000
        chunk = "".join(buf)
        f.write(chunk)
        written += len(chunk)
