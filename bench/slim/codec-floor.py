#!/usr/bin/env python3
"""The compression floor: CPU seconds the C libraries themselves need to re-compress an image.

  codec-floor.py LAYOUT [SAMPLE_MB]

Inflates every gzip layer of an OCI layout and times, with process CPU time around the codec
calls only, (a) the inflate, (b) zlib deflate at level 6 (slim's gzip default) and level 1, and
(c) zstd level 3 through the `zstd` program, on the first SAMPLE_MB (default 600) of content,
then scales to the whole content. No footprint code runs: this is what any tool writing gzip or
zstd layers from this image pays, on this machine, at the least.
"""
import os, subprocess, sys, time, zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from ocilayout import layer_blobs  # noqa: E402

layout = sys.argv[1]
sample_limit = int(sys.argv[2] if len(sys.argv) > 2 else 600) << 20
total, inflate_cpu, sample = 0, 0.0, bytearray()
for blob in layer_blobs(layout):
    d = zlib.decompressobj(wbits=31)
    with open(blob, "rb") as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            t = time.process_time()
            out = d.decompress(chunk)
            inflate_cpu += time.process_time() - t
            total += len(out)
            if len(sample) < sample_limit:
                sample += out[: sample_limit - len(sample)]
scale = total / len(sample)
print("content %.2f GB, sample %d MB" % (total / 1e9, len(sample) >> 20))
print("inflate (all layers)      %6.1f CPU-s" % inflate_cpu)
for level in (6, 1):
    c = zlib.compressobj(level, zlib.DEFLATED, 31)
    t = time.process_time()
    n = 0
    for i in range(0, len(sample), 1 << 20):
        n += len(c.compress(bytes(sample[i:i + (1 << 20)])))
    n += len(c.flush())
    cpu = time.process_time() - t
    print("deflate level %d           %6.1f CPU-s for all content (ratio %.3f)" % (level, cpu * scale, n / len(sample)))
t0 = os.times()
p = subprocess.run(["zstd", "-3", "-q", "-c", "--single-thread"], input=bytes(sample), stdout=subprocess.PIPE, check=True)
t1 = os.times()
cpu = (t1.children_user - t0.children_user) + (t1.children_system - t0.children_system)
print("zstd level 3 (zstd CLI)   %6.1f CPU-s for all content (ratio %.3f)" % (cpu * scale, len(p.stdout) / len(sample)))
