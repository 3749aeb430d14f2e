#!/usr/bin/env bash
# First command of the README: install what is needed (Debian 12), build, and start Mamori on a
# demo case file with realistic Japanese sample data.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/debian-deps.sh
mamori_ensure_debian_packages
cmake --preset release
cmake --build --preset release
exec build/release/app/mamori --demo "$@"
