#!/usr/bin/env bash
# Builds footprint's fixture images with buildah (vfs storage, chroot isolation), exports each as
# docker-archive, OCI layout and OCI archive under $FIX/NAME/, and checks every export with skopeo
# and umoci. Inputs live in testdata/images/ (see testdata/images/README.md).
#
#   scripts/fixtures.sh                  build every image (cached ones are skipped)
#   scripts/fixtures.sh go-single ...    build only these images (and the bases they need)
#   scripts/fixtures.sh --list           list the image names
#   scripts/fixtures.sh --prune [NAME..] afterwards remove dangling images from buildah's storage
#                                        (old builds and the --layers cache; vfs keeps a full copy
#                                        of the root file system per layer, so this frees gigabytes)
#
# Cache: each image's key is a hash of its Dockerfile, its build context, its bases' keys and
# FIXTURES_VERSION below; $FIX/NAME/.fixture-key records the key it was built from. The debootstrap
# tarball is kept in $FIX/_base/. Base images live in buildah's vfs storage as localhost/debian-minbase,
# localhost/debian-golang and localhost/busybox. $FIX/NAME/ appears only once it is complete.
# Env: FOOTPRINT_FIXTURES (default ~/.cache/footprint/fixtures), FIXTURES_VERBOSE=1 streams build logs,
# DEBIAN_MIRROR (default http://deb.debian.org/debian).
set -euo pipefail

# Bump when the way images are built or exported changes: every image is rebuilt.
FIXTURES_VERSION=1
ROOT=$(cd "$(dirname "$0")/.." && pwd)
IMAGES=$ROOT/testdata/images
FIX=${FOOTPRINT_FIXTURES:-$HOME/.cache/footprint/fixtures}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=bookworm
ALL_IMAGES=(go-single go-multi layers-churn busybox-sh go-cgo c-ssl planted clean)
BASES_DIR=$IMAGES/base

STEP="starting"
LOG=""
TMPDIRS=()
CONTAINERS=()

say() { printf 'fixtures: %s\n' "$*" >&2; }
step() { STEP="$*"; say "$*"; }

on_exit() {
  local rc=$?
  for c in "${CONTAINERS[@]}"; do bah rm "$c" >/dev/null 2>&1 || true; done
  for d in "${TMPDIRS[@]}"; do rm -rf "$d"; done
  if [ $rc -ne 0 ]; then
    say "FAILED while: $STEP (exit $rc)"
    if [ -n "$LOG" ] && [ -s "$LOG" ]; then
      say "last lines of $LOG:"
      tail -n 40 "$LOG" >&2
    fi
  fi
  exit $rc
}
trap on_exit EXIT

bah() { buildah --storage-driver vfs "$@"; }

# Makes a scratch directory under $FIX (same file system, so results can be renamed into place)
# and leaves its path in $SCRATCH; everything made this way is removed on exit.
new_tmp() {
  SCRATCH=$(mktemp -d "$FIX/.tmp-$1-XXXXXX")
  TMPDIRS+=("$SCRATCH")
}

# Runs a command with its output in $LOG (streamed too when FIXTURES_VERBOSE=1).
logged() {
  if [ "${FIXTURES_VERBOSE:-0}" = 1 ]; then
    "$@" 2>&1 | tee -a "$LOG" >&2
    return "${PIPESTATUS[0]}"
  fi
  "$@" >>"$LOG" 2>&1
}

sha() { sha256sum | cut -c1-64; }

# Hash of a directory tree: paths, modes, file contents and symlink targets (Markdown notes excluded).
tree_hash() {
  (cd "$1" && find . \( -type f -o -type l -o -type d \) ! -name '*.md' -printf '%p %m %y %l\n' | LC_ALL=C sort |
    while read -r p m y l; do
      if [ "$y" = f ]; then printf '%s %s %s\n' "$p" "$m" "$(sha256sum <"$p" | cut -c1-64)"; else printf '%s %s %s %s\n' "$p" "$m" "$y" "$l"; fi
    done) | sha
}

# Hash of everything that goes into an image's build context (see make_context).
inputs_hash() {
  local src=$1 rel
  {
    tree_hash "$src"
    if [ -f "$src/CONTEXT" ]; then
      while read -r rel; do [ -n "$rel" ] && printf '%s %s\n' "$rel" "$(tree_hash "$IMAGES/$rel")"; done <"$src/CONTEXT"
    fi
    if [ "$src" = "$BASES_DIR/busybox" ]; then sha256sum <"$(busybox_binary)"; fi
  } | sha
}

