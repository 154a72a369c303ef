#!/usr/bin/env bash
# Installs the Debian packages the test suite uses: Chromium for the browser
# tests and a CJK font so that pages render Japanese; with the argument
# `bench`, also the HTTP load generator wrk for the benchmarks.  Never fails
# the run: where a package cannot be installed, the tests that need it skip
# (the benchmarks fall back to their own Python load client) and say why.
set -u

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || need+=(fonts-noto-cjk)
if [ "${1:-}" = "bench" ]; then
    command -v wrk >/dev/null 2>&1 || need+=(wrk)
fi

if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ] && ! command -v sudo >/dev/null 2>&1; then
    echo "policykg: cannot install ${need[*]} (not root, no sudo); the tests or figures that need them will be skipped" >&2
    exit 0
fi
SUDO=""
[ "$(id -u)" != "0" ] && SUDO="sudo -n"
echo "policykg: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }; then
    echo "policykg: could not install ${need[*]}; the tests or figures that need them will be skipped" >&2
fi
exit 0
