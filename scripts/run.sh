#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: installs what is needed, builds, and starts BTXH Desktop. With no gateway
# configured it runs in demo mode against a local ndxp-sandbox on 127.0.0.1 (--demo-if-no-gateway: an installed
# app asks its first-run questions instead). Extra arguments go to the app.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build="${BTXH_BUILD_DIR:-$root/build}"
if [ -x "$build/src/app/btxh-desktop" ]; then
    exec "$build/src/app/btxh-desktop" --demo-if-no-gateway "$@"
fi
# Until the desktop app lands, the command line is the product: show what it does with the specification's
# own examples.
"$build/src/cli/btxh" --help
echo
"$build/src/cli/btxh" validate "$root/tests/fixtures/spec/push-dossier.json" "$@" || true