# Bases named in a Dockerfile's FROM lines (localhost/NAME), in order, without duplicates.
bases_of() {
  sed -n -E 's#^[[:space:]]*FROM[[:space:]]+(--platform=[^[:space:]]+[[:space:]]+)?localhost/([A-Za-z0-9._-]+).*#\2#Ip' "$1" | awk '!seen[$0]++'
}

# Fills directory $2 with the build context of the image whose inputs are in $1:
# its own files plus the shared source directories listed in its CONTEXT file.
make_context() {
  local src=$1 ctx=$2 rel
  cp -a "$src/." "$ctx/"
  rm -f "$ctx/CONTEXT" "$ctx/EXPECTED.md" "$ctx/CHECKS"
  if [ -f "$src/CONTEXT" ]; then
    while read -r rel; do
      [ -z "$rel" ] && continue
      [ -d "$IMAGES/$rel" ] || { say "$src/CONTEXT names missing directory $rel"; return 1; }
      mkdir -p "$ctx/$(dirname "$rel")"
      cp -a "$IMAGES/$rel" "$ctx/$rel"
    done <"$src/CONTEXT"
  fi
  if [ "$src" = "$BASES_DIR/busybox" ]; then
    local bb
    bb=$(busybox_binary)
    cp "$bb" "$ctx/busybox"
  fi
}

busybox_binary() {
  local bb=/bin/busybox
  if ! [ -x "$bb" ] || LC_ALL=C readelf -l "$bb" 2>/dev/null | grep -q 'program interpreter'; then
    say "need a static busybox at /bin/busybox: apt-get install busybox-static (or run scripts/setup.sh)"
    return 1
  fi
  printf '%s\n' "$bb"
}

# ---------------------------------------------------------------- base images

minbase_tarball() { printf '%s\n' "$FIX/_base/debian-$SUITE-minbase-$(dpkg --print-architecture).tar"; }

key_of_base() {
  local name=$1 parts b
  case $name in
    debian-minbase)
      printf 'v%s minbase %s %s %s\n' "$FIXTURES_VERSION" "$SUITE" "$MIRROR" "$(dpkg --print-architecture)" | sha ;;
    *)
      [ -f "$BASES_DIR/$name/Dockerfile" ] || { say "unknown base image localhost/$name (no $BASES_DIR/$name/Dockerfile)"; return 1; }
      parts="v$FIXTURES_VERSION base $name $(inputs_hash "$BASES_DIR/$name")"
      for b in $(bases_of "$BASES_DIR/$name/Dockerfile"); do parts="$parts $b=$(key_of_base "$b")"; done
      printf '%s\n' "$parts" | sha ;;
  esac
}

image_id() { bah inspect --type image --format '{{.FromImageID}}' "localhost/$1" 2>/dev/null || true; }

base_is_current() {
  local name=$1 key=$2 f=$FIX/_base/$1.key k id
  [ -f "$f" ] || return 1
  read -r k id <"$f" || return 1
  [ "$k" = "$key" ] && [ -n "$id" ] && [ "$(image_id "$name")" = "$id" ]
}

ensure_minbase_tarball() {
  local tarball
  tarball=$(minbase_tarball)
  [ -s "$tarball" ] && return 0
  step "[debian-minbase] debootstrap --variant=minbase $SUITE from $MIRROR"
  local t
  new_tmp debootstrap; t=$SCRATCH
  LOG=$FIX/_logs/debootstrap.log; : >"$LOG"
  logged debootstrap --variant=minbase "$SUITE" "$t/root" "$MIRROR"
  # Like Debian's official images: no downloaded .debs and no apt lists in the base.
  rm -rf "$t/root/var/cache/apt/archives/"*.deb "$t/root/var/lib/apt/lists/"* "$t/root/debootstrap"
  mkdir -p "$t/root/var/lib/apt/lists/partial"
  step "[debian-minbase] packing the root file system into $tarball"
  tar --numeric-owner --xattrs -C "$t/root" -cf "$t/minbase.tar" .
  mv "$t/minbase.tar" "$tarball"
  rm -rf "$t"
}

build_minbase() {
  ensure_minbase_tarball
  step "[debian-minbase] importing the debootstrap tarball into buildah"
  LOG=$FIX/_logs/debian-minbase.log; : >"$LOG"
  local ctr
  ctr=$(bah from --pull-never scratch)
  CONTAINERS+=("$ctr")
  logged bah add "$ctr" "$(minbase_tarball)" /
  logged bah config --os linux --arch "$(go_arch)" \
    --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --cmd /bin/bash --created-by "debootstrap --variant=minbase $SUITE (footprint fixtures)" "$ctr"
  logged bah commit --rm "$ctr" localhost/debian-minbase
  CONTAINERS=("${CONTAINERS[@]/$ctr}")
}

go_arch() {
  case $(dpkg --print-architecture) in
    amd64) echo amd64 ;; arm64) echo arm64 ;; armhf) echo arm ;; *) dpkg --print-architecture ;;
  esac
}

