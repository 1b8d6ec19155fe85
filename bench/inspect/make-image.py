#!/usr/bin/env python3
"""Writes a synthetic OCI image layout for benchmarks.

  make-image.py big DIR      ~1.2 GB of content in 4 gzip layers (mostly random, some text):
                             a >= 1 GB gzip image
  make-image.py many DIR     one gzip layer with 1,000,000 small files (bounded-memory check)
  make-image.py real DIR SRC...   real files (binaries, libraries, docs) from SRC dirs, gzip -6,
                             4 layers of ~800 MB until 3.2 GB of content: a realistic >= 1 GB image
"""
import gzip, hashlib, io, json, os, random, sys, tarfile, zlib


class HashingWriter:
    """File writer that hashes what passes (the blob digest)."""

    def __init__(self, f):
        self.f, self.h, self.n = f, hashlib.sha256(), 0

    def write(self, b):
        self.h.update(b)
        self.n += len(b)
        return self.f.write(b)

    def flush(self):
        self.f.flush()


class TarHasher:
    """Sits between tarfile and gzip: hashes the uncompressed tar (the diff_id)."""

    def __init__(self, inner):
        self.inner, self.h = inner, hashlib.sha256()

    def write(self, b):
        self.h.update(b)
        return self.inner.write(b)


def write_layer(blobs, files, level=1):
    tmp = os.path.join(blobs, "tmp-layer")
    with open(tmp, "wb") as raw:
        hw = HashingWriter(raw)
        gz = gzip.GzipFile(fileobj=hw, mode="wb", compresslevel=level, mtime=0)
        th = TarHasher(gz)
        with tarfile.open(fileobj=th, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            for name, data in files:
                ti = tarfile.TarInfo(name)
                ti.size = len(data)
                ti.mode = 0o644
                tar.addfile(ti, io.BytesIO(data))
        gz.close()
    digest = hw.h.hexdigest()
    os.replace(tmp, os.path.join(blobs, digest))
    return {"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "sha256:" + digest,
            "size": hw.n}, "sha256:" + th.h.hexdigest()


def put_blob(blobs, data):
    d = hashlib.sha256(data).hexdigest()
    with open(os.path.join(blobs, d), "wb") as f:
        f.write(data)
    return "sha256:" + d, len(data)


def big_layers(rng):
    text = (b"the quick brown fox jumps over the lazy dog 0123456789\n" * 20000)
    for layer in range(4):
        def files(layer=layer):
            for i in range(150):  # 150 x 2 MiB random = 300 MiB per layer
                yield f"data/l{layer}/blob{i:04d}.bin", rng.randbytes(2 << 20)
            for i in range(20):
                yield f"data/l{layer}/text{i:04d}.txt", text
        yield files()


def real_layers(sources, per_layer=800 << 20, layers=4):
    def walk():
        for src in sources:
            for dirpath, dirnames, filenames in os.walk(src):
                dirnames.sort()
                for fn in sorted(filenames):
                    p = os.path.join(dirpath, fn)
                    if os.path.islink(p) or not os.path.isfile(p):
                        continue
                    try:
                        with open(p, "rb") as f:
                            yield p.lstrip("/"), f.read()
                    except OSError:
                        continue
    it = walk()
    for _ in range(layers):
        def files():
            n = 0
            for name, data in it:
                yield name, data
                n += len(data)
                if n >= per_layer:
                    return
        yield files()


def many_layers(rng):
    def files():
        for i in range(1_000_000):
            yield f"d{i // 1000:04d}/f{i % 1000:04d}.txt", b"x" * (i % 64)
    yield files()


def main():
    kind, out = sys.argv[1], sys.argv[2]
    blobs = os.path.join(out, "blobs", "sha256")
    os.makedirs(blobs, exist_ok=True)
    rng = random.Random(42)
    descs, diff_ids = [], []
    if kind == "big":
        gen, level = big_layers(rng), 1
    elif kind == "real":
        gen, level = real_layers(sys.argv[3:]), 6
    else:
        gen, level = many_layers(rng), 1
    for files in gen:
        d, diff = write_layer(blobs, files, level)
        descs.append(d)
        diff_ids.append(diff)
        print("layer", d["digest"], d["size"], file=sys.stderr)
    config = json.dumps({"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": diff_ids},
                         "history": [{"created_by": f"synthetic layer {i}"} for i in range(len(descs))]}).encode()
    cd, cs = put_blob(blobs, config)
    manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                           "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cd, "size": cs},
                           "layers": descs}).encode()
    md, ms = put_blob(blobs, manifest)
    with open(os.path.join(out, "oci-layout"), "w") as f:
        json.dump({"imageLayoutVersion": "1.0.0"}, f)
    with open(os.path.join(out, "index.json"), "w") as f:
        json.dump({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json",
                   "digest": md, "size": ms, "annotations": {"org.opencontainers.image.ref.name": "latest"}}]}, f)


if __name__ == "__main__":
    main()
