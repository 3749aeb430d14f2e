#!/usr/bin/env bash
# Second command of the README, and what CI runs: the whole test suite, twice — a release build
# with warnings as errors, then a debug build under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/debian-deps.sh
mamori_ensure_debian_packages

export QT_QPA_PLATFORM=offscreen

echo "== release build and tests =="
cmake --preset release
cmake --build --preset release
ctest --preset release

echo "== ASan + UBSan build and tests =="
# Leak detection is off: Qt's and fontconfig's process-lifetime caches read as leaks.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
