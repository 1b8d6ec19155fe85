#!/usr/bin/env python3
"""The floor: stream-inflate every gzip layer blob of an OCI layout with zlib, nothing else."""
import json, os, sys, zlib

layout = sys.argv[1]
index = json.load(open(os.path.join(layout, "index.json")))
mdigest = index["manifests"][0]["digest"].split(":")[1]
manifest = json.load(open(os.path.join(layout, "blobs", "sha256", mdigest)))
total = 0
for layer in manifest["layers"]:
    d = zlib.decompressobj(wbits=31)
    with open(os.path.join(layout, "blobs", "sha256", layer["digest"].split(":")[1]), "rb") as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            total += len(d.decompress(chunk))
print(total, "bytes inflated", file=sys.stderr)