ensure_base() {
  local name=$1 key b
  key=$(key_of_base "$name")
  if base_is_current "$name" "$key"; then return 0; fi
  if [ "$name" = debian-minbase ]; then
    build_minbase
  else
    for b in $(bases_of "$BASES_DIR/$name/Dockerfile"); do ensure_base "$b"; done
    step "[$name] building base image localhost/$name"
    local ctx
    new_tmp "ctx-$name"; ctx=$SCRATCH
    make_context "$BASES_DIR/$name" "$ctx"
    LOG=$FIX/_logs/$name.log; : >"$LOG"
    logged bah bud --layers --pull-never --isolation chroot --force-rm -t "localhost/$name" -f "$ctx/Dockerfile" "$ctx"
  fi
  printf '%s %s\n' "$key" "$(image_id "$name")" >"$FIX/_base/$name.key"
  say "[$name] base image ready"
}

# ---------------------------------------------------------------- fixture images

key_of_image() {
  local name=$1 parts b
  parts="v$FIXTURES_VERSION image $name $(inputs_hash "$IMAGES/$name")"
  for b in $(bases_of "$IMAGES/$name/Dockerfile"); do parts="$parts $b=$(key_of_base "$b")"; done
  printf '%s\n' "$parts" | sha
}

# The three forms must describe the same image: same config digest... not quite (docker-archive
# rewrites the config), but the same diff_ids, in the same order, and readable by skopeo and umoci.
verify_exports() {
  local name=$1 out=$2 ref=$3 d_docker d_oci d_ociar
  step "[$name] verifying exports with skopeo"
  d_docker=$(skopeo inspect --config "docker-archive:$out/docker-archive.tar" | diff_ids)
  d_oci=$(skopeo inspect --config "oci:$out/oci:latest" | diff_ids)
  d_ociar=$(skopeo inspect --config "oci-archive:$out/oci-archive.tar:latest" | diff_ids)
  skopeo inspect "docker-archive:$out/docker-archive.tar" >/dev/null
  skopeo inspect "oci:$out/oci:latest" >/dev/null
  if [ -z "$d_oci" ] || [ "$d_docker" != "$d_oci" ] || [ "$d_oci" != "$d_ociar" ]; then
    say "[$name] the exports disagree on layer diff_ids:"
    printf 'docker-archive: %s\noci: %s\noci-archive: %s\n' "$d_docker" "$d_oci" "$d_ociar" >&2
    return 1
  fi
  local tagged
  tagged=$(tar -xOf "$out/docker-archive.tar" manifest.json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["RepoTags"][0])')
  [ "$tagged" = "$ref" ] || { say "[$name] docker-archive is tagged '$tagged', expected '$ref'"; return 1; }

  step "[$name] verifying the OCI layout with umoci (stat, list, unpack)"
  umoci stat --image "$out/oci:latest" >/dev/null
  umoci list --layout "$out/oci" | grep -qx latest || { say "[$name] umoci list: tag latest missing"; return 1; }
  local bundle
  new_tmp "unpack-$name"; bundle=$SCRATCH
  rmdir "$bundle"
  umoci unpack --image "$out/oci:latest" "$bundle" >/dev/null
  run_checks "$name" "$bundle/rootfs"
  rm -rf "$bundle"
}

diff_ids() { python3 -c 'import json,sys; print(" ".join(json.load(sys.stdin)["rootfs"]["diff_ids"]))'; }

# CHECKS lines: "exists PATH", "absent PATH", "file PATH SIZE", "symlink PATH TARGET",
# "hardlink PATH OTHER", "exec PATH" — checked against umoci's unpacked root file system.
run_checks() {
  local name=$1 rootfs=$2 f=$IMAGES/$1/CHECKS kind p arg n=0
  [ -f "$f" ] || return 0
  while read -r kind p arg; do
    case $kind in ''|'#'*) continue ;; esac
    n=$((n + 1))
    local q=$rootfs/${p#/}
    case $kind in
      exists) [ -e "$q" ] || [ -L "$q" ] ;;
      absent) ! [ -e "$q" ] && ! [ -L "$q" ] ;;
      file) [ -f "$q" ] && [ "$(stat -c %s "$q")" = "$arg" ] ;;
      symlink) [ -L "$q" ] && [ "$(readlink "$q")" = "$arg" ] ;;
      hardlink) [ "$(stat -c %i "$q")" = "$(stat -c %i "$rootfs/${arg#/}")" ] ;;
      exec) [ -f "$q" ] && [ -x "$q" ] ;;
      *) say "[$name] CHECKS: unknown check '$kind'"; return 1 ;;
    esac || { say "[$name] check failed: $kind $p $arg"; return 1; }
  done <"$f"
  say "[$name] $n file-system checks passed"
}

