#!/usr/bin/env bash
# Runs one set-up step quietly: one line saying what it does, the command's
# whole output kept in LOG, and on failure the end of LOG with its name.
#
#   bash scripts/step.sh LOG "what it does" command [args...]
#   STEP_SHOW_LAST=1 bash scripts/step.sh ...   # also print LOG's last line on success
set -u

log="$1"
what="$2"
shift 2
mkdir -p "$(dirname "$log")"
echo "policykg: $what"
"$@" >"$log" 2>&1
rc=$?
if [ "$rc" -ne 0 ]; then
    echo "policykg: failed ($what); the last lines of $log:" >&2
    tail -n 15 "$log" >&2
    echo "policykg: the full log is $log" >&2
    exit "$rc"
fi
if [ "${STEP_SHOW_LAST:-}" = "1" ]; then
    echo "policykg: $(tail -n 1 "$log") (full report: $log)"
fi
exit 0
