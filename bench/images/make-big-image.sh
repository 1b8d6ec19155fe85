#!/usr/bin/env bash
# Builds the two benchmark images, reproducibly (same bytes, same digests on every run):
#   big         ≥ 1 GB of gzip layers: a Debian minbase root file system, a second copy of its
#               /usr, four layers of incompressible files of mixed sizes, a layer of log-like
#               text (compresses ~4x) and a layer of whiteouts deleting part of the data.
#   many-files  one layer with 1,000,000 small files (0-200 bytes each).
# Each is written as OUT/NAME/oci (tag latest), OUT/NAME/oci-archive.tar and
# OUT/NAME/docker-archive.tar, checked with skopeo, and appears only when complete.
#
#   bench/images/make-big-image.sh [big|many-files]...   (default: both)
# Env: FOOTPRINT_BENCH_IMAGES (default ~/.cache/footprint/bench), FOOTPRINT_FIXTURES (where the
# minbase tarball from scripts/fixtures.sh is), BIG_RANDOM_MB (1000), BIG_TEXT_MB (400),
# MANY_FILES (1000000).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
OUT=${FOOTPRINT_BENCH_IMAGES:-$HOME/.cache/footprint/bench}
FIX=${FOOTPRINT_FIXTURES:-$HOME/.cache/footprint/fixtures}
RANDOM_MB=${BIG_RANDOM_MB:-1000}
TEXT_MB=${BIG_TEXT_MB:-400}
FILES=${MANY_FILES:-1000000}
# Bump when the generator changes, so cached images are rebuilt.
VERSION=1

say() { printf 'bench-images: %s\n' "$*" >&2; }
for t in python3 skopeo tar; do command -v $t >/dev/null || { say "missing $t (run scripts/setup.sh)"; exit 3; }; done
mkdir -p "$OUT"
tmp=""
trap '[ -n "$tmp" ] && rm -rf "$tmp"' EXIT

build() {
  local name=$1 key
  shift
  local rootfs=""
  if [ "$name" = big ]; then
    rootfs=$(ls "$FIX"/_base/debian-*-minbase-*.tar 2>/dev/null | head -n1 || true)
    if [ -z "$rootfs" ]; then
      say "no minbase tarball in $FIX/_base yet"
      say "running scripts/fixtures.sh go-multi to get it (the debootstrap step)"
      "$here/../../scripts/fixtures.sh" go-multi
      rootfs=$(ls "$FIX"/_base/debian-*-minbase-*.tar | head -n1)
    fi
    key="v$VERSION big random=$RANDOM_MB text=$TEXT_MB rootfs=$(sha256sum <"$rootfs" | cut -c1-64)"
  else
    key="v$VERSION many-files files=$FILES"
  fi
  key="$key generator=$(sha256sum <"$here/ocimake.py" | cut -c1-64)"
  if [ -f "$OUT/$name/.key" ] && [ "$(cat "$OUT/$name/.key")" = "$key" ]; then
    say "$name: up to date ($OUT/$name)"
    return
  fi
  local started=$SECONDS
  tmp=$(mktemp -d "$OUT/.tmp-$name-XXXXXX")
  say "$name: generating the OCI layout"
  if [ "$name" = big ]; then
    python3 "$here/ocimake.py" big "$tmp/oci" --rootfs-tar "$rootfs" --random-mb "$RANDOM_MB" --text-mb "$TEXT_MB" >"$tmp/digest"
  else
    python3 "$here/ocimake.py" many-files "$tmp/oci" --files "$FILES" >"$tmp/digest"
  fi
  say "$name: oci-archive (tar of the layout) and docker-archive (skopeo copy)"
  tar -C "$tmp/oci" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$tmp/oci-archive.tar" oci-layout index.json blobs
  skopeo copy -q "oci:$tmp/oci:latest" "docker-archive:$tmp/docker-archive.tar:localhost/bench-$name:latest"
  say "$name: checking with skopeo"
  skopeo inspect "oci:$tmp/oci:latest" >/dev/null
  skopeo inspect "oci-archive:$tmp/oci-archive.tar:latest" >/dev/null
  skopeo inspect "docker-archive:$tmp/docker-archive.tar" >/dev/null
  printf '%s\n' "$key" >"$tmp/.key"
  rm -rf "$OUT/$name"
  mv "$tmp" "$OUT/$name"
  tmp=""
  local gz
  gz=$(python3 -c 'import json,sys,os
d=sys.argv[1]; idx=json.load(open(d+"/index.json"))
m=json.load(open(d+"/blobs/sha256/"+idx["manifests"][0]["digest"][7:]))
print(sum(l["size"] for l in m["layers"]))' "$OUT/$name/oci")
  say "$name: done in $((SECONDS - started))s, manifest $(cat "$OUT/$name/digest"), layers $((gz / 1000000)) MB gzip"
}

names=("$@")
[ ${#names[@]} -gt 0 ] || names=(big many-files)
for n in "${names[@]}"; do
  case $n in big|many-files) build "$n" ;; *) say "unknown image $n (big, many-files)"; exit 2 ;; esac
done
for n in "${names[@]}"; do
  say "$OUT/$n/{oci,oci-archive.tar,docker-archive.tar}"
done
