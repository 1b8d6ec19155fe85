#!/usr/bin/env python3
"""The floor: stream-inflate every gzip layer blob of an OCI layout with zlib, nothing else."""
import os, sys, zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from ocilayout import layer_blobs  # noqa: E402

total = 0
for blob in layer_blobs(sys.argv[1]):
    d = zlib.decompressobj(wbits=31)
    with open(blob, "rb") as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            total += len(d.decompress(chunk))
print(total, "bytes inflated", file=sys.stderr)
