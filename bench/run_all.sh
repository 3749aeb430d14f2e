#!/usr/bin/env bash
# Runs every Mamori benchmark from an already built tree and prints what they print, then the
# METRIC lines of all of them together. Builds nothing: build first with
#   cmake --build build/release --target bench
# Usage: bench/run_all.sh [BUILD_DIR]   (default build/release)
# Exit status: 0 when every benchmark ran (even if a figure FAILs its target; the METRIC line
# says so), 1 when one could not run or is not built.
set -u

build=${1:-build/release}
dir="$build/bench"
if [ ! -d "$dir" ]; then
    echo "run_all.sh: $dir does not exist; configure with the release preset and build the 'bench' target" >&2
    exit 1
fi
export QT_QPA_PLATFORM=offscreen

metrics=$(mktemp)
trap 'rm -f "$metrics"' EXIT
status=0
for bench in bench_write_ratio bench_verify_rate bench_journal_view bench_startup bench_ledger_pdf \
    bench_city_size bench_city_lists bench_dashboard; do
    exe="$dir/$bench"
    echo "=== $bench"
    if [ ! -x "$exe" ]; then
        echo "$bench: not built (cmake --build $build --target bench)" >&2
        status=1
        continue
    fi
    start=$(date +%s)
    "$exe" | tee -a "$metrics"
    rc=${PIPESTATUS[0]}
    echo "--- $bench finished in $(( $(date +%s) - start )) s, exit $rc"
    if [ "$rc" -ne 0 ]; then
        echo "$bench could not run (exit $rc)" >&2
        status=1
    fi
done

echo "=== summary"
grep '^METRIC ' "$metrics" || true
exit "$status"
