#!/usr/bin/env bash
# Installs what footprint's build and tests use on a Debian/Ubuntu machine, skipping what is there.
# Safe to run again; needs root (or sudo) only when something is missing.
set -euo pipefail

need=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# command-or-package : Debian package
for pair in java:openjdk-17-jdk-headless buildah:buildah skopeo:skopeo umoci:umoci runc:runc \
            go:golang-go debootstrap:debootstrap busybox-static:busybox-static musl-gcc:musl-tools \
            wrk:wrk hyperfine:hyperfine docker-registry:docker-registry zstd:zstd readelf:binutils \
            gcc:gcc chromium:chromium python3:python3 curl:curl; do
  probe=${pair%%:*}; pkg=${pair#*:}
  if [ "$probe" = busybox-static ]; then have_pkg busybox-static && continue; else have_cmd "$probe" && continue; fi
  need+=("$pkg")
done
have_pkg libssl-dev || need+=(libssl-dev)

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi
