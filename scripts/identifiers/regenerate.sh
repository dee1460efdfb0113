#!/usr/bin/env bash
# Regenerates the SIRET fixture of ptce-core's tests from the npm package siret, an implementation of the SIREN
# and SIRET keys written independently of ptce (MIT, https://github.com/steevelefort/siret).
#
#   scripts/identifiers/regenerate.sh           write ptce-core/src/test/resources/identifiers/siret-npm.tsv
#   scripts/identifiers/regenerate.sh --check   regenerate into scripts/identifiers/work/ and fail unless equal
#
# Needs npm and Node.js >= 18. The tarball is fetched with `npm pack` into scripts/identifiers/work/ (git-ignored)
# and its sha256 checked before anything is read from it; the numbers come from a seeded generator, so two runs
# give the same bytes.
set -euo pipefail

PACKAGE='siret'
VERSION='1.0.1'
SHA256='3d30802d40098e525d6e222f296282984291d65c7bdd6d055b8527bef137c313'

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/work"
fixture="$root/ptce-core/src/test/resources/identifiers/siret-npm.tsv"

mode="${1:-write}"
case "$mode" in
  write | --check) ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

"$here/../npm-unpack.sh" "$PACKAGE" "$VERSION" "$SHA256" "$work"

node "$here/siret-fixture.mjs" "$work/package/index.js" "$PACKAGE $VERSION" "$SHA256" > "$work/siret-npm.tsv"
if [ "$mode" = --check ]; then
  cmp "$work/siret-npm.tsv" "$fixture"
  echo "up to date: the committed fixture equals a fresh regeneration"
else
  mkdir -p "$(dirname "$fixture")"
  cp "$work/siret-npm.tsv" "$fixture"
fi
sha256sum "$fixture"
