#!/usr/bin/env bash
# Fetches an npm package with `npm pack` into a work folder, checks its tarball's sha256 before anything is
# read from it, and unpacks it into WORK/package. Shared by the scripts that derive ptce's data and fixtures
# from npm packages (scripts/geography, scripts/identifiers).
#
#   scripts/npm-unpack.sh PACKAGE VERSION SHA256 WORK
set -euo pipefail

if [ "$#" -ne 4 ]; then
  echo "usage: $0 PACKAGE VERSION SHA256 WORK" >&2
  exit 2
fi
package="$1"
version="$2"
sha256="$3"
work="$4"

mkdir -p "$work"
# npm names the tarball after the package, a scope's "@" dropped and its "/" turned into "-".
name="${package#@}"
tarball="$work/${name//\//-}-$version.tgz"
if ! { [ -f "$tarball" ] && echo "$sha256  $tarball" | sha256sum --check --status; }; then
  rm -f "$tarball"
  (cd "$work" && npm pack --silent "$package@$version" > /dev/null)
fi
if ! echo "$sha256  $tarball" | sha256sum --check --status; then
  echo "sha256 of $tarball is $(sha256sum "$tarball" | cut -d' ' -f1), expected $sha256" >&2
  exit 1
fi
rm -rf "$work/package"
tar -xzf "$tarball" -C "$work"
