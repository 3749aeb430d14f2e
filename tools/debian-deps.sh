#!/usr/bin/env bash
# The one list of Debian 12 packages Mamori needs to build, test and look at its own output.
# Sourced by tools/quickstart.sh and tools/test.sh (and so by .ci/run).
MAMORI_DEBIAN_PACKAGES=(
    # build
    cmake ninja-build pkg-config g++ python3
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n
    libsqlcipher-dev libssl-dev libargon2-dev libicu-dev libqrencode-dev
    # the Japanese font every form names explicitly
    fonts-noto-cjk
    # the application icon (SVG image plugin)
    libqt6svg6
    # tests and screenshots: offscreen/Xvfb, PDF to PNG and text, QR decoding of printed labels
    xvfb xauth poppler-utils zbar-tools
)

# Installs whatever of the list is missing. Uses sudo when not root; prints the list and fails
# when neither is possible, so a missing install step is an error, never a silent skip.
mamori_ensure_debian_packages() {
    local missing=()
    local p
    for p in "${MAMORI_DEBIAN_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "error: these packages are missing and I am not root (no sudo): ${missing[*]}" >&2
            return 1
        fi
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
