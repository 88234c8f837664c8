#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: installs what is needed, builds warning-free (-Werror) and runs every test
# through ctest. Extra arguments go to ctest (for example -L unit).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
BTXH_BUILD_DIR="${BTXH_BUILD_DIR:-$root/build}" "$root/scripts/build.sh" -DBTXH_WERROR=ON
cd "${BTXH_BUILD_DIR:-$root/build}"
ctest --output-on-failure --parallel 2 "$@"
