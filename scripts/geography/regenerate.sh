#!/usr/bin/env bash
# Regenerates ptce-core's bundled French geography from the npm package @etalab/decoupage-administratif.
#
#   scripts/geography/regenerate.sh           write geography.bin and the licence file into ptce-core
#   scripts/geography/regenerate.sh --check   regenerate into scripts/geography/work/ only and fail unless
#                                             the bytes equal the committed ones
#
# Needs npm and Node.js >= 18 (no npm dependency is installed). The tarball is fetched with `npm pack`
# into scripts/geography/work/ (git-ignored) and its sha256 is checked against the pinned value below
# before anything is read from it. The converter runs twice and the two outputs must be byte-identical;
# the format is described in convert.mjs and in README.md next to this script.
set -euo pipefail

PACKAGE='@etalab/decoupage-administratif'
VERSION='6.0.0'
SHA256='c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a'

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/work"
resources="$root/ptce-core/src/main/resources"
resource="$resources/io/github/ptce/core/territory/geography.bin"
licence="$resources/META-INF/LICENSE-decoupage-administratif.txt"

mode="${1:-write}"
case "$mode" in
  write | --check) ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

"$here/../npm-unpack.sh" "$PACKAGE" "$VERSION" "$SHA256" "$work"

# Two runs, two files: the resource is committed, so it must not depend on anything but the input.
node "$here/convert.mjs" "$work/package" "$SHA256" "$work/geography.bin"
node "$here/convert.mjs" "$work/package" "$SHA256" "$work/geography.again.bin" > /dev/null
cmp "$work/geography.bin" "$work/geography.again.bin"

{
  echo "This licence covers io/github/ptce/core/territory/geography.bin, derived from the npm package $PACKAGE $VERSION (Etalab), whose README puts its data under the Licence Ouverte and its code under this MIT licence."
  echo
  cat "$work/package/LICENSE"
} > "$work/LICENSE-decoupage-administratif.txt"

if [ "$mode" = --check ]; then
  cmp "$work/geography.bin" "$resource"
  cmp "$work/LICENSE-decoupage-administratif.txt" "$licence"
  echo "up to date: the committed resource equals a fresh regeneration"
else
  mkdir -p "$(dirname "$resource")" "$(dirname "$licence")"
  cp "$work/geography.bin" "$resource"
  cp "$work/LICENSE-decoupage-administratif.txt" "$licence"
fi
sha256sum "$resource" "$licence"
