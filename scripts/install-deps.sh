#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what BTXH Desktop needs to build, test and run on Debian 12 (bookworm). Idempotent.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ make pkg-config clang libclang-rt-14-dev clang-format
    # Qt 6.4 and QtKeychain from Debian
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-svg-dev qt6-translations-l10n
    # the reports' charts (Qt Charts' CMake package needs Qt6OpenGL's, which Debian ships apart)
    qt6-charts-dev libqt6opengl6-dev
    # an office's shared database: Qt's PostgreSQL driver, libpq's headers (the store cancels a read with
    # libpq's own call), and PostgreSQL 15 itself for the tests' throwaway cluster (scripts/pg-cluster.sh;
    # the package's own cluster is not used)
    libqt6sql6-psql libpq-dev postgresql-15
    # SQLite (the benchmark compares against its C API), a real Secret Service for the keychain tests,
    # a virtual display and fonts with Vietnamese glyphs for the GUI
    sqlite3 libsqlite3-dev gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth fonts-noto-core
    # printed documents: QR codes (libqrencode); their tests read the PDFs back (poppler-utils) and decode
    # the QR code (zbar-tools)
    libqrencode-dev poppler-utils zbar-tools
    # the store compresses the server's copies with a preset dictionary (zstd's own API; Qt's qCompress has
    # none), and reads the copies earlier builds deflated (zlib)
    libzstd-dev zlib1g-dev
    # .xlsx export (libxlsxwriter, with its constant-memory mode); the tests read .xlsx back with openpyxl
    libxlsxwriter-dev python3-openpyxl
    # the programs' memory allocator: gperftools' tcmalloc_minimal (cmake/Allocator.cmake)
    libgoogle-perftools-dev
    # packaging checks
    dpkg-dev appstream desktop-file-utils nsis
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