build_image() {
  local name=$1 dir=$IMAGES/$1 started ctx key b
  started=$(date +%s)
  STEP="[$name] looking up its inputs"
  [ -f "$dir/Dockerfile" ] || { say "unknown image '$name' (no $dir/Dockerfile); known: ${ALL_IMAGES[*]}"; return 2; }
  # The bases are part of the contract (other tools build on them), so they are made present
  # even when this image's exports are current; that costs a lookup when nothing changed.
  for b in $(bases_of "$dir/Dockerfile"); do ensure_base "$b"; done
  STEP="[$name] hashing the inputs"
  key=$(key_of_image "$name")
  if [ -f "$FIX/$name/.fixture-key" ] && [ "$(cat "$FIX/$name/.fixture-key")" = "$key" ] &&
     [ -f "$FIX/$name/docker-archive.tar" ] && [ -f "$FIX/$name/oci-archive.tar" ] && [ -f "$FIX/$name/oci/index.json" ]; then
    say "[$name] up to date ($FIX/$name)"
    return 0
  fi
  STEP="[$name] preparing the build context"
  new_tmp "ctx-$name"; ctx=$SCRATCH
  make_context "$dir" "$ctx"

  local ref=localhost/fixture-$name:latest
  step "[$name] building $ref (buildah bud)"
  LOG=$FIX/_logs/$name.log; : >"$LOG"
  local built_at=$SECONDS
  logged bah bud --layers --pull-never --isolation chroot --force-rm -t "$ref" -f "$ctx/Dockerfile" "$ctx"

  local out t0=$SECONDS
  new_tmp "out-$name"; out=$SCRATCH
  # One push from buildah's storage (computing vfs layer diffs is the expensive part), then the
  # other two forms from that layout: skopeo converts it to a docker-archive, and an OCI archive
  # is the layout directory in a tar, which is what buildah would write too.
  step "[$name] exporting: oci (buildah push), docker-archive (skopeo copy), oci-archive (tar)"
  logged bah push -q "$ref" "oci:$out/oci:latest"
  logged skopeo copy -q "oci:$out/oci:latest" "docker-archive:$out/docker-archive.tar:$ref"
  tar -C "$out/oci" --sort=name --numeric-owner -cf "$out/oci-archive.tar" oci-layout index.json blobs
  say "[$name] built in $((t0 - built_at))s, exported in $((SECONDS - t0))s"
  verify_exports "$name" "$out" "$ref"
  printf '%s\n' "$key" >"$out/.fixture-key"
  chmod 755 "$out"

  step "[$name] publishing $FIX/$name"
  if [ -e "$FIX/$name" ]; then
    mv "$FIX/$name" "$FIX/.old-$name-$$"
    TMPDIRS+=("$FIX/.old-$name-$$")
  fi
  mv "$out" "$FIX/$name"
  rm -rf "$FIX/.old-$name-$$"
  say "[$name] done in $(( $(date +%s) - started ))s: $FIX/$name"
}

main() {
  local names=() prune=0
  for a in "$@"; do
    case $a in
      --list) printf '%s\n' "${ALL_IMAGES[@]}"; return 0 ;;
      --prune) prune=1 ;;
      -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; return 0 ;;
      -*) say "unknown option $a (try --help)"; return 2 ;;
      *) names+=("$a") ;;
    esac
  done
  [ ${#names[@]} -gt 0 ] || names=("${ALL_IMAGES[@]}")

  STEP="checking tools"
  local t missing=()
  for t in buildah skopeo umoci debootstrap python3 readelf tar flock; do command -v "$t" >/dev/null || missing+=("$t"); done
  if [ ${#missing[@]} -gt 0 ]; then say "missing tools: ${missing[*]} (run scripts/setup.sh)"; return 3; fi
  if [ "$(id -u)" -ne 0 ]; then say "needs root (buildah vfs storage, debootstrap, chroot isolation)"; return 3; fi

  mkdir -p "$FIX/_base" "$FIX/_logs"
  exec 9>"$FIX/.lock"
  if ! flock -n 9; then
    say "another fixtures.sh holds $FIX/.lock; waiting"
    flock 9
  fi
  rm -rf "$FIX"/.tmp-* "$FIX"/.old-*

  local started=$SECONDS n
  for n in "${names[@]}"; do build_image "$n"; done
  if [ $prune = 1 ]; then
    step "removing dangling images from buildah's storage"
    bah rmi --prune >/dev/null
  fi
  STEP="finished"
  say "all ${#names[@]} image(s) ready in $FIX ($((SECONDS - started))s)"
}

main "$@"
