#!/usr/bin/env bash
# Installs the browser libraries the web app serves from web/static/vendor/
# (git-ignored, so the library never enters the repository): cytoscape.js for
# the graph explorer, fetched from the npm registry with npm.
#
# Idempotent and quick: when the pinned version is already in place it exits at
# once.  Never fails the run: without npm or the network the graph explorer
# says the library is missing and shows its neighbour list instead, and the
# browser test that needs the library skips with the reason.
#
#   bash scripts/install-web-assets.sh           # install if missing
#   POLICYKG_ASSET_CACHE=DIR bash scripts/...    # where npm keeps its download
set -u

CYTOSCAPE_VERSION="3.34.4"  # pinned so that every install serves the same file

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
vendor="$root/web/static/vendor"
target="$vendor/cytoscape.min.js"
stamp="$vendor/cytoscape.version"
cache="${POLICYKG_ASSET_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/policykg/web-assets}"

if [ -s "$target" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$CYTOSCAPE_VERSION" ]; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "policykg: npm is not installed; the graph explorer will run without cytoscape.js" >&2
    exit 0
fi

package="$cache/node_modules/cytoscape"
installed="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$package/package.json" 2>/dev/null | head -n 1)"
if [ "$installed" != "$CYTOSCAPE_VERSION" ]; then
    echo "policykg: installing cytoscape@$CYTOSCAPE_VERSION for the graph explorer"
    mkdir -p "$cache"
    if ! npm install --prefix "$cache" --no-audit --no-fund --no-save --ignore-scripts \
        --loglevel=error "cytoscape@$CYTOSCAPE_VERSION" >/dev/null; then
        echo "policykg: could not install cytoscape.js from the npm registry;" \
            "the graph explorer will run without it" >&2
        exit 0
    fi
fi
if [ ! -s "$package/dist/cytoscape.min.js" ]; then
    echo "policykg: the cytoscape package has no dist/cytoscape.min.js; the graph explorer will run without it" >&2
    exit 0
fi

mkdir -p "$vendor"
# Copy then rename, so a running server never serves half a file.
cp "$package/dist/cytoscape.min.js" "$target.tmp.$$"
mv -f "$target.tmp.$$" "$target"
cp "$package/LICENSE" "$vendor/cytoscape.LICENSE" 2>/dev/null || true
printf '%s\n' "$CYTOSCAPE_VERSION" >"$stamp"
exit 0
