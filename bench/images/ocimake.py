#!/usr/bin/env python3
"""Writes large benchmark images as OCI layouts, byte-for-byte reproducibly.

Layers are generated as tar streams (fixed mtimes, owners and order), gzip-compressed with a
zeroed header timestamp, and hashed on the way (diff_id over the tar, digest over the gzip), so
no layer is ever held in memory. Random content comes from a seeded generator.

  ocimake.py big DIR [--rootfs-tar TAR] [--random-mb N] [--text-mb N]
  ocimake.py many-files DIR [--files N]
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import random
import sys
import tarfile
import time

EPOCH = 1700000000  # fixed mtime for every entry and the image's created time
CHUNK = 1 << 20


class HashingWriter:
    """A file-like sink that hashes and counts what is written to it."""

    def __init__(self, out):
        self.out = out
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, b):
        self.sha.update(b)
        self.size += len(b)
        return self.out.write(b)

    def flush(self):
        self.out.flush()


class LayerWriter:
    """Streams one tar layer into DIR/blobs/sha256 as gzip, computing diff_id and digest."""

    def __init__(self, layout, level=6):
        self.layout = layout
        self.tmp = os.path.join(layout, "blobs", "sha256", ".layer.tmp")
        self.raw = open(self.tmp, "wb")
        self.compressed = HashingWriter(self.raw)
        # mtime=0 and no file name keep the gzip header the same on every run.
        self.gz = gzip.GzipFile(fileobj=self.compressed, mode="wb", compresslevel=level, mtime=0, filename="")
        self.uncompressed = HashingWriter(self.gz)
        self.entries = 0

    def _header(self, info):
        info.mtime = EPOCH
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        self.uncompressed.write(info.tobuf(format=tarfile.PAX_FORMAT))
        self.entries += 1

    def directory(self, name, mode=0o755):
        info = tarfile.TarInfo(name.rstrip("/") + "/")
        info.type = tarfile.DIRTYPE
        info.mode = mode
        self._header(info)

    def file(self, name, size, chunks, mode=0o644):
        info = tarfile.TarInfo(name)
        info.size = size
        info.mode = mode
        self._header(info)
        written = 0
        for c in chunks:
            self.uncompressed.write(c)
            written += len(c)
        if written != size:
            raise ValueError(f"{name}: wrote {written} bytes, header says {size}")
        pad = (-size) % 512
        if pad:
            self.uncompressed.write(b"\0" * pad)

    def raw_member(self, info, fileobj):
        """Copies an entry from an existing tar, normalising owner and mtime."""
        data_size = info.size if info.isreg() else 0
        info.size = data_size
        # Keep extended attributes (file capabilities); drop atime/ctime and other per-machine keys.
        info.pax_headers = {k: v for k, v in info.pax_headers.items() if k.startswith("SCHILY.xattr.")}
        self._header(info)
        remaining = data_size
        while remaining:
            c = fileobj.read(min(CHUNK, remaining))
            if not c:
                raise ValueError(f"{info.name}: short read")
            self.uncompressed.write(c)
            remaining -= len(c)
        pad = (-data_size) % 512
        if pad:
            self.uncompressed.write(b"\0" * pad)

    def close(self):
        self.uncompressed.write(b"\0" * 1024)  # end-of-archive marker
        self.gz.close()
        self.raw.close()
        digest = self.compressed.sha.hexdigest()
        os.replace(self.tmp, os.path.join(self.layout, "blobs", "sha256", digest))
        return {
            "digest": "sha256:" + digest,
            "size": self.compressed.size,
            "diff_id": "sha256:" + self.uncompressed.sha.hexdigest(),
            "uncompressed": self.uncompressed.size,
            "entries": self.entries,
        }


def put_blob(layout, data):
    digest = hashlib.sha256(data).hexdigest()
    with open(os.path.join(layout, "blobs", "sha256", digest), "wb") as f:
        f.write(data)
    return "sha256:" + digest, len(data)


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()


def finish_layout(layout, layers, history, config_extra):
    config = {
        "architecture": "amd64",
        "os": "linux",
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(EPOCH)),
        "config": config_extra,
        "rootfs": {"type": "layers", "diff_ids": [l["diff_id"] for l in layers]},
        "history": history,
    }
    cdigest, csize = put_blob(layout, canonical(config))
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cdigest, "size": csize},
        "layers": [
            {"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": l["digest"], "size": l["size"]}
            for l in layers
        ],
    }
    mdigest, msize = put_blob(layout, canonical(manifest))
    index = {
        "schemaVersion": 2,
        "manifests": [{
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "digest": mdigest,
            "size": msize,
            "annotations": {"org.opencontainers.image.ref.name": "latest"},
        }],
    }
    with open(os.path.join(layout, "index.json"), "wb") as f:
        f.write(canonical(index))
    with open(os.path.join(layout, "oci-layout"), "wb") as f:
        f.write(canonical({"imageLayoutVersion": "1.0.0"}))
    return mdigest


def new_layout(layout):
    os.makedirs(os.path.join(layout, "blobs", "sha256"), exist_ok=False)


def report(label, layer):
    print(f"  layer {label}: {layer['entries']} entries, {layer['uncompressed'] / 1e6:.1f} MB tar, "
          f"{layer['size'] / 1e6:.1f} MB gzip", file=sys.stderr, flush=True)


def random_chunks(rng, size):
    left = size
    while left:
        n = min(CHUNK, left)
        yield rng.randbytes(n)
        left -= n


WORDS = ("request served status latency bytes user cache miss hit upstream timeout retry "
         "service container image layer memory cpu thread heap alloc free open close read write").split()


def text_chunks(rng, size):
    """Log-like text: compresses about 4-6x with gzip, like real logs, sources and assets."""
    pool = []
    for n in range(20000):
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14)))
        pool.append(f"2024-01-01T00:{n % 60:02d}:{rng.randint(0, 59):02d}Z id={rng.getrandbits(40):010x} {words}\n".encode())
    left = size
    while left:
        blob = b"".join(rng.choices(pool, k=12000))[: min(CHUNK, left)]
        left -= len(blob)
        yield blob


def copy_rootfs(w, rootfs_tar, prefix=""):
    """Copies a root file system tarball's entries (files, dirs, links) under prefix."""
    with tarfile.open(rootfs_tar, "r:*") as t:
        for info in t:
            name = info.name
            if name in (".", "./"):
                continue
            name = name[2:] if name.startswith("./") else name
            if prefix:
                if not name.startswith("usr/") and name != "usr":
                    continue
                name = prefix + name
                if info.islnk():
                    link = info.linkname[2:] if info.linkname.startswith("./") else info.linkname
                    info.linkname = prefix + link
            if info.ischr() or info.isblk() or info.isfifo():
                continue
            info.name = name
            f = t.extractfile(info) if info.isreg() else None
            w.raw_member(info, f)


