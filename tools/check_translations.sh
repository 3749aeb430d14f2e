#!/usr/bin/env bash
# Test: every translatable string in core, ui and app has a finished Japanese translation.
# Runs lupdate into a scratch copy of mamori_ja.ts (so strings added to the code but not yet to
# the .ts count as missing), then asks lrelease how many are unfinished.
set -euo pipefail
lupdate=$1 lrelease=$2 src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/mamori_ja.ts" "$tmp/ja.ts"
"$lupdate" -silent -no-obsolete -locations none "$src/core" "$src/ui" "$src/app" -ts "$tmp/ja.ts"
out=$("$lrelease" "$tmp/ja.ts" -qm "$tmp/ja.qm")
echo "$out"
if ! echo "$out" | grep -qE "Generated [0-9]+ translation\(s\) \([0-9]+ finished and 0 unfinished\)"; then
    grep -B3 'type="unfinished"' "$tmp/ja.ts" | grep "<source>" | head -50
    echo "FAIL: unfinished Japanese translations (see above)"
    exit 1
fi
