#!/usr/bin/env bash
# Test: every translatable string in core, ui and app has a finished Japanese translation.
# Runs lupdate into a scratch copy of mamori_ja.ts (so strings added to the code but not yet to
# the .ts count as missing), then counts the entries left unfinished.
set -euo pipefail
lupdate=$1 lrelease=$2 src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/mamori_ja.ts" "$tmp/ja.ts"
"$lupdate" -silent -no-obsolete -locations none "$src/core" "$src/ui" "$src/app" -ts "$tmp/ja.ts"
"$lrelease" "$tmp/ja.ts" -qm "$tmp/ja.qm"
total=$(grep -c "<message" "$tmp/ja.ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$tmp/ja.ts" || true)
echo "Japanese: $total messages, $unfinished unfinished"
if [ "$total" -eq 0 ] || [ "$unfinished" -ne 0 ]; then
    grep -B4 'type="unfinished"' "$tmp/ja.ts" | grep "<source>" | head -50
    echo "FAIL: unfinished Japanese translations (see above); run lupdate and tools/fill_translations.py"
    exit 1
fi