def make_big(layout, rootfs_tar, random_mb, text_mb):
    new_layout(layout)
    rng = random.Random(20240101)
    layers, history = [], []

    def layer(created_by, fill):
        w = LayerWriter(layout)
        fill(w)
        l = w.close()
        layers.append(l)
        history.append({"created": "2023-11-14T22:13:20Z", "created_by": created_by})
        report(len(layers) - 1, l)

    if rootfs_tar:
        layer("debootstrap --variant=minbase bookworm (copied from the fixtures' tarball)",
              lambda w: copy_rootfs(w, rootfs_tar))
        layer("COPY /usr /opt/usr-copy/ (a second copy of /usr: duplicate content)",
              lambda w: (w.directory("opt"), copy_rootfs(w, rootfs_tar, prefix="opt/usr-copy/")))

    # Incompressible content (media, compressed archives, model weights) in several layers,
    # files of mixed sizes.
    per_layer = random_mb // 4
    for n in range(4):
        def fill(w, n=n):
            w.directory("data")
            w.directory(f"data/blobs{n}")
            left = per_layer * 1_000_000
            i = 0
            while left > 0:
                size = min(left, rng.choice((64_000, 512_000, 4_000_000, 16_000_000, 48_000_000)))
                w.file(f"data/blobs{n}/blob-{i:04d}.bin", size, random_chunks(rng, size))
                left -= size
                i += 1
        layer(f"RUN fetch-assets --part {n} (incompressible)", fill)

    def text_fill(w):
        w.directory("var")
        w.directory("var/log")
        w.directory("var/log/app")
        left = text_mb * 1_000_000
        i = 0
        while left > 0:
            size = min(left, rng.choice((8_000, 100_000, 2_000_000, 20_000_000)))
            w.file(f"var/log/app/app-{i:04d}.log", size, text_chunks(rng, size))
            left -= size
            i += 1
    layer("RUN generate-logs (compressible text)", text_fill)

    def delete_fill(w):
        w.directory("data")
        w.directory("data/blobs0")
        for i in range(0, 6):
            w.file(f"data/blobs0/.wh.blob-{i:04d}.bin", 0, iter(()))
    layer("RUN rm -f /data/blobs0/blob-000[0-5].bin (wasted bytes)", delete_fill)

    return finish_layout(layout, layers, history, {
        "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
        "Cmd": ["/bin/sh"],
    })


def make_many_files(layout, files):
    """One layer with `files` small regular files (0-200 bytes) in directories of 1000."""
    new_layout(layout)
    rng = random.Random(1000000)
    w = LayerWriter(layout, level=6)
    w.directory("files")
    for d in range((files + 999) // 1000):
        w.directory(f"files/d{d:04d}")
        for i in range(min(1000, files - d * 1000)):
            size = rng.randint(0, 200)
            body = (f"file {d}/{i} " * 40).encode()[:size]
            w.file(f"files/d{d:04d}/f{i:04d}.txt", size, (body,) if size else ())
    l = w.close()
    report(0, l)
    return finish_layout(layout, [l], [{"created": "2023-11-14T22:13:20Z",
                                        "created_by": f"generate {files} small files"}],
                         {"Cmd": ["/bin/sh"]})


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="kind", required=True)
    b = sub.add_parser("big")
    b.add_argument("dir")
    b.add_argument("--rootfs-tar")
    b.add_argument("--random-mb", type=int, default=1000)
    b.add_argument("--text-mb", type=int, default=400)
    m = sub.add_parser("many-files")
    m.add_argument("dir")
    m.add_argument("--files", type=int, default=1_000_000)
    a = p.parse_args()
    if a.kind == "big":
        digest = make_big(a.dir, a.rootfs_tar, a.random_mb, a.text_mb)
    else:
        digest = make_many_files(a.dir, a.files)
    print(digest)


if __name__ == "__main__":
    main()
